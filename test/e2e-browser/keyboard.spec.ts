// Keyboard-first: navigate, open, search and back out without the mouse; clear-all confirms first.
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { rows, selectedRow } from './support/ui';

test.beforeEach(async ({ app, server }) => {
  for (const name of ['alpha', 'bravo', 'charlie']) {
    await send(server.receiverUrl, {
      path: `/kb/${name}`,
      headers: { 'content-type': 'application/json' },
      body: `{"name":"${name}"}`,
    });
  }
  await expect(rows(app)).toHaveCount(3);
});

test('arrow keys move the selection; Enter opens the detail; Esc goes back', async ({ app }) => {
  await app.keyboard.press('ArrowDown');
  await expect(selectedRow(app)).toContainText('/kb/charlie'); // newest first
  await expect(app.getByTestId('request-path')).toHaveText('/kb/charlie');

  await app.keyboard.press('ArrowDown');
  await expect(selectedRow(app)).toContainText('/kb/bravo');
  await app.keyboard.press('j');
  await expect(selectedRow(app)).toContainText('/kb/alpha');
  await app.keyboard.press('ArrowDown'); // stays on the last row
  await expect(selectedRow(app)).toContainText('/kb/alpha');
  await app.keyboard.press('ArrowUp');
  await expect(selectedRow(app)).toContainText('/kb/bravo');
  await expect(app.getByTestId('capture-list')).toBeFocused();

  await app.keyboard.press('Enter');
  await expect(app.getByTestId('capture-detail')).toBeFocused();
  // Arrow keys inside the detail do not move the list selection.
  await app.keyboard.press('ArrowDown');
  await expect(selectedRow(app)).toContainText('/kb/bravo');

  await app.keyboard.press('3');
  await expect(app.getByRole('tab', { name: /^Body/ })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('2');
  await expect(app.getByRole('tab', { name: /^Headers/ })).toHaveAttribute('aria-selected', 'true');

  await app.keyboard.press('Escape');
  await expect(app.getByTestId('capture-list')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(selectedRow(app)).toHaveCount(0);
});

test('/ and Ctrl+K focus the search; Esc and ↓ hand focus back to the list', async ({ app }) => {
  await app.keyboard.press('/');
  const search = app.getByTestId('search-input');
  await expect(search).toBeFocused();
  await app.keyboard.type('bravo');
  await expect(rows(app)).toHaveCount(1);
  await app.keyboard.press('ArrowDown');
  await expect(app.getByTestId('capture-list')).toBeFocused();
  await expect(selectedRow(app)).toContainText('/kb/bravo');

  await app.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await app.keyboard.press('Escape'); // first Esc clears the query
  await expect(search).toHaveValue('');
  await expect(rows(app)).toHaveCount(3);
  await app.keyboard.press('Escape'); // second Esc leaves the field
  await expect(app.getByTestId('capture-list')).toBeFocused();
});

test('clear all asks first: Cancel keeps everything, confirming deletes it all', async ({ app }) => {
  await app.getByTestId('clear-all').click();
  const dialog = app.getByRole('dialog', { name: 'Delete all captures?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('all 3 stored captures');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rows(app)).toHaveCount(3);

  await app.getByTestId('clear-all').click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows(app)).toHaveCount(3);

  await app.getByTestId('clear-all').click();
  await dialog.getByRole('button', { name: 'Delete all' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('empty-state')).toBeVisible();
});

test('? lists every shortcut with its keys; Esc closes it and typing "?" in the search does not', async ({
  app,
}) => {
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByTestId('shortcut-focusSearch')).toContainText('Search');
  await expect(help.getByTestId('shortcut-focusSearch').locator('kbd')).toContainText(['Ctrl', 'K', '/']);
  await expect(help.getByTestId('shortcut-clearCaptures').locator('kbd')).toHaveText(['Ctrl', 'Shift', '⌫']);
  await expect(help.getByTestId('shortcut-showShortcuts')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await app.keyboard.press('/');
  await app.keyboard.type('?');
  await expect(app.getByTestId('search-input')).toHaveValue('?');
  await expect(help).toBeHidden();
});
