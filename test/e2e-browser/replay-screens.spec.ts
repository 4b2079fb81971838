// Review screenshots of the replay views (light and dark) in test-results/replay-*.png: the detail
// header with its replay actions, the Response tab with forward outcomes, the Edit & replay dialog
// after a send, and each tools panel. Doubles as a smoke test of those views.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { hubSignature, whatsappWebhook } from './support/sample-webhooks';
import { screenshotBothThemes, selectRow } from './support/ui';
import { deleteAllSecrets } from './support/secrets';

const appSecret = 'screens-replay-secret-9a2e';

const both = (page: Page, name: string) => screenshotBothThemes(page, `replay-${name}`);

let handler: Server;
let handlerUrl: string;
test.beforeAll(async () => {
  handler = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, stored: 'msg_81f2' }));
    });
  });
  await new Promise<void>((r) => handler.listen(0, '127.0.0.1', r));
  handlerUrl = `http://127.0.0.1:${(handler.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise<void>((r) => handler.close(() => r()));
});

test('screenshots of the replay views', async ({ app, server }) => {
  await deleteAllSecrets(server);
  await server.call('putSecret', { provider: 'meta', label: 'app secret', secret: appSecret });
  await server.call('setResponseRules', {
    rules: [
      {
        id: 'meta-500',
        name: 'Meta: answer 500 to see its retries',
        match: { provider: 'meta', path: { mode: 'prefix', value: '/webhooks/whatsapp' } },
        status: 500,
        body: 'Simulated failure',
      },
      {
        id: 'slow',
        name: 'Time out after 30 s',
        match: { path: { mode: 'glob', value: '/slow/**' } },
        status: 504,
        delayMs: 30000,
        drop: true,
      },
    ],
  });
  await server.call('setForwardSettings', {
    paused: false,
    targets: [
      { id: 'local', url: `${handlerUrl}/webhook`, enabled: true, pathMode: 'replace', match: {} },
      {
        id: 'statuses',
        url: 'http://127.0.0.1:9/statuses',
        enabled: true,
        pathMode: 'append',
        match: { provider: 'meta', eventType: 'statuses' },
      },
    ],
  });
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.reload();
  await expect(app.getByTestId('connection')).toHaveAttribute('data-state', 'live');

  const body = whatsappWebhook({ statuses: [{ id: 'wamid.X', status: 'read' }] }, 'statuses');
  await send(server.receiverUrl, {
    path: '/webhooks/whatsapp',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': hubSignature(appSecret, body),
    },
    body,
  });
  await selectRow(app, '/webhooks/whatsapp');
  await app.getByRole('tab', { name: /^Response/ }).click();
  await expect(app.getByTestId('forward-outcome')).toHaveCount(2);
  await both(app, 'response-tab');

  await app.getByTestId('edit-replay-button').click();
  const dialog = app.getByTestId('replay-dialog');
  await dialog.getByRole('radio', { name: 'Another URL' }).check();
  await dialog.getByTestId('replay-url').fill(`${handlerUrl}/webhook`);
  await dialog.getByTestId('replay-body').fill(body.replace('read', 'delivered'));
  await dialog.getByTestId('replay-send').click();
  await expect(dialog.getByTestId('replay-result')).toBeVisible();
  await both(app, 'edit-dialog');
  await dialog.getByTestId('replay-open-capture').click();
  await expect(app.getByTestId('origin-marker')).toBeVisible();
  await both(app, 'replayed-capture');
  // One click: to the forward target (nothing listens on the second one, the first answers).
  await app.getByTestId('replay-button').click();
  await expect(app.getByTestId('replay-flash')).toBeVisible();
  await both(app, 'one-click-flash');

  for (const item of ['forwarding', 'rules', 'compose', 'export'] as const) {
    await app.getByTestId('replay-tools').click();
    if (item === 'forwarding') await both(app, 'menu');
    await app.getByTestId(`tools-${item}`).click();
    await expect(app.getByTestId('replay-tools-dialog')).toBeVisible();
    if (item === 'rules') await app.getByRole('button', { name: 'Edit' }).first().click();
    if (item === 'compose') await expect(app.getByTestId('compose-curl')).toBeVisible();
    await both(app, `tools-${item}`);
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('replay-tools-dialog')).toBeHidden();
  }
});
