// Small things a demanding user notices in the list and the detail pane: the duplicate badge opens
// the original (the rest of the row opens the row), imported captures are marked, a long path never
// hides the method badge, and a wide list never hides the detail tabs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { rowByPath, rows, screenshotBothThemes, selectRow, selectedRow } from './support/ui';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'payloads', name), 'utf8');

test('"duplicate of #N" opens #N, even when #N is not in the list; the rest of the row opens the row', async ({
  app,
  server,
}) => {
  const body = fixture('wa-text.json');
  const post = (path: string) =>
    send(server.receiverUrl, { path, headers: { 'content-type': 'application/json' }, body });
  await post('/wa/first');
  await post('/wa/again');
  const again = rowByPath(app, '/wa/again');
  const marker = again.getByTestId('dup-marker');
  await expect(marker).toBeVisible();
  const originalId = (await rowByPath(app, '/wa/first').getAttribute('data-capture-id'))!;
  const againId = (await again.getAttribute('data-capture-id'))!;

  await marker.click();
  await expect(app.getByTestId('capture-detail')).toHaveAttribute('data-capture-id', originalId);
  await expect(selectedRow(app)).toHaveAttribute('data-capture-id', originalId);
  for (const part of ['row-time', 'row-method', 'row-path', 'row-status', 'row-size']) {
    await selectRow(app, '/wa/first');
    await again.getByTestId(part).click();
    await expect(app.getByTestId('capture-detail'), part).toHaveAttribute('data-capture-id', againId);
  }

  // Only the redelivery is listed (path filter): the badge still opens the original.
  await app.getByRole('textbox', { name: /path/i }).fill('/wa/again');
  await expect(rows(app)).toHaveCount(1);
  await marker.click();
  await expect(app.getByTestId('capture-detail')).toHaveAttribute('data-capture-id', originalId);
});

test('imported captures are marked in the list', async ({ app, server }) => {
  const har = {
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: [
        {
          startedDateTime: '2026-11-20T10:00:00.000Z',
          time: 1,
          request: {
            method: 'POST',
            url: 'https://example.test/imported/hook',
            httpVersion: 'HTTP/1.1',
            headers: [{ name: 'Content-Type', value: 'application/json' }],
            queryString: [],
            cookies: [],
            headersSize: -1,
            bodySize: 7,
            postData: { mimeType: 'application/json', text: '{"a":1}' },
          },
          response: {
            status: 200,
            statusText: 'OK',
            httpVersion: 'HTTP/1.1',
            headers: [],
            cookies: [],
            content: { size: 0, mimeType: 'text/plain' },
            redirectURL: '',
            headersSize: -1,
            bodySize: 0,
          },
          cache: {},
          timings: { send: 0, wait: 1, receive: 0 },
        },
      ],
    },
  };
  await server.call('importHar', { har: JSON.stringify(har) });
  await send(server.receiverUrl, { path: '/live/hook', body: '{"a":2}' });
  await expect(rowByPath(app, '/imported/hook').getByTestId('row-origin')).toHaveText('imported');
  await expect(rowByPath(app, '/live/hook').getByTestId('row-origin')).toHaveCount(0);
});

test('a long path never hides the method badge; a wide list never hides the detail tabs', async ({
  app,
  server,
}) => {
  const long = `/webhooks/${'very-long-segment/'.repeat(30)}end?${'q=1&'.repeat(40)}`;
  await send(server.receiverUrl, { method: 'DELETE', path: long, body: '' });
  const row = rows(app).first();
  await row.click();
  const method = app.getByTestId('capture-detail').getByTestId('method-badge');
  await expect(method).toHaveText('DELETE');
  const box = (await method.boundingBox())!;
  expect(box.width).toBeGreaterThan(30);
  expect((await row.getByTestId('method-badge').boundingBox())!.width).toBeGreaterThan(30);

  // Drag the splitter far right: every tab stays reachable.
  const splitter = app.getByRole('separator', { name: 'Resize list' });
  const s = (await splitter.boundingBox())!;
  await app.mouse.move(s.x + 1, s.y + 100);
  await app.mouse.down();
  await app.mouse.move(1300, s.y + 100, { steps: 5 });
  await app.mouse.up();
  await screenshotBothThemes(app, 'list-wide');
  const detail = (await app.getByTestId('capture-detail').boundingBox())!;
  expect(detail.x + detail.width).toBeLessThanOrEqual(app.viewportSize()!.width + 1);
  // Nothing to scroll to: every tab, the path and the replay actions are inside the pane as shown.
  const inside = async (locator: ReturnType<typeof app.locator>, what: string) => {
    const b = (await locator.boundingBox())!;
    expect(b.width, `${what} has room`).toBeGreaterThan(20);
    expect(b.x + b.width, `${what} fits`).toBeLessThanOrEqual(detail.x + detail.width + 1);
  };
  await inside(app.getByTestId('request-path'), 'the path');
  await inside(app.getByTestId('copy-curl'), 'Copy as cURL');
  await inside(method, 'the method');
  const tabs = app.getByTestId('capture-detail').getByRole('tab');
  expect(await tabs.count()).toBeGreaterThanOrEqual(6);
  for (const tab of await tabs.all()) {
    await inside(tab, (await tab.textContent()) ?? 'a tab');
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
});
