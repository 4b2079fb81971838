// An APS Data Management dm.version.added webhook, as it is delivered.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const autodeskTemplates = [
  sampleEvent({
    id: 'autodesk-version-added',
    provider: 'autodesk',
    name: 'Autodesk APS: dm.version.added',
    description: 'A new version of a file was uploaded to a project folder.',
    path: '/webhooks/aps',
    headers: (ctx) => [['x-adsk-delivery-id', uuidFrom(ctx)]],
    body: (ctx) => ({
      version: '1.0',
      resourceUrn: `urn:adsk.wipprod:fs.file:vf.${ctx.hex(8)}?version=2`,
      hook: {
        hookId: uuidFrom(ctx),
        tenant: `urn:adsk.wipprod:fs.folder:co.${ctx.hex(8)}`,
        system: 'data',
        event: 'dm.version.added',
        createdDate: isoAt(ctx.nowUnix - 86400),
      },
      payload: { name: 'site-plan.rvt', version: '2', createdTime: isoAt(ctx.nowUnix) },
    }),
  }),
];
