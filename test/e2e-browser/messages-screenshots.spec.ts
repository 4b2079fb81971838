// Review pictures of the decoded-message UI (Messages tab, Overview digest, list rows, the
// Conversations view) in light and dark, from every payload fixture. Written to test-results/;
// doubles as a smoke test: every fixture must render without a page error.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { openTab, rows } from './support/ui';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const fixtures = resolve(repoRoot, 'test', 'fixtures', 'payloads');
const out = (name: string) => resolve(repoRoot, 'test-results', `messages-${name}.png`);

async function post(receiverUrl: string, file: string) {
  const body = readFileSync(resolve(fixtures, file));
  const form = file.endsWith('.form');
  await send(receiverUrl, {
    path: form
      ? '/webhooks/twilio'
      : file.startsWith('wa') && !file.startsWith('wasphere')
        ? '/webhooks/whatsapp'
        : `/webhooks/${file.split('-')[0]}`,
    headers: { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
    body,
  });
}

async function both(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out(`${name}-light`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: out(`${name}-dark`) });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
}

/** The list is virtualized: narrow it with the search, then pick the row by its summary. */
async function openBySearch(page: Page, query: string, summary: string) {
  await page.getByTestId('search-input').fill(query);
  const row = rows(page).filter({ hasText: summary }).first();
  await expect(row).toBeVisible();
  await row.click();
}

test('screenshots of the decoded-message UI', async ({ app, server }) => {
  test.setTimeout(90_000);
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.json') || f.endsWith('.form'));
  for (const file of files) await post(server.receiverUrl, file);
  await post(server.receiverUrl, 'wa-text.json'); // a redelivery
  await expect(app.getByTestId('capture-count')).toHaveText(`${files.length + 1} captures`);
  await app.setViewportSize({ width: 1440, height: 900 });

  await openBySearch(app, 'paquete', 'Foto del paquete');
  await expect(app.getByTestId('messages-tab')).toBeVisible();
  await both(app, 'media');

  await openBySearch(app, 'primero', 'Bob Okafor: primero');
  await both(app, 'batch');

  await openBySearch(app, 'c5f1e2a9b3d4', '✓ Sent → Ana Silva');
  await both(app, 'statuses');

  await openBySearch(app, 'confirm_yes', 'Sí, confirmar');
  await both(app, 'interactive');

  await openBySearch(app, 'Tienen', '¿y esto?');
  await both(app, 'context-referral');

  await openBySearch(app, 'STOP_PROMOS', 'Dejar de recibir');
  await both(app, 'order');

  await openBySearch(app, 'hologram', 'Unsupported (pin)');
  await both(app, 'unsupported');

  await openBySearch(app, 'Obelisco', 'Obelisco — Av. 9 de Julio s/n, Buenos');
  await both(app, 'location');

  await openTab(app, 'Overview');
  await both(app, 'overview');

  await app.getByTestId('search-input').fill('');
  await app.getByRole('tab', { name: 'Conversations' }).click();
  await app
    .getByTestId('thread-list')
    .getByRole('button', { name: /Ana Silva/ })
    .first()
    .click();
  await expect(app.getByTestId('thread-view')).toBeVisible();
  await both(app, 'conversations');
  await app
    .getByTestId('thread-view')
    .getByTestId('chat-scroll')
    .evaluate((el) => (el.scrollTop = 0));
  await both(app, 'conversations-top');
  await app
    .getByTestId('thread-list')
    .getByRole('button', { name: /Bob Okafor/ })
    .first()
    .click();
  await both(app, 'conversations-bob');
});
