// Payloads are hostile by default. An XSS corpus in the body, headers, path, query and JSON keys
// must render as literal text, execute nothing, and an RTL override must not flip the UI.
import { expect, test } from './support/fixtures';
import { sendRaw } from './support/send';
import { openTab, pickBodyView, rows } from './support/ui';

const img = '<img src=x onerror=window.__pwned=1>';
const script = '<script>window.__pwned=1</script>';
const jsUrl = 'javascript:window.__pwned=1';
const rlo = '\u202E';

test('an XSS corpus renders literally and executes nothing', async ({ app, server }) => {
  const body = JSON.stringify({
    [img]: script,
    [script]: { href: jsUrl, [`${rlo}evil`]: `${rlo}fdp.exe` },
    html: `<a href="${jsUrl}">click</a><svg onload=window.__pwned=1>`,
  });
  const path = `/xss/${script}?q=${encodeURIComponent(img)}&r=${encodeURIComponent(`${rlo}cod.exe`)}`;
  const status = await sendRaw(server.receiverUrl, {
    path,
    headers: [
      ['Content-Type', 'application/json'],
      ['X-Img', img],
      ['X-Script', script],
      ['X-Link', jsUrl],
      ['X-Rtl', `${rlo}rtl header`],
    ],
    body,
  });
  expect(status).toBe(200);

  const row = rows(app).first();
  await expect(row).toContainText(`/xss/${script}`);
  await row.click();

  // Header line of the detail shows the path literally.
  await expect(app.getByTestId('request-path')).toHaveText(path);

  await openTab(app, 'Headers');
  const headers = app.getByTestId('request-headers');
  await expect(headers).toContainText(img);
  await expect(headers).toContainText(script);
  await expect(headers).toContainText(jsUrl);

  await openTab(app, 'Query');
  const query = app.getByRole('table', { name: 'Query parameters' });
  await expect(query).toContainText(img);
  // The override is shown as a visible marker, not applied.
  await expect(query.locator('.ctl-marker', { hasText: 'U+202E' })).toBeVisible();

  await openTab(app, 'Body');
  const tree = app.getByTestId('json-tree');
  await expect(tree).toContainText(JSON.stringify(img));
  await expect(tree).toContainText(JSON.stringify(script));
  await expect(tree).toContainText(JSON.stringify(jsUrl));
  await expect(tree.locator('.ctl-marker', { hasText: 'U+202E' }).first()).toBeVisible();

  await pickBodyView(app, 'Raw');
  await expect(app.getByTestId('text-rows')).toContainText(img);
  await pickBodyView(app, 'Pretty');
  await expect(app.getByTestId('text-rows')).toContainText(script);
  await pickBodyView(app, 'Hex');
  await expect(app.getByTestId('hex-rows')).toBeVisible();
  await openTab(app, 'Overview');

  // Nothing ran, nothing was parsed as markup.
  expect(await app.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(app.locator('img')).toHaveCount(0);
  await expect(app.locator('svg[onload]')).toHaveCount(0);
  await expect(app.locator('script')).toHaveCount(1); // the app's own bundle
  await expect(app.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(await app.evaluate(() => document.querySelectorAll('[onerror],[onload],[onclick]').length)).toBe(0);
});

test('an RTL override in a payload cannot reorder the UI around it', async ({ app, server }) => {
  // A raw U+202E (as UTF-8) in a header and in the body; the request line only allows it encoded.
  await sendRaw(server.receiverUrl, {
    path: `/rtl/${encodeURIComponent(rlo)}gnp.exe`,
    headers: [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['X-Rtl', `${rlo}evil`],
    ],
    body: `${rlo}This line was reversed, 200 OK`,
  });
  const row = rows(app).first();
  await expect(row).toBeVisible();
  // Columns keep their order: time, method, path … status, size, left to right.
  const time = await row.getByTestId('row-time').boundingBox();
  const path = await row.getByTestId('row-path').boundingBox();
  const size = await row.getByTestId('row-size').boundingBox();
  expect(time!.x).toBeLessThan(path!.x);
  expect(path!.x).toBeLessThan(size!.x);
  // Every payload string is a bidi-isolated element.
  await expect(row.locator('bdi[dir="auto"][data-testid="row-path"]')).toHaveCount(1);

  await row.click();
  await openTab(app, 'Body');
  const text = app.getByTestId('text-rows');
  await expect(text.locator('.ctl-marker', { hasText: 'U+202E' })).toBeVisible();
  await expect(text).toContainText('This line was reversed, 200 OK');
  expect(
    await app.evaluate(
      () => getComputedStyle(document.querySelector('[data-testid="line-text"]')!).unicodeBidi,
    ),
  ).toBe('isolate');
});
