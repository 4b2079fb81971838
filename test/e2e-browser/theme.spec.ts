// Light and dark themes follow the OS; the toggle (or Ctrl+Shift+L) pins one, and a second click
// goes back to following the OS.
import { expect, test } from './support/fixtures';

test('the theme follows the OS until the user pins one', async ({ app }) => {
  const html = app.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = await app.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');

  const toggle = app.getByTestId('theme-toggle');
  await toggle.click(); // pin the opposite of the OS
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('data-preference', 'light');
  await app.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');

  await app.getByTestId('theme-toggle').click(); // back to the OS
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(app.getByTestId('theme-toggle')).toHaveAttribute('data-preference', 'system');

  await app.keyboard.press('Control+Shift+L');
  await expect(html).toHaveAttribute('data-theme', 'light');
});
