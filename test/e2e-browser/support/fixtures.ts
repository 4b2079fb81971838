// Shared fixtures for the browser suite: one headless server per worker (a fresh data dir, free
// ports) and a page opened on the inspector URL with its #token fragment. The worker outlives a test
// file, so every test starts from no captures, no forward targets and no response rules: a test that
// fails half-way must not leave a target or a rule that changes what the next file sees.
import { test as base, expect, type Page } from '@playwright/test';
import { startHeadless, type HeadlessServer } from '../../helpers/headless-server';

type WorkerFixtures = { server: HeadlessServer };
type TestFixtures = { app: Page };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const server = await startHeadless();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, server }, use) => {
    await server.call('setForwardSettings', { paused: false, targets: [] });
    await server.call('setResponseRules', { rules: [] });
    await server.call('clearCaptures');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.inspectorUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
