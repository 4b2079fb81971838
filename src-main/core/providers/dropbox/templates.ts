// Dropbox's notification: only the accounts whose files changed (the app then calls list_folder).
import { sampleEvent } from '../kit/sample-event';

export const dropboxTemplates = [
  sampleEvent({
    id: 'dropbox-list-folder',
    provider: 'dropbox',
    name: 'Dropbox: list_folder notification',
    description: 'Files changed for one user of the app.',
    path: '/webhooks/dropbox',
    headers: () => [['User-Agent', 'DropboxWebhooks/1.0']],
    body: (ctx) => ({
      list_folder: { accounts: [`dbid:AA${ctx.hex(16)}`] },
      delta: { users: [12345678] },
    }),
  }),
];
