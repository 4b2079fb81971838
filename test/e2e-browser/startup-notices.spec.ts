// A settings.json that could not be read is moved aside at start-up; the UI says so, with the
// paths, instead of silently showing default settings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHeadless } from '../helpers/headless-server';

test('a corrupt settings.json is reported in a banner with where it was moved', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-e2e-notice-'));
  writeFileSync(join(dataDir, 'settings.json'), '{"metaVerifyToken": "unterminated');
  const server = await startHeadless({ dataDir, keepDataDir: true });
  try {
    await page.goto(`${server.inspectorUrl}`);
    const banner = page.getByTestId('startup-notices');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(join(dataDir, 'settings.json'));
    await expect(banner).toContainText('settings.json.corrupt-');
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
