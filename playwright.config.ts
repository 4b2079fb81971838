// Browser e2e (the real UI against `out/main/headless.js`) and the Electron smoke suite.
// Chromium comes from the system (/usr/bin/chromium): tests never download browsers.
// Run `npm run build` first — both projects drive the built app in out/.
import { defineConfig } from '@playwright/test';

const chromium = process.env.HOOKSCOPE_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results/playwright-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  projects: [
    {
      name: 'browser',
      testDir: 'test/e2e-browser',
      use: {
        browserName: 'chromium',
        viewport: { width: 1360, height: 820 },
        deviceScaleFactor: 1,
        colorScheme: 'light',
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
        launchOptions: {
          executablePath: chromium,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
});
