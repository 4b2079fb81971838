// Locators and small actions shared by the specs, so each spec reads as the user's steps.
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const rows = (page: Page): Locator => page.getByTestId('capture-list').getByRole('option');

export const rowByPath = (page: Page, path: string): Locator =>
  rows(page).filter({ has: page.getByTestId('row-path').filter({ hasText: path }) });

/**
 * Selects a row as a user does, clicking its time column: a click on the row's centre can land on
 * its "duplicate of #N" marker, which selects the original instead.
 */
export async function selectRow(page: Page, path: string): Promise<void> {
  await rowByPath(page, path).first().getByTestId('row-time').click();
}

export async function openTab(page: Page, name: 'Overview' | 'Headers' | 'Body' | 'Query'): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

export async function pickBodyView(
  page: Page,
  view: 'Tree' | 'Pretty' | 'Raw' | 'Hex' | 'Form',
): Promise<void> {
  await page
    .getByRole('group', { name: 'Body view' })
    .getByRole('button', { name: view, exact: true })
    .click();
}

/** The text of the windowed text view, row by row (gutter excluded). */
export async function textViewLines(page: Page): Promise<string[]> {
  const region = page.getByTestId('text-rows');
  await expect(region).toBeVisible();
  return region.getByTestId('line-text').allTextContents();
}

export const selectedRow = (page: Page): Locator => rows(page).and(page.locator('[aria-selected="true"]'));

/**
 * Review screenshots of the page in both themes: test-results/<name>-light.png and -dark.png. The
 * theme follows the emulated OS scheme; the page is left light.
 */
export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({
      path: resolve(import.meta.dirname, '..', '..', '..', 'test-results', `${name}-${theme}.png`),
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
