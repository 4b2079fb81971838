// The core loop: a request hits the receiver, shows up live, and its detail is exact.
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import { readFileSync } from 'node:fs';
import { whatsappMessage } from './support/sample-webhooks';
import { send, sendRaw } from './support/send';
import { openTab, pickBodyView, rowByPath, rows, selectRow, selectedRow, textViewLines } from './support/ui';

test('the empty state teaches: receiver URL and a ready-to-copy curl command', async ({ app, server }) => {
  const empty = app.getByTestId('empty-state');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText(server.receiverUrl);
  const curl = app.getByTestId('sample-curl');
  await expect(curl).toContainText(`curl -X POST ${server.receiverUrl}/webhooks/test`);
  await expect(curl).toContainText(`-H 'Content-Type: application/json'`);
  await expect(app.getByTestId('receiver-url')).toContainText(server.receiverUrl);
});

test('the access token is moved from the address bar into the session', async ({ app }) => {
  expect(app.url()).not.toContain('token=');
  expect(await app.evaluate(() => sessionStorage.getItem('hookscope.token'))).toBeTruthy();
  await app.reload();
  await expect(app.getByTestId('connection')).toHaveAttribute('data-state', 'live');
});

test('a capture appears live within a second and its detail shows the exact body and headers', async ({
  app,
  server,
}) => {
  const body = '{"event":"order.paid","order":{"id":"ord_77","note":"zebra crossing"},"amount":1999}';
  await sendRaw(server.receiverUrl, {
    path: '/hooks/orders?source=shop&attempt=2',
    headers: [
      ['X-Custom-First', 'one'],
      ['Content-Type', 'application/json'],
      ['x-lower-case', 'Mixed Value'],
      ['X-Dup', 'a'],
      ['X-Dup', 'b'],
    ],
    body,
  });

  const row = rowByPath(app, '/hooks/orders?source=shop&attempt=2');
  await expect(row).toBeVisible({ timeout: 1000 });
  await expect(row).toContainText('POST');
  await expect(row).toContainText('200');
  await expect(row).toContainText(`${body.length} B`);

  await row.click();
  await expect(selectedRow(app)).toHaveCount(1);
  await openTab(app, 'Body');
  await pickBodyView(app, 'Raw');
  expect((await textViewLines(app)).join('\n')).toBe(body);

  await openTab(app, 'Headers');
  const table = app.getByTestId('request-headers');
  const names = await table.locator('tbody th').allTextContents();
  const values = await table.locator('tbody td.pairs-value').allTextContents();
  const pairs = names.map((n, i) => [n, values[i]]);
  // Received order and case, duplicates kept (Host first, as written on the wire).
  expect(pairs.slice(1, 6)).toEqual([
    ['X-Custom-First', 'one'],
    ['Content-Type', 'application/json'],
    ['x-lower-case', 'Mixed Value'],
    ['X-Dup', 'a'],
    ['X-Dup', 'b'],
  ]);

  await openTab(app, 'Query');
  await expect(app.getByRole('table', { name: 'Query parameters' })).toContainText('source');
  await expect(app.getByRole('table', { name: 'Query parameters' })).toContainText('attempt');
});

test('the JSON tree shows the payload and collapses nodes', async ({ app, server }) => {
  await send(server.receiverUrl, {
    path: '/hooks/tree',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      customer: { name: 'Ada', tags: ['vip', 'beta'] },
      total: 12.5,
      paid: true,
      coupon: null,
    }),
  });
  await selectRow(app, '/hooks/tree');
  await openTab(app, 'Body');
  const tree = app.getByTestId('json-tree');
  await expect(tree).toContainText('"customer"');
  await expect(tree).toContainText('"Ada"');
  await expect(tree).toContainText('12.5');
  await tree.getByTestId('json-row').filter({ hasText: '"customer"' }).click();
  await expect(tree).not.toContainText('"Ada"');
  await expect(tree.getByTestId('json-row').filter({ hasText: '"customer"' })).toContainText('2 keys');
});

test('full-text search finds a capture by a word in its body; quick filters narrow the list', async ({
  app,
  server,
}) => {
  await send(server.receiverUrl, {
    path: '/a/first',
    body: '{"note":"the quick marmalade fox"}',
    headers: { 'content-type': 'application/json' },
  });
  await send(server.receiverUrl, {
    path: '/b/second',
    body: '{"note":"nothing to see"}',
    headers: { 'content-type': 'application/json' },
  });
  await send(server.receiverUrl, { method: 'PUT', path: '/a/third', body: 'plain text body' });
  await expect(rows(app)).toHaveCount(3);

  await app.getByTestId('search-input').fill('marmalade');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('/a/first');

  await app.getByTestId('search-input').fill('');
  await expect(rows(app)).toHaveCount(3);

  await app.getByTestId('filter-method').selectOption('PUT');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('/a/third');
  await app.getByTestId('filter-method').selectOption('');

  await app.getByTestId('filter-path').fill('/a/');
  await expect(rows(app)).toHaveCount(2);

  await app.getByTestId('search-input').fill('zzzznotfound');
  await expect(app.getByTestId('no-matches')).toBeVisible();
  await app.getByTestId('no-matches').getByRole('button').click();
  await expect(rows(app)).toHaveCount(3);
});

test('the status filter takes a class: "4xx" lists every 4xx answer, "404" only that one', async ({
  app,
  server,
}) => {
  await send(server.receiverUrl, {
    path: '/ok',
    body: '{}',
    headers: { 'content-type': 'application/json' },
  });
  // A Meta handshake without hub.challenge is malformed: the receiver answers 400.
  expect(await send(server.receiverUrl, { method: 'GET', path: '/meta?hub.mode=subscribe' })).toBe(400);
  await expect(rows(app)).toHaveCount(2);
  await app.getByTestId('filter-status').fill('4xx');
  await expect(app.getByTestId('filter-status')).toHaveValue('4xx');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('/meta');
  await app.getByTestId('filter-status').fill('2xx');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('/ok');
  await app.getByTestId('filter-status').fill('');
  await expect(rows(app)).toHaveCount(2);
});

test('search finds what the user reads: Meta’s \\u00fc escapes are found by "Müller"', async ({
  app,
  server,
}) => {
  // Meta escapes non-ASCII on the wire; the row and the card read "Jürgen Müller".
  const wire = '{"contact":{"name":"J\\u00fcrgen M\\u00fcller"},"note":"plain"}';
  await send(server.receiverUrl, {
    path: '/escaped',
    body: wire,
    headers: { 'content-type': 'application/json' },
  });
  await send(server.receiverUrl, {
    path: '/other',
    body: '{"name":"Somebody"}',
    headers: { 'content-type': 'application/json' },
  });
  await expect(rows(app)).toHaveCount(2);
  await app.getByTestId('search-input').fill('Müller');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('/escaped');
});

test('a 413 capture says its SHA-256 is of the kept prefix, not of the whole body', async ({
  app,
  server,
}) => {
  await server.call('updateSettings', { receiverMaxBodyBytes: 100 * 1024 });
  try {
    expect(await send(server.receiverUrl, { path: '/too-big', body: Buffer.alloc(200 * 1024, 0x61) })).toBe(
      413,
    );
    await selectRow(app, '/too-big');
    await openTab(app, 'Overview');
    await expect(app.getByTestId('sha256-of-prefix')).toHaveText(
      'of the first 65,536 bytes kept, not of the whole 204,800 bytes body',
    );
  } finally {
    await server.call('updateSettings', { receiverMaxBodyBytes: 25 * 1024 * 1024 });
  }
});

test('the hex view shows the bytes of a binary body', async ({ app, server }) => {
  const bytes = Buffer.from([
    0x00, 0x01, 0x02, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42, 0x43, 0x7f,
    0x80,
  ]);
  await send(server.receiverUrl, {
    path: '/upload.bin',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  await selectRow(app, '/upload.bin');
  await openTab(app, 'Body');
  // Binary bodies open in hex by default.
  const hex = app.getByTestId('hex-rows');
  await expect(hex).toBeVisible();
  const lines = await hex.getByTestId('virtual-row').allTextContents();
  expect(lines[0]).toContain('00000000');
  expect(lines[0]).toContain('00 01 02 ff fe 89 50 4e  47 0d 0a 1a 0a 41 42 43');
  expect(lines[0]).toContain('.....PNG....ABC');
  expect(lines[1]).toContain('00000010');
  expect(lines[1]).toContain('7f 80');
});

test('a gzip body shows decoded, with the wire bytes one click away', async ({ app, server }) => {
  const text = JSON.stringify({ compressed: true, message: 'hello from gzip' });
  await send(server.receiverUrl, {
    path: '/gz',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: gzipSync(text),
  });
  await selectRow(app, '/gz');
  await openTab(app, 'Body');
  await expect(app.getByTestId('json-tree')).toContainText('"hello from gzip"');
  await app.getByRole('group', { name: 'Body bytes' }).getByRole('button', { name: 'Wire bytes' }).click();
  await expect(app.getByTestId('hex-rows').getByTestId('virtual-row').first()).toContainText('1f 8b 08');
});

test('deflate (zlib or raw) and brotli bodies show decoded', async ({ app, server }) => {
  const json = { type: 'application/json' };
  await send(server.receiverUrl, {
    path: '/zlib',
    headers: { 'content-type': json.type, 'content-encoding': 'deflate' },
    body: deflateSync('{"via":"zlib"}'),
  });
  await send(server.receiverUrl, {
    path: '/raw-deflate',
    headers: { 'content-type': json.type, 'content-encoding': 'deflate' },
    body: deflateRawSync('{"via":"raw"}'),
  });
  await send(server.receiverUrl, {
    path: '/brotli',
    headers: { 'content-type': json.type, 'content-encoding': 'br' },
    body: brotliCompressSync('{"via":"br"}'),
  });

  await selectRow(app, '/zlib');
  await openTab(app, 'Body');
  await expect(app.getByTestId('json-tree')).toContainText('"zlib"');
  await selectRow(app, '/raw-deflate');
  await expect(app.getByTestId('json-tree')).toContainText('"raw"');

  // Chromium's DecompressionStream has no brotli: the core's decoded view covers it.
  await selectRow(app, '/brotli');
  await expect(app.getByTestId('json-tree')).toContainText('"br"');
});

test('live inserts keep the scroll position and the selection', async ({ app, server }) => {
  for (let i = 0; i < 60; i++) await send(server.receiverUrl, { path: `/bulk/${i}`, body: `n=${i}` });
  await expect(rowByPath(app, '/bulk/59')).toBeVisible();
  const list = app.getByTestId('capture-list');
  await list.evaluate((el) => (el.scrollTop = 600));
  const target = rowByPath(app, '/bulk/30');
  await target.click();
  const before = await target.boundingBox();

  // Counted from what the server holds now: the test is about five live inserts, not the total.
  const { captureCount } = await server.call<{ captureCount: number }>('getStatus');
  await expect(app.getByTestId('capture-count')).toContainText(`${captureCount} captures`);
  for (let i = 0; i < 5; i++) await send(server.receiverUrl, { path: `/late/${i}`, body: 'x' });
  await expect(app.getByTestId('capture-count')).toContainText(`${captureCount + 5} captures`);

  await expect(selectedRow(app)).toContainText('/bulk/30');
  const after = await target.boundingBox();
  expect(after?.y).toBe(before?.y);

  // At the top, new rows simply appear first.
  await list.evaluate((el) => (el.scrollTop = 0));
  await send(server.receiverUrl, { path: '/newest', body: 'x' });
  await expect(rows(app).first()).toContainText('/newest');
});

test('signer and payload family are two badges and two filters', async ({ app, server }) => {
  await send(server.receiverUrl, whatsappMessage);
  await send(server.receiverUrl, {
    path: '/webhooks/socialhook',
    headers: { 'content-type': 'application/json' },
    body: readFileSync('test/fixtures/payloads/socialhook-whatsapp.json'),
  });
  const wa = rowByPath(app, '/webhooks/whatsapp');
  const social = rowByPath(app, '/webhooks/socialhook');
  // Meta signs it; its body is a WhatsApp Cloud batch: two facts, two badges.
  await expect(wa.getByTestId('provider-badge')).toHaveText('meta');
  await expect(wa.getByTestId('family-badge')).toHaveText('whatsapp-cloud');
  // SocialHook is decoded but nobody Hookscope knows signs it: a family badge only.
  await expect(social.getByTestId('family-badge')).toHaveText('socialhook');
  await expect(social.getByTestId('provider-badge')).toHaveCount(0);

  await app.getByTestId('filter-payload-family').selectOption('socialhook');
  await expect(rows(app)).toHaveCount(1);
  await expect(social).toBeVisible();
  await app.getByTestId('filter-payload-family').selectOption('');
  await app.getByTestId('filter-provider').selectOption('meta');
  await expect(rows(app)).toHaveCount(1);
  await expect(wa).toBeVisible();
});
