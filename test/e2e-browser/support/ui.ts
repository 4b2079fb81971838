// Locators and small actions shared by the specs, so each spec reads as the user's steps.
import { expect, type Locator, type Page } from '@playwright/test';

export const rows = (page: Page): Locator => page.getByTestId('capture-list').getByRole('option');

export const rowByPath = (page: Page, path: string): Locator =>
  rows(page).filter({ has: page.locator('.path-text', { hasText: path }) });

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
  const region = page.locator('.body-view .text-rows');
  await expect(region).toBeVisible();
  return region.locator('.vrow .tx').allTextContents();
}

export const selectedRow = (page: Page): Locator => rows(page).and(page.locator('[aria-selected="true"]'));
