// Big data stays smooth: a 10 MB JSON body opens with its big nodes collapsed and only visible
// rows in the DOM; a long history pages in older captures as you scroll.
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { openTab, pickBodyView, rows, selectRow } from './support/ui';

test('a 10 MB JSON body opens windowed, with big nodes collapsed', async ({ app, server }) => {
  const items = Array.from({ length: 84_000 }, (_, i) => ({
    id: `msg_${i}`,
    from: `+1555${String(i).padStart(7, '0')}`,
    text: `message number ${i} with some padding to make it realistic`,
    ts: 1763884801 + i,
  }));
  const body = JSON.stringify({ object: 'bulk', meta: { count: items.length }, items });
  expect(body.length).toBeGreaterThan(10 * 1024 * 1024 * 0.95);
  await send(server.receiverUrl, {
    path: '/big.json',
    headers: { 'content-type': 'application/json' },
    body,
  });

  await selectRow(app, '/big.json');
  await openTab(app, 'Body');
  const tree = app.getByTestId('json-tree');
  await expect(tree).toBeVisible({ timeout: 15_000 });
  const itemsRow = tree.getByTestId('json-row').filter({ hasText: '"items"' });
  await expect(itemsRow).toContainText('84000 items');
  await expect(itemsRow).toHaveAttribute('data-kind', 'collapsed');
  expect(await tree.getByTestId('virtual-row').count()).toBeLessThan(100);

  // Expanding the huge array still renders only a window of rows.
  await itemsRow.click();
  const first = tree.getByTestId('json-row').filter({ hasText: /^▸0: / });
  await expect(first).toContainText('4 keys');
  await first.click();
  await expect(tree).toContainText('"msg_0"');
  expect(await tree.getByTestId('virtual-row').count()).toBeLessThan(150);

  // Raw text (one 10 MB line) and hex are windowed too.
  await pickBodyView(app, 'Raw');
  await expect(app.getByTestId('text-rows').getByTestId('virtual-row').first()).toContainText(
    '{"object":"bulk"',
  );
  expect(await app.getByTestId('text-rows').getByTestId('virtual-row').count()).toBeLessThan(150);
  await pickBodyView(app, 'Hex');
  await expect(app.getByTestId('hex-rows').getByTestId('virtual-row').first()).toContainText('7b 22 6f 62');
  expect(await app.getByTestId('hex-rows').getByTestId('virtual-row').count()).toBeLessThan(150);

  // The window is still responsive: the tabs switch at once.
  await openTab(app, 'Headers');
  await expect(app.getByTestId('request-headers')).toBeVisible();
});

test('older pages load as you scroll to the end of a long history', async ({ app, server }) => {
  const total = 450; // more than two pages of 200
  await Promise.all(
    Array.from({ length: total }, (_, i) =>
      send(server.receiverUrl, { path: `/page/${i}`, body: String(i) }),
    ),
  );
  await app.reload();
  await expect(app.getByTestId('capture-count')).toContainText(`${total} captures`);
  const list = app.getByTestId('capture-list');
  // Scroll to the end repeatedly; each time, the next older page should be fetched.
  await expect(async () => {
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(rows(app).last()).toContainText(/\/page\/\d+/);
    expect(await list.evaluate((el) => el.scrollHeight / 30)).toBeGreaterThanOrEqual(total);
  }).toPass({ timeout: 10_000 });
  // Only a window of rows exists in the DOM.
  expect(await rows(app).count()).toBeLessThan(80);
});
