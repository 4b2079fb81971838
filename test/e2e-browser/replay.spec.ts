// Replay, forwarding, response rules, test events and export/import through the UI, against the
// built headless server and a local handler (node:http in this process on 127.0.0.1).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { hubSignature, whatsappWebhook } from './support/sample-webhooks';
import { rowByPath, rows, screenshotBothThemes, selectRow } from './support/ui';
import { deleteAllSecrets } from './support/secrets';

const metaSecret = 'e2e-replay-app-secret-5c1d'; // stored through the API, never typed in the UI

const whatsappBody = whatsappWebhook({
  messaging_product: 'whatsapp',
  metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
  messages: [
    {
      from: '5511987654321',
      id: 'wamid.REPLAY1',
      timestamp: '1763884801',
      type: 'text',
      text: { body: 'Original text from the provider' },
    },
  ],
});

async function sendSignedWhatsApp(receiverUrl: string, path = '/webhooks/whatsapp'): Promise<number> {
  return send(receiverUrl, {
    path,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': hubSignature(metaSecret, whatsappBody),
    },
    body: whatsappBody,
  });
}

// ── The local handler ─────────────────────────────────────────────────────────────────────────────
interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
let handler: Server;
let handlerUrl: string;
const received: Received[] = [];

test.beforeAll(async () => {
  handler = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.writeHead(202, { 'content-type': 'application/json', 'x-handler': 'e2e' });
      res.end(JSON.stringify({ handled: true, bytes: Buffer.concat(chunks).length }));
    });
  });
  await new Promise<void>((r) => handler.listen(0, '127.0.0.1', r));
  handlerUrl = `http://127.0.0.1:${(handler.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((r) => handler.close(() => r()));
});

test.beforeEach(async ({ server }) => {
  received.length = 0;
  await server.call('setResponseRules', { rules: [] });
  await server.call('setForwardSettings', { paused: false, targets: [] });
  await deleteAllSecrets(server);
  await server.call('putSecret', { provider: 'meta', label: 'app secret', secret: metaSecret });
});

type Detail = {
  id: number;
  verdict: string | null;
  bodyBase64: string;
  replayOf: number | null;
  origin: string | null;
};

/** The value field of the header row named `name` in the Compose header editor. */
async function headerValueField(panel: Locator, name: string): Promise<Locator> {
  const editor = panel.getByRole('group', { name: 'Event headers' });
  const index = await editor
    .locator('input[aria-label$=" name"]')
    .evaluateAll(
      (inputs, wanted) => inputs.findIndex((i) => (i as HTMLInputElement).value.toLowerCase() === wanted),
      name.toLowerCase(),
    );
  expect(index, `a ${name} header row`).toBeGreaterThanOrEqual(0);
  return editor.locator('input[aria-label$=" value"]').nth(index);
}

async function openTools(page: Page, item: 'forwarding' | 'rules' | 'compose' | 'export') {
  await page.getByTestId('replay-tools').click();
  await page.getByTestId(`tools-${item}`).click();
  await expect(page.getByTestId('replay-tools-dialog')).toBeVisible();
}

async function editAndReplay(page: Page, opts: { from: string; to: string; resign: boolean }) {
  await page.getByTestId('edit-replay-button').click();
  const dialog = page.getByTestId('replay-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('replay-url').fill(`${handlerUrl}/hook`);
  const body = dialog.getByTestId('replay-body');
  await expect(body).toHaveValue(whatsappBody);
  await body.fill(whatsappBody.replace(opts.from, opts.to));
  const resign = dialog.getByTestId('replay-resign');
  await expect(resign).toBeChecked(); // on by default: Meta is re-signable
  if (!opts.resign) await resign.uncheck();
  await dialog.getByTestId('replay-send').click();
  const result = dialog.getByTestId('replay-result');
  await expect(result).toBeVisible();
  return { dialog, result };
}

test('edit & replay to a local handler: the edited bytes arrive, re-signed they verify; unsigned they fail', async ({
  app,
  server,
}) => {
  await sendSignedWhatsApp(server.receiverUrl);
  const row = rowByPath(app, '/webhooks/whatsapp');
  await expect(row.locator('[data-verdict="pass"]')).toBeVisible();
  await row.click();
  const originalId = Number(await app.getByTestId('capture-detail').getAttribute('data-capture-id'));

  // Re-signed edit.
  const edited = whatsappBody.replace('Original text from the provider', 'Edited before replay');
  const { dialog, result } = await editAndReplay(app, {
    from: 'Original text from the provider',
    to: 'Edited before replay',
    resign: true,
  });
  await expect(result.getByTestId('replay-resigned')).toContainText(/x-hub-signature-256/i);
  await expect(result.getByTestId('replay-resigned')).toContainText('app secret');
  await expect(result).toContainText('202');
  await expect(result.getByTestId('answer-body')).toContainText('"handled": true');

  // The handler got exactly the edited bytes, with a signature over them.
  await expect.poll(() => received.length).toBe(1);
  expect(received[0]!.body.equals(Buffer.from(edited, 'utf8'))).toBe(true);
  expect(received[0]!.url).toBe('/hook');
  expect(received[0]!.headers['x-hub-signature-256']).toBe(hubSignature(metaSecret, edited));

  // The new capture is linked, and verifies.
  const replayText = await result.getByTestId('replay-open-capture').textContent();
  const replayId = Number(/#(\d+)/.exec(replayText ?? '')![1]);
  await expect
    .poll(async () => (await server.call<Detail>('getCapture', { id: replayId })).verdict)
    .toBe('pass');
  const replayed = await server.call<Detail>('getCapture', { id: replayId });
  expect(replayed.replayOf).toBe(originalId);
  expect(Buffer.from(replayed.bodyBase64, 'base64').toString('utf8')).toBe(edited);

  await result.getByTestId('replay-open-capture').click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('capture-detail')).toHaveAttribute('data-capture-id', String(replayId));
  const marker = app.getByTestId('origin-marker');
  await expect(marker).toContainText(`replay of #${originalId}`);
  await expect(marker).toContainText('re-signed');
  // The Response tab of a replay holds the handler's answer.
  await app.getByRole('tab', { name: /^Response/ }).click();
  await expect(app.getByTestId('receiver-response')).toContainText('What the handler answered this replay');
  await expect(app.getByTestId('receiver-response').getByTestId('status-badge')).toHaveText('202');

  // Back to the original through the marker; edit again without re-signing.
  await marker.getByRole('button', { name: `#${originalId}` }).click();
  await expect(app.getByTestId('capture-detail')).toHaveAttribute('data-capture-id', String(originalId));
  const unsigned = whatsappBody.replace('Original text from the provider', 'Tampered, not re-signed');
  const second = await editAndReplay(app, {
    from: 'Original text from the provider',
    to: 'Tampered, not re-signed',
    resign: false,
  });
  await expect(second.result.getByTestId('replay-resigned')).toHaveCount(0);
  await expect(second.result).toContainText('Edited without re-signing');
  await expect.poll(() => received.length).toBe(2);
  expect(received[1]!.body.equals(Buffer.from(unsigned, 'utf8'))).toBe(true);
  expect(received[1]!.headers['x-hub-signature-256']).toBe(hubSignature(metaSecret, whatsappBody));
  const secondText = await second.result.getByTestId('replay-open-capture').textContent();
  const secondId = Number(/#(\d+)/.exec(secondText ?? '')![1]);
  await expect
    .poll(async () => (await server.call<Detail>('getCapture', { id: secondId })).verdict)
    .toBe('fail');
});

test('one-click Replay asks for a URL when no forward target is set; Copy as cURL copies a quoted command', async ({
  app,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await sendSignedWhatsApp(server.receiverUrl);
  await selectRow(app, '/webhooks/whatsapp');
  await app.getByTestId('replay-button').click();
  const prompt = app.getByTestId('replay-url-prompt');
  await prompt.getByTestId('replay-prompt-url').fill(`${handlerUrl}/again`);
  await prompt.getByTestId('replay-prompt-send').click();
  const flash = app.getByTestId('replay-flash');
  await expect(flash).toContainText('202');
  await expect.poll(() => received.length).toBe(1);
  expect(received[0]!.body.toString('utf8')).toBe(whatsappBody);

  await app.getByTestId('copy-curl').click();
  await expect(app.getByTestId('copy-curl')).toHaveText('Copied');
  const curl = await app.evaluate(() => navigator.clipboard.readText());
  expect(curl).toMatch(/^curl --globoff/m);
  expect(curl).toContain(`'${server.receiverUrl}/webhooks/whatsapp'`);
  expect(curl).toContain("'x-hub-signature-256: ");
});

test('a response rule answering 500 shows in the Response tab; forwarding shows each target\u2019s answer live', async ({
  app,
  server,
}) => {
  // Response rule through the panel: the Meta preset.
  await openTools(app, 'rules');
  await app.getByTestId('preset-meta-500').click();
  await expect(app.getByTestId('response-rule')).toHaveCount(1);
  await expect(app.getByTestId('response-rule')).toContainText('answer 500');
  await app.getByTestId('save-rules').click();
  await expect(app.getByTestId('rules-panel')).toContainText('Saved');

  // Forwarding through the panel: the local handler, and one where nothing listens.
  await app.getByRole('tab', { name: 'Forwarding' }).click();
  await app.getByTestId('add-forward-target').click();
  await app.getByTestId('forward-url').first().fill(handlerUrl);
  await app.getByTestId('add-forward-target').click();
  await app.getByTestId('forward-url').nth(1).fill('http://127.0.0.1:9/down');
  await app.getByTestId('save-forwarding').click();
  await expect(app.getByTestId('forwarding-panel')).toContainText('Saved');
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('replay-tools-dialog')).toBeHidden();
  await expect(app.getByTestId('forward-chip')).toHaveAttribute('data-state', 'on');

  expect(await server.call<{ rules: unknown[] }>('getResponseRules')).toMatchObject({
    rules: [{ status: 500, match: { provider: 'meta' } }],
  });

  // The forward outcomes arrive after the capture (capture.forwarded): the tab fills in live.
  expect(await sendSignedWhatsApp(server.receiverUrl, '/webhooks/whatsapp/rule')).toBe(500);
  await selectRow(app, '/webhooks/whatsapp/rule');
  await app.getByRole('tab', { name: /^Response/ }).click();
  const receiver = app.getByTestId('receiver-response');
  await expect(receiver.getByTestId('status-badge')).toHaveText('500');
  await expect(receiver.getByTestId('answer-body')).toHaveText('Simulated failure (Hookscope response rule)');

  const outcomes = app.getByTestId('forward-outcome');
  await expect(outcomes).toHaveCount(2);
  const ok = outcomes.filter({ hasText: handlerUrl + '/webhooks/whatsapp/rule' });
  await expect(ok.getByTestId('status-badge')).toHaveText('202');
  await expect(ok.getByTestId('answer-body')).toContainText('"handled": true');
  const down = outcomes.filter({ hasText: '127.0.0.1:9' });
  await expect(down.getByTestId('outcome-error')).toHaveAttribute('data-code', 'connection_refused');
  await expect(down).toContainText('Is your handler running on 127.0.0.1:9?');
  expect(received[0]!.body.toString('utf8')).toBe(whatsappBody);

  // Pause from the top bar: the next capture is not forwarded.
  await app.getByTestId('forward-pause-toggle').click();
  await expect(app.getByTestId('forward-chip')).toHaveAttribute('data-state', 'paused');
  await expect
    .poll(async () => (await server.call<{ paused: boolean }>('getForwardSettings')).paused)
    .toBe(true);
});

test('compose a test event and send it: it lands in the list, signed', async ({ app, server }) => {
  await openTools(app, 'compose');
  const panel = app.getByTestId('compose-panel');
  await panel.getByTestId('compose-template').selectOption('whatsapp-text');
  await expect(panel.getByTestId('compose-signed')).toContainText('app secret');
  await expect(panel.getByTestId('compose-curl')).toContainText('curl');
  const body = panel.getByTestId('compose-body');
  await expect(body).not.toHaveValue('');
  const text = await body.inputValue();
  const parsed = JSON.parse(text) as Record<string, unknown>;
  parsed['e2e_marker'] = 'composed-in-e2e';
  await body.fill(JSON.stringify(parsed));
  await expect(panel.getByTestId('compose-curl')).toContainText('composed-in-e2e');
  await panel.getByTestId('compose-send').click();
  await expect(panel.getByTestId('compose-result')).toContainText('200');

  await app.keyboard.press('Escape');
  const row = rowByPath(app, '/webhooks/whatsapp');
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-verdict="pass"]')).toBeVisible();
  await row.click();
  await expect(app.getByTestId('origin-marker')).toHaveCount(0); // sent to the receiver: a real capture
  const id = Number(await app.getByTestId('capture-detail').getAttribute('data-capture-id'));
  const detail = await server.call<Detail>('getCapture', { id });
  expect(Buffer.from(detail.bodyBase64, 'base64').toString('utf8')).toContain('composed-in-e2e');
});

test('compose: the cURL is exactly the request sent, and the signature header follows body edits', async ({
  app,
  server,
}) => {
  await openTools(app, 'compose');
  const panel = app.getByTestId('compose-panel');
  await panel.getByTestId('compose-template').selectOption('whatsapp-text');
  await expect(panel.getByTestId('compose-signed')).toContainText('app secret');
  await panel.getByText('Headers', { exact: false }).first().click();
  const signatureValue = await headerValueField(panel, 'X-Hub-Signature-256');
  const before = await signatureValue.inputValue();
  const curl = panel.getByTestId('compose-curl');
  await expect(curl).toContainText(before);

  const body = panel.getByTestId('compose-body');
  const edited = (await body.inputValue()).replace('"text"', '"text","e2e_marker":"exact-curl"');
  await body.fill(edited);
  const expected = hubSignature(metaSecret, edited);
  // The header field and the curl follow the edit; nothing else in the request moves.
  await expect(signatureValue).toHaveValue(expected);
  await expect(curl).toContainText(expected);
  const curlShown = (await curl.textContent()) ?? '';
  await panel.getByTestId('compose-send').click();
  await expect(panel.getByTestId('compose-result')).toContainText('200');
  await expect(curl).toHaveText(curlShown);

  const page = await server.call<{ items: { id: number }[] }>('listCaptures', { limit: 1 });
  const sent = await server.call<{ bodyBase64: string; headers: [string, string][]; verdict: string }>(
    'getCapture',
    { id: page.items[0]!.id },
  );
  const sentBody = Buffer.from(sent.bodyBase64, 'base64').toString('utf8');
  expect(sentBody).toBe(edited);
  expect(sent.headers.find(([n]) => n.toLowerCase() === 'x-hub-signature-256')?.[1]).toBe(expected);
  // The curl carries the same body (shell-quoted) and signature, so running it repeats this request.
  expect(curlShown).toContain(`'${sentBody.replaceAll("'", `'\\''`)}'`);
});

test("a forwarded capture shows the handler's answer in its row; failures are counted in the top bar", async ({
  app,
  server,
}) => {
  await server.call('setForwardSettings', {
    paused: false,
    targets: [{ id: 'local', url: `${handlerUrl}/hook`, enabled: true, pathMode: 'replace', match: {} }],
  });
  await app.reload();
  await expect(app.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await send(server.receiverUrl, { path: '/fw/ok', body: '{"n":1}' });
  const ok = rowByPath(app, '/fw/ok').getByTestId('forward-badge');
  await expect(ok).toHaveAttribute('data-state', 'ok');
  await expect(ok).toContainText(/202 · \d+ ms/);
  await expect(app.getByTestId('forward-trouble')).toHaveCount(0);

  // Nothing listens on port 9: refused, in the row and in the top bar's count.
  await server.call('setForwardSettings', {
    paused: false,
    targets: [{ id: 'local', url: 'http://127.0.0.1:9/hook', enabled: true, pathMode: 'replace', match: {} }],
  });
  await send(server.receiverUrl, { path: '/fw/refused', body: '{"n":2}' });
  const refused = rowByPath(app, '/fw/refused').getByTestId('forward-badge');
  await expect(refused).toHaveAttribute('data-state', 'fail');
  await expect(refused).toContainText('refused');
  await expect(app.getByTestId('forward-failed')).toHaveText('1 failed');
  await app.getByTestId('forward-trouble').click();
  await expect(app.getByTestId('replay-tools-dialog')).toBeVisible();
  await app.keyboard.press('Escape');
  await app.reload();
  await expect(app.getByTestId('forward-failed')).toHaveText('1 failed');
  await expect(rowByPath(app, '/fw/ok').getByTestId('forward-badge')).toContainText('202');
  await screenshotBothThemes(app, 'replay-forward-row');
});

test('export HAR, import it back: the same bodies, marked imported, warnings shown', async ({
  app,
  server,
}) => {
  const binary = Buffer.from([0x00, 0xff, 0x10, 0x80, 0x7f, 0x0d, 0x0a, 0xc3, 0x28]);
  await sendSignedWhatsApp(server.receiverUrl, '/webhooks/whatsapp/export');
  await send(server.receiverUrl, {
    path: '/bin/export',
    headers: { 'content-type': 'application/octet-stream' },
    body: binary,
  });
  await expect(rows(app)).toHaveCount(2);
  const before = (await server.call<{ items: { id: number; path: string }[] }>('listCaptures')).items;

  await openTools(app, 'export');
  await app.getByTestId('export-all').check();
  const downloadPromise = app.waitForEvent('download');
  await app.getByTestId('export-run').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.har$/);
  await expect(app.getByTestId('export-result')).toContainText('Saved 2 captures');
  const file = await download.path();
  const har = JSON.parse(await readFile(file, 'utf8')) as { log: { version: string; entries: unknown[] } };
  expect(har.log.version).toBe('1.2');
  expect(har.log.entries).toHaveLength(2);

  await app.getByTestId('import-file').setInputFiles(file);
  await expect(app.getByTestId('import-result')).toContainText('Imported 2 captures');
  await expect(rows(app)).toHaveCount(4);

  const after = (
    await server.call<{ items: { id: number; path: string; origin: string | null }[] }>('listCaptures')
  ).items;
  for (const original of before) {
    const copy = after.find((c) => c.path === original.path && c.origin === 'imported');
    expect(copy, `imported copy of ${original.path}`).toBeDefined();
    const [a, b] = await Promise.all([
      server.call<Detail>('getCapture', { id: original.id }),
      server.call<Detail>('getCapture', { id: copy!.id }),
    ]);
    expect(b.bodyBase64).toBe(a.bodyBase64);
  }

  // The imported capture says so.
  await app.getByRole('button', { name: /^Open #/ }).click();
  await expect(app.getByTestId('replay-tools-dialog')).toBeHidden();
  await expect(app.getByTestId('origin-marker')).toHaveAttribute('data-origin', 'imported');

  // A HAR with one good entry and one unusable one: the good one is imported, the other warned about.
  await openTools(app, 'export');
  const mixed = {
    log: {
      version: '1.2',
      creator: { name: 'e2e', version: '1' },
      entries: [
        har.log.entries[0],
        { startedDateTime: 'yesterday', request: { method: 'POST' }, response: {} },
      ],
    },
  };
  await app.getByTestId('import-file').setInputFiles({
    name: 'mixed.har',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(mixed)),
  });
  await expect(app.getByTestId('import-result')).toContainText('Imported 1 capture from mixed.har');
  await expect(app.getByTestId('import-warnings')).toContainText('Entry 2 skipped');

  // A broken file: the error is shown, nothing imported.
  await app.getByTestId('import-file').setInputFiles({
    name: 'broken.har',
    mimeType: 'application/json',
    buffer: Buffer.from('{"log": {"entries": "nope"}}'),
  });
  await expect(app.getByTestId('import-error')).toBeVisible();
});

test('edit & replay keeps unsent edits across a switch to another capture, and checks with the API’s rules', async ({
  app,
  server,
}) => {
  await sendSignedWhatsApp(server.receiverUrl, '/webhooks/first');
  await sendSignedWhatsApp(server.receiverUrl, '/webhooks/second');
  await selectRow(app, '/webhooks/first');
  await expect(app.getByTestId('capture-detail')).toContainText('/webhooks/first');
  await app.getByTestId('edit-replay-button').click();
  const dialog = app.getByTestId('replay-dialog');
  await dialog.getByTestId('replay-body').fill('{"edited":"not sent yet"}');
  await dialog.getByTestId('replay-path').fill('/edited path');
  await dialog.getByTestId('replay-method').fill('PO ST');
  await dialog.getByTestId('replay-url').fill('localhost:3000');
  await dialog.getByTestId('replay-send').click();
  // The contract's own messages, before anything is sent.
  await expect(dialog).toContainText('A method is a token such as POST');
  await expect(dialog).toContainText('Only http:// and https:// URLs');
  await dialog.locator('.dialog-actions').getByRole('button', { name: 'Close' }).click();

  // Another capture, then back: the edits are still there, and can be dropped.
  await selectRow(app, '/webhooks/second');
  await expect(app.getByTestId('capture-detail')).toContainText('/webhooks/second');
  await app.getByTestId('edit-replay-button').click();
  await expect(dialog.getByTestId('replay-body')).toHaveValue(whatsappBody);
  await expect(dialog.getByTestId('replay-draft-restored')).toHaveCount(0);
  await dialog.locator('.dialog-actions').getByRole('button', { name: 'Close' }).click();
  await selectRow(app, '/webhooks/first');
  await expect(app.getByTestId('capture-detail')).toContainText('/webhooks/first');
  await app.getByTestId('edit-replay-button').click();
  await expect(dialog.getByTestId('replay-draft-restored')).toBeVisible();
  await expect(dialog.getByTestId('replay-body')).toHaveValue('{"edited":"not sent yet"}');
  await expect(dialog.getByTestId('replay-path')).toHaveValue('/edited path');
  await dialog.getByRole('button', { name: 'Start from the capture' }).click();
  await expect(dialog.getByTestId('replay-body')).toHaveValue(whatsappBody);
  await expect(dialog.getByTestId('replay-path')).toHaveValue('/webhooks/first');
});

test('unsaved response rules and forward targets survive closing the tools, until reverted', async ({
  app,
}) => {
  await openTools(app, 'rules');
  await app.getByTestId('preset-meta-500').click();
  await expect(app.getByTestId('response-rule')).toHaveCount(1);
  await app.getByRole('tab', { name: 'Forwarding' }).click();
  await app.getByTestId('add-forward-target').click();
  await app.getByTestId('forward-url').first().fill('http://127.0.0.1:4567/kept');
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('replay-tools-dialog')).toBeHidden();

  await openTools(app, 'rules');
  await expect(app.getByTestId('response-rule')).toHaveCount(1);
  await app.getByTestId('rules-panel').getByRole('button', { name: 'Revert' }).click();
  await expect(app.getByTestId('response-rule')).toHaveCount(0);
  await app.getByRole('tab', { name: 'Forwarding' }).click();
  await expect(app.getByTestId('forward-url').first()).toHaveValue('http://127.0.0.1:4567/kept');
  await app.getByTestId('forwarding-panel').getByRole('button', { name: 'Revert' }).click();
  await expect(app.getByTestId('forward-url')).toHaveCount(0);
  await app.keyboard.press('Escape');

  // Reverted: nothing comes back.
  await openTools(app, 'rules');
  await expect(app.getByTestId('response-rule')).toHaveCount(0);
});

test('a response rule or forward target the API would refuse is refused under its field, and nothing is saved', async ({
  app,
  server,
}) => {
  await openTools(app, 'rules');
  await app.getByTestId('add-rule').click();
  const rule = app.getByTestId('response-rule');
  await rule.getByTestId('rule-status').fill('700');
  await rule.getByTestId('rule-delay').fill('90');
  await app.getByTestId('save-rules').click();
  await expect(rule.getByTestId('rule-status')).toHaveAttribute('aria-invalid', 'true');
  await expect(rule).toContainText('A status from 100 to 599');
  await expect(rule).toContainText('From 0 to 60 seconds');
  expect(await server.call('getResponseRules')).toEqual({ rules: [] });
  // Fixed, it saves as typed (seconds become the API's milliseconds).
  await rule.getByTestId('rule-status').fill('503');
  await rule.getByTestId('rule-delay').fill('1.5');
  await app.getByTestId('save-rules').click();
  await expect(app.getByTestId('rules-panel')).toContainText('Saved');
  expect(await server.call('getResponseRules')).toMatchObject({ rules: [{ status: 503, delayMs: 1500 }] });

  await app.getByRole('tab', { name: 'Forwarding' }).click();
  await app.getByTestId('add-forward-target').click();
  await app.getByTestId('forward-url').first().fill('ftp://127.0.0.1/files');
  await app.getByTestId('save-forwarding').click();
  await expect(app.getByTestId('forward-url').first()).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByTestId('forward-target')).toContainText('Only http:// and https:// URLs');
  expect(await server.call('getForwardSettings')).toEqual({ paused: false, targets: [] });
});

test('compose keeps its edits across closing the tools, and refuses a base URL the API would refuse', async ({
  app,
  server,
}) => {
  await openTools(app, 'compose');
  const panel = app.getByTestId('compose-panel');
  await panel.getByTestId('compose-template').selectOption('whatsapp-text');
  await expect(panel.getByTestId('compose-signed')).toContainText('app secret');
  const body = panel.getByTestId('compose-body');
  await expect(body).not.toHaveValue('');
  const edited = (await body.inputValue()).replace('{', '{"kept_draft":"yes",');
  await body.fill(edited);
  await expect(panel.getByTestId('compose-curl')).toContainText('kept_draft');
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('replay-tools-dialog')).toBeHidden();

  await openTools(app, 'compose');
  await expect(panel.getByTestId('compose-template')).toHaveValue('whatsapp-text');
  await expect(panel.getByTestId('compose-body')).toHaveValue(edited);
  // Recomposed over the kept edit: the signature covers it.
  await expect(panel.getByTestId('compose-curl')).toContainText('kept_draft');
  await expect(panel.getByTestId('compose-signed')).toContainText('app secret');

  const before = await server.call<{ captureCount: number }>('getStatus');
  await panel.getByLabel('Another base URL').check();
  await panel.getByTestId('compose-base-url').fill('ftp://127.0.0.1/in');
  await panel.getByTestId('compose-send').click();
  await expect(panel.getByTestId('compose-base-url')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel).toContainText('Only http:// and https:// URLs');
  await expect(panel.getByTestId('compose-result')).toHaveCount(0);
  expect(await server.call('getStatus')).toMatchObject({ captureCount: before.captureCount });
});
