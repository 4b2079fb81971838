// A Box V2 webhook for an uploaded file.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const boxTemplates = [
  sampleEvent({
    id: 'box-file-uploaded',
    provider: 'box',
    name: 'Box: FILE.UPLOADED',
    description: 'A file uploaded to a watched folder.',
    path: '/webhooks/box',
    headers: (ctx) => [
      ['BOX-DELIVERY-ID', uuidFrom(ctx)],
      ['BOX-SIGNATURE-VERSION', '1'],
      ['BOX-SIGNATURE-ALGORITHM', 'HmacSHA256'],
      ['User-Agent', 'Box-WH-Client/0.1'],
    ],
    body: (ctx) => ({
      type: 'webhook_event',
      id: uuidFrom(ctx),
      created_at: isoAt(ctx.nowUnix),
      trigger: 'FILE.UPLOADED',
      webhook: { id: '161847', type: 'webhook' },
      created_by: { type: 'user', id: '2030392', name: 'Aaron Levie', login: 'ceo@example.test' },
      source: { id: '1373434', type: 'file', name: 'contract.pdf', parent: { type: 'folder', id: '29071' } },
    }),
  }),
];
