// The browser's event link: when the WebSocket drops the UI says so, retries with backoff, and on
// reconnect fetches what it missed. A page without a token explains how to get one.
import type { WebSocketRoute } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { rowByPath } from './support/ui';

test('a dropped event stream shows "Disconnected", reconnects, and catches up', async ({ page, server }) => {
  await server.call('clearCaptures');
  let allow = true;
  let live: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/api\/events/, (ws) => {
    if (!allow) {
      void ws.close({ code: 1013, reason: 'try again later' });
      return;
    }
    ws.connectToServer();
    live = ws;
  });
  await page.goto(server.inspectorUrl);
  const indicator = page.getByTestId('connection');
  await expect(indicator).toHaveAttribute('data-state', 'live');

  allow = false;
  await live!.close({ code: 1006 });
  await expect(indicator).toHaveAttribute('data-state', 'reconnecting');
  await expect(indicator).toHaveText('Disconnected');

  // Arrives while the UI cannot hear about it.
  await send(server.receiverUrl, { path: '/while-away', body: 'missed event' });

  allow = true;
  await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
  await expect(rowByPath(page, '/while-away')).toBeVisible();
});

test('without a token the page explains where to find the link', async ({ page, server }) => {
  await page.goto(new URL('/', server.inspectorUrl).toString());
  await expect(page.getByRole('heading', { name: 'Hookscope needs its access link' })).toBeVisible();
});

test('a refused token is reported, not retried silently', async ({ page, server }) => {
  let attempts = 0;
  page.on('websocket', () => attempts++);
  await page.clock.install();
  await page.goto(new URL('/#token=not-the-right-token-at-all', server.inspectorUrl).toString());
  await expect(page.getByTestId('token-gate')).toContainText('This access link has expired');
  const settled = attempts;
  await page.clock.runFor(60_000); // far past every backoff step: no new attempt may start
  expect(attempts).toBe(settled);
});
