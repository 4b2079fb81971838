// The README's "first five minutes" and tour, played as a user would, writing the README's pictures
// into docs/ at each step. A README picture is therefore never older than the last e2e run, and a
// step that stops working fails here instead of leaving a stale picture behind
// (test/static/readme-screenshots.test.ts checks every picture the README shows is written by a spec).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { hubSignature, whatsappWebhook } from './support/sample-webhooks';
import { rowByPath, selectRow } from './support/ui';
import { deleteAllSecrets } from './support/secrets';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const appSecret = 'readme-app-secret-3c91f0a7';
const accessToken = 'EAAGm0PX4ZCpsBAReadmeAccessToken';

/** A README picture: docs/<name>.png, taken with the pointer out of the way. */
async function picture(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(repoRoot, 'docs', `${name}.png`) });
}

// Meta writes non-ASCII as \uXXXX escapes; so does this sample, byte for byte like a real delivery.
const asMetaWrites = (json: string) =>
  json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const message = asMetaWrites(
  whatsappWebhook({
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
    contacts: [{ profile: { name: 'Ana Souza' }, wa_id: '5511987654321' }],
    messages: [
      {
        from: '5511987654321',
        id: 'wamid.README01',
        timestamp: '1763884801',
        type: 'text',
        text: { body: 'Olá! Meu pedido #4521 já saiu para entrega?' },
      },
    ],
  }),
);

// The user's own handler on localhost: it checks Meta's signature like production code would.
let handler: Server;
let handlerUrl: string;
const handled: { signatureOk: boolean }[] = [];
test.beforeAll(async () => {
  handler = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const expected = `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
      const signatureOk = req.headers['x-hub-signature-256'] === expected;
      handled.push({ signatureOk });
      res.writeHead(signatureOk ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(signatureOk ? { ok: true, stored: 'msg_81f2' } : { error: 'bad signature' }));
    });
  });
  await new Promise<void>((r) => handler.listen(0, '127.0.0.1', r));
  handlerUrl = `http://127.0.0.1:${(handler.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise<void>((r) => handler.close(() => r()));
});

test('first five minutes: receive, add the secret, see why it fails, fix and replay', async ({
  app,
  server,
}) => {
  await deleteAllSecrets(server);
  await server.call('setForwardSettings', { paused: true, targets: [] });
  await app.setViewportSize({ width: 1440, height: 900 });

  // 1. A webhook arrives (Meta signs it with the app secret the user has not given Hookscope yet).
  await send(server.receiverUrl, {
    path: '/webhooks/whatsapp',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature(appSecret, message) },
    body: message,
  });
  const row = rowByPath(app, '/webhooks/whatsapp');
  await expect(row).toContainText('Ana Souza');
  await row.click();

  // 2. The Signature tab asks for the secret and says where to find it.
  await app.getByRole('tab', { name: /^Signature/ }).click();
  const banner = app.getByTestId('sig-banner');
  await expect(banner).toHaveAttribute('data-verdict', 'no-secret');
  const form = app.getByTestId('add-secret-form');
  await expect(form).toContainText('App Dashboard › App settings › Basic');
  await form.getByTestId('secret-label').fill('access token?');
  await picture(app, 'walkthrough-add-secret');

  // 3. The user pasted the access token instead of the app secret: the digests differ and the
  //    diagnosis, having reproduced nothing else, names the secret.
  await form.getByTestId('secret-value').fill(accessToken);
  await form.getByTestId('save-secret').click();
  await expect(banner).toHaveAttribute('data-verdict', 'fail');
  await expect(app.getByTestId('sig-diagnosis').locator('[data-code="secret-likely"]')).toContainText(
    'the secret is the most likely cause',
  );
  await picture(app, 'walkthrough-fails');

  // 4. Fix: add the real app secret. The stored capture is re-verified, nothing is resent.
  await app.getByTestId('inline-add-secret').click();
  await form.getByTestId('secret-label').fill('app secret');
  await form.getByTestId('secret-value').fill(appSecret);
  await form.getByTestId('save-secret').click();
  await expect(banner).toHaveAttribute('data-verdict', 'pass');
  await expect(app.getByTestId('sig-matched-secret')).toHaveText('app secret');

  // 5. Replay it to the handler on localhost and read its answer.
  await server.call('setForwardSettings', {
    paused: true,
    targets: [{ id: 'local', url: `${handlerUrl}/webhook`, enabled: true, pathMode: 'replace', match: {} }],
  });
  await app.reload();
  await expect(app.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await selectRow(app, '/webhooks/whatsapp');
  await app.getByTestId('replay-button').click();
  await expect(app.getByTestId('replay-flash')).toContainText('200');
  expect(handled.at(-1)).toEqual({ signatureOk: true });
  await picture(app, 'walkthrough-replayed');

  // A signature broken on the way (a proxy appended a newline) is reproduced exactly.
  await send(server.receiverUrl, {
    path: '/webhooks/whatsapp/newline',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature(appSecret, message) },
    body: `${message}\n`,
  });
  await selectRow(app, '/webhooks/whatsapp/newline');
  await app.getByRole('tab', { name: /^Signature/ }).click();
  await expect(app.getByTestId('sig-diagnosis').locator('[data-code="trailing-newline"]')).toBeVisible();
  await picture(app, 'screenshot-signature');
});

const fixtures = resolve(repoRoot, 'test', 'fixtures', 'payloads');

test('tour: conversations, forwarding, rules, compose and export', async ({ app, server }) => {
  await deleteAllSecrets(server);
  await server.call('putSecret', { provider: 'meta', label: 'app secret', secret: appSecret });
  await app.setViewportSize({ width: 1440, height: 900 });
  for (const file of ['wa-text.json', 'wa-media.json', 'wa-batch-mixed.json', 'wa-statuses.json']) {
    await send(server.receiverUrl, {
      path: '/webhooks/whatsapp',
      headers: { 'content-type': 'application/json' },
      body: readFileSync(resolve(fixtures, file)),
    });
  }
  await app.getByRole('tab', { name: 'Conversations' }).click();
  await app
    .getByTestId('thread-list')
    .getByRole('button', { name: /Ana Silva/ })
    .first()
    .click();
  await expect(app.getByTestId('thread-view')).toBeVisible();
  await picture(app, 'screenshot-conversations');
  await app.getByRole('tab', { name: 'Captures' }).click();

  await server.call('setForwardSettings', {
    paused: false,
    targets: [
      { id: 'local', url: `${handlerUrl}/webhook`, enabled: true, pathMode: 'replace', match: {} },
      {
        id: 'statuses',
        url: 'http://127.0.0.1:3001/statuses',
        enabled: true,
        pathMode: 'append',
        match: { provider: 'meta', eventType: 'statuses' },
      },
    ],
  });
  await server.call('setResponseRules', {
    rules: [
      {
        id: 'meta-500',
        name: 'Meta: answer 500 to watch its retries',
        match: { provider: 'meta', path: { mode: 'prefix', value: '/webhooks/whatsapp' } },
        status: 500,
        body: 'Simulated failure',
      },
    ],
  });
  await app.reload();
  await expect(app.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await selectRow(app, '/webhooks/whatsapp');

  for (const item of ['forwarding', 'rules', 'compose', 'export'] as const) {
    await app.getByTestId('replay-tools').click();
    await app.getByTestId(`tools-${item}`).click();
    await expect(app.getByTestId('replay-tools-dialog')).toBeVisible();
    if (item === 'rules') await app.getByRole('button', { name: 'Edit' }).first().click();
    if (item === 'compose')
      await expect(app.getByTestId('compose-curl')).toContainText('X-Hub-Signature-256');
    await picture(app, `tour-${item}`);
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('replay-tools-dialog')).toBeHidden();
  }
  await server.call('setResponseRules', { rules: [] });
  await server.call('setForwardSettings', { paused: true, targets: [] });
});
