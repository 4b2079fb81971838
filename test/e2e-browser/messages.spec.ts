// Decoded messages in the UI: the Messages tab (cards with sender and text, long RTL text,
// hostile text), duplicate marking in the list, and the Conversations view with ticks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { whatsappWebhook } from './support/sample-webhooks';
import { rows, selectedRow } from './support/ui';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures', 'payloads');
const fixture = (name: string): string => readFileSync(resolve(fixtures, name), 'utf8');

const postWhatsApp = (receiverUrl: string, body: string) =>
  send(receiverUrl, {
    path: '/webhooks/whatsapp',
    headers: { 'content-type': 'application/json', 'user-agent': 'facebookexternalua' },
    body,
  });

/** A Cloud API status webhook for one message (what Meta sends after the business replies). */
function statusPayload(messageId: string, status: string, unixSeconds: number): string {
  return whatsappWebhook({
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15551234567', phone_number_id: '106540352242922' },
    statuses: [{ id: messageId, status, timestamp: String(unixSeconds), recipient_id: '5491123456789' }],
  });
}

const messagesTab = (page: Page) => page.getByTestId('messages-tab');
const card = (page: Page) => messagesTab(page).getByTestId('message-card');

/** What PayloadText shows for a string: the text itself, hidden controls as visible U+XXXX markers. */
function asShown(text: string): string {
  // Same set as components/PayloadText.tsx (matching control characters is the point here).
  /* eslint-disable no-control-regex */
  const hidden =
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  /* eslint-enable no-control-regex */
  return text.replace(hidden, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

test('a WhatsApp text opens on the Messages tab with the sender and the text; a redelivery is marked', async ({
  app,
  server,
}) => {
  await postWhatsApp(server.receiverUrl, fixture('wa-text.json'));
  const first = rows(app).first();
  // The list row carries the core's one-line summary.
  await expect(first.getByTestId('row-summary')).toHaveText(
    'WhatsApp · Ana Silva: Hola, quiero saber el estado de mi pedido 4471',
  );
  const originalId = await first.getAttribute('data-capture-id');
  await first.click();

  // Decoded captures open on Messages (no tab chosen yet).
  await expect(app.getByRole('tab', { name: /^Messages/ })).toHaveAttribute('aria-selected', 'true');
  await expect(card(app)).toHaveCount(1);
  const message = card(app).first();
  await expect(message).toHaveAttribute('data-type', 'text');
  await expect(message.getByTestId('card-head').getByTestId('party-name')).toHaveText('Ana Silva');
  await expect(message.getByTestId('card-head').getByTestId('party-id')).toHaveText('+5491123456789');
  await expect(message.getByTestId('message-text')).toHaveText(
    'Hola, quiero saber el estado de mi pedido 4471',
  );
  // Local time shown, UTC on hover.
  await expect(message.getByTestId('message-time')).toHaveAttribute('datetime', '2025-05-14T14:11:32.000Z');
  await expect(message.getByTestId('message-time')).toHaveAttribute('title', /2025-05-14 14:11:32\.000 UTC/);

  // The provider retries: same wamid again.
  await postWhatsApp(server.receiverUrl, fixture('wa-text.json'));
  await expect(rows(app)).toHaveCount(2);
  const redelivery = rows(app).first();
  const marker = redelivery.getByTestId('dup-marker');
  await expect(marker).toHaveText(`duplicate of #${originalId}`);
  await expect(rows(app).nth(1).getByTestId('dup-marker')).toHaveCount(0);

  // The duplicate's own Messages tab says so; the marker selects the original.
  await redelivery.click({ position: { x: 20, y: 10 } });
  await expect(messagesTab(app).getByTestId('dup-banner')).toContainText(`#${originalId}`);
  await marker.click();
  await expect(selectedRow(app)).toHaveAttribute('data-capture-id', originalId!);
  await expect(app.getByTestId('capture-detail')).toHaveAttribute('data-capture-id', originalId!);

  // A payload with no decoder: the tab says so instead of showing nothing.
  await send(server.receiverUrl, {
    path: '/hooks/other',
    headers: { 'content-type': 'application/json' },
    body: fixture('unknown-generic.json'),
  });
  await expect(rows(app)).toHaveCount(3);
  await rows(app).first().click();
  // Not decoded: opens on Overview; the user's pick then sticks.
  await expect(app.getByRole('tab', { name: /^Overview/ })).toHaveAttribute('aria-selected', 'true');
  await app.getByRole('tab', { name: /^Messages/ }).click();
  await expect(app.getByTestId('no-decoder')).toContainText('No decoder — see Body');
});

test('a 5,000-character RTL + emoji text renders verbatim, collapsed with "show all"', async ({
  app,
  server,
}) => {
  const payload = fixture('wa-long-rtl-emoji.json');
  const text = (
    JSON.parse(payload) as { entry: { changes: { value: { messages: { text: { body: string } }[] } }[] }[] }
  ).entry[0]!.changes[0]!.value.messages[0]!.text.body;
  expect([...text].length).toBeGreaterThanOrEqual(4900);
  await postWhatsApp(server.receiverUrl, payload);
  await rows(app).first().click();

  const body = card(app).first().getByTestId('message-text');
  await expect(body).toHaveAttribute('dir', 'auto');
  // Every character is in the DOM, in order (controls such as U+202E as visible markers).
  expect(await body.textContent()).toBe(asShown(text));
  await expect(body.locator('.ctl-marker', { hasText: 'U+202E' }).first()).toBeVisible();
  await expect(card(app).first().getByTestId('card-head').getByTestId('party-name')).toHaveText('نور الهدى');

  // Collapsed until asked.
  const clipped = await body.evaluate((el) => el.scrollHeight > el.clientHeight + 20);
  expect(clipped).toBe(true);
  const toggle = card(app)
    .first()
    .getByRole('button', { name: /^Show all/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(card(app).first().getByRole('button', { name: 'Show less' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect(await body.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
});

test('HTML and script in a message render literally and execute nothing', async ({ app, server }) => {
  const dialogs: string[] = [];
  app.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await postWhatsApp(server.receiverUrl, fixture('wa-html-script.json'));
  await expect(rows(app).first().getByTestId('row-summary')).toContainText('<script>steal()</script>');
  await rows(app).first().click();
  await expect(card(app)).toHaveCount(2);

  const text = card(app).nth(0);
  await expect(text.getByTestId('card-head').getByTestId('party-name')).toHaveText(
    '<script>steal()</script>',
  );
  await expect(text.getByTestId('message-text')).toHaveText(
    '<script>alert("x")</script><img src=x onerror=alert(1)> &lt;b&gt; {{constructor.constructor("alert(1)")()}} ${process.exit()}',
  );
  const doc = card(app).nth(1);
  await expect(doc).toHaveAttribute('data-type', 'document');
  await expect(doc.getByTestId('message-media')).toContainText('<img src=x onerror=alert(1)>.pdf');
  await expect(doc.getByTestId('message-media')).toContainText('application/pdf');

  // The same strings in the Conversations view's thread list and bubbles.
  await app.getByRole('tab', { name: 'Conversations' }).click();
  await expect(app.getByTestId('thread-view')).toContainText('<img src=x onerror=alert(1)>');

  expect(dialogs).toEqual([]);
  await expect(app.locator('img')).toHaveCount(0);
  await expect(app.locator('b')).toHaveCount(0);
  await expect(app.locator('script')).toHaveCount(1); // the app's own bundle
  expect(await app.evaluate(() => document.querySelectorAll('[onerror],[onload],[onclick]').length)).toBe(0);
});

test('the Conversations view threads messages by contact with ticks from the statuses', async ({
  app,
  server,
}) => {
  await postWhatsApp(server.receiverUrl, fixture('wa-text.json')); // Ana → business, 14:11:32
  await postWhatsApp(server.receiverUrl, fixture('wa-smb-echoes.json')); // business → Ana, wamid.ECHO001
  await postWhatsApp(server.receiverUrl, statusPayload('wamid.ECHO001', 'delivered', 1747231897));
  await postWhatsApp(server.receiverUrl, fixture('wa-statuses.json')); // OUTBOUND001 sent/delivered/read…
  await expect(rows(app)).toHaveCount(4);
  const inboundCapture = await rows(app).nth(3).getAttribute('data-capture-id');

  await app.getByRole('tab', { name: 'Conversations' }).click();
  const threads = app.getByTestId('thread-list');
  const ana = threads.getByRole('button', { name: /Ana Silva/ });
  await expect(ana).toBeVisible();
  await expect(ana).toContainText('+5491123456789');
  // The failed status to another number opens its own thread.
  await expect(threads.getByRole('button', { name: /\+447700900456/ })).toBeVisible();

  await ana.click();
  const thread = app.getByTestId('thread-view');
  await expect(thread.getByTestId('chat-name')).toHaveText('Ana Silva');

  // Inbound on the left, outbound on the right.
  const inbound = thread.locator('[data-testid="bubble-row"][data-direction="inbound"]', {
    hasText: 'Hola, quiero saber',
  });
  const outbound = thread.locator('[data-testid="bubble-row"][data-message-id="wamid.ECHO001"]');
  await expect(inbound).toBeVisible();
  await expect(outbound).toHaveAttribute('data-direction', 'outbound');
  expect((await outbound.boundingBox())!.x).toBeGreaterThan((await inbound.boundingBox())!.x);

  // The delivered status sits on the message it refers to, as ticks.
  await expect(outbound.getByTestId('ticks')).toHaveAttribute('data-tick', 'delivered');
  // Statuses for a message never captured: a placeholder with the highest tick (read).
  const placeholder = thread.locator('[data-testid="bubble-row"][data-message-id="wamid.OUTBOUND001"]');
  await expect(placeholder.getByTestId('bubble-placeholder')).toBeVisible();
  await expect(placeholder.getByTestId('ticks')).toHaveAttribute('data-tick', 'read');

  // Live: a read receipt arrives while the thread is open.
  await postWhatsApp(server.receiverUrl, statusPayload('wamid.ECHO001', 'read', 1747231899));
  await expect(outbound.getByTestId('ticks')).toHaveAttribute('data-tick', 'read');

  // Each bubble links to its capture in the Captures view.
  await inbound.getByRole('button', { name: `#${inboundCapture}` }).click();
  await expect(app.getByRole('tab', { name: 'Captures' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('capture-detail')).toHaveAttribute('data-capture-id', inboundCapture!);

  // V switches views from the keyboard.
  await app.keyboard.press('v');
  await expect(app.getByTestId('thread-view')).toBeVisible();
  await app.keyboard.press('v');
  await expect(app.getByTestId('capture-list')).toBeVisible();
});
