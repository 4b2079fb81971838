// Makes docs/screenshot.png (the README image) from real captures of real-looking webhooks, and a
// dark-theme twin in test-results/ for review. Doubles as a smoke test of the populated UI.
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import {
  githubPush,
  metaHandshake,
  shopifyOrder,
  stripeEvent,
  twilioSms,
  whatsappMessage,
  whatsappStatus,
} from './support/sample-webhooks';
import { openTab, rowByPath, rows, selectRow } from './support/ui';

const repoRoot = resolve(import.meta.dirname, '..', '..');

test('screenshot of the inspector with real-looking captures', async ({ app, server }) => {
  for (const request of [
    metaHandshake,
    shopifyOrder,
    twilioSms,
    githubPush,
    stripeEvent,
    whatsappStatus,
    whatsappMessage,
  ]) {
    await send(server.receiverUrl, request);
  }
  await expect(rows(app)).toHaveCount(7);

  // Let background analysis (provider, verdict, summary) land, when the core provides it; the
  // picture is still worth taking without it.
  await expect(app.getByTestId('provider-badge'))
    .toHaveCount(7, { timeout: 3000 })
    .catch(() => undefined);

  await app.setViewportSize({ width: 1440, height: 860 });
  const row = rowByPath(app, '/webhooks/whatsapp').first();
  await row.click();
  await openTab(app, 'Body');
  await expect(app.getByTestId('json-tree')).toContainText('Meu pedido #4521');
  await app.getByTestId('capture-list').focus();
  await app.mouse.move(0, 0);

  await app.screenshot({ path: resolve(repoRoot, 'docs/screenshot.png') });

  await app.emulateMedia({ colorScheme: 'dark' });
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.screenshot({ path: resolve(repoRoot, 'test-results/screenshot-dark.png') });

  // And the Stripe event's overview, in both themes, for review.
  await selectRow(app, '/webhooks/stripe');
  await openTab(app, 'Overview');
  await app.screenshot({ path: resolve(repoRoot, 'test-results/screenshot-overview-dark.png') });
  await app.emulateMedia({ colorScheme: 'light' });
  await openTab(app, 'Headers');
  await app.screenshot({ path: resolve(repoRoot, 'test-results/screenshot-headers-light.png') });
});
