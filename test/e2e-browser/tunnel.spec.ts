// The tunnel UI against the real headless server with a scripted fake ngrok (HOOKSCOPE_FAKE_NGROK:
// no internet here). Each fake script gets its own server (started on first use, one per worker),
// so a describe block that sets `fakeNgrok` runs against a fresh server and data dir.
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startHeadless, type HeadlessServer } from '../helpers/headless-server';
import { send } from './support/send';

const PUBLIC_URL = 'https://e2e.ngrok.test';
const repoRoot = resolve(import.meta.dirname, '..', '..');

type WorkerFixtures = { servers: Map<string, HeadlessServer> };
type TestFixtures = { fakeNgrok: string; server: HeadlessServer; app: Page };

const test = base.extend<TestFixtures, WorkerFixtures>({
  servers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const servers = new Map<string, HeadlessServer>();
      await use(servers);
      await Promise.all([...servers.values()].map((s) => s.stop()));
    },
    { scope: 'worker' },
  ],
  fakeNgrok: [`online:${PUBLIC_URL}`, { option: true }],
  server: async ({ fakeNgrok, servers }, use) => {
    let server = servers.get(fakeNgrok);
    if (!server) {
      server = await startHeadless({ env: { HOOKSCOPE_FAKE_NGROK: fakeNgrok } });
      servers.set(fakeNgrok, server);
    }
    await use(server);
  },
  app: async ({ page, server }, use) => {
    await server.call('stopTunnel');
    await server.call('clearCaptures');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.inspectorUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    await expect(tunnel(page)).toHaveAttribute('data-state', 'stopped');
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const tunnel = (page: Page) => page.getByTestId('tunnel');
const toggle = (page: Page) => page.getByRole('switch', { name: 'Public tunnel' });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Everything the page could leak a secret through: the serialized DOM, field values, storage. */
async function pageText(page: Page): Promise<string> {
  const html = await page.content();
  const extra = await page.evaluate(() =>
    JSON.stringify({
      values: Array.from(
        document.querySelectorAll('input, textarea'),
        (el) => (el as HTMLInputElement).value,
      ),
      text: document.body.innerText,
      local: { ...localStorage },
      session: { ...sessionStorage },
    }),
  );
  return html + extra;
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Tunnel settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tunnel settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('with ngrok online', () => {
  test('starting shows the public URL in the top bar, the copy buttons copy it, stopping returns to stopped', async ({
    app,
    server,
  }) => {
    // An authtoken and a path hint remembered from an earlier run (set through the API).
    await server.call('startTunnel', { authtoken: 'api-set-token-0001', pathHint: '/webhooks/whatsapp' });
    await server.call('stopTunnel');
    await app.reload();
    await expect(tunnel(app)).toHaveAttribute('data-state', 'stopped');
    await expect(toggle(app)).toHaveAttribute('aria-checked', 'false');
    await expect(tunnel(app)).toContainText('Tunnel off');

    await toggle(app).click();
    await expect(tunnel(app)).toHaveAttribute('data-state', 'online');
    await expect(toggle(app)).toHaveAttribute('aria-checked', 'true');
    await expect(app.getByTestId('tunnel-url')).toHaveText(PUBLIC_URL);

    await tunnel(app).getByRole('button', { name: 'Copy public URL' }).click();
    await expect(tunnel(app).getByRole('button', { name: 'Copy public URL' })).toHaveAttribute(
      'data-state',
      'copied',
    );
    expect(await clipboard(app)).toBe(PUBLIC_URL);

    const copyWebhook = tunnel(app).getByRole('button', { name: 'Copy webhook URL' });
    await expect(copyWebhook).toContainText('/webhooks/whatsapp');
    await copyWebhook.click();
    await expect(copyWebhook).toHaveAttribute('data-state', 'copied');
    expect(await clipboard(app)).toBe(`${PUBLIC_URL}/webhooks/whatsapp`);

    // The core agrees with what the top bar shows.
    expect(await server.call('getStatus')).toMatchObject({ publicUrl: PUBLIC_URL });

    await toggle(app).click();
    await expect(tunnel(app)).toHaveAttribute('data-state', 'stopped');
    await expect(toggle(app)).toHaveAttribute('aria-checked', 'false');
    await expect(app.getByTestId('tunnel-url')).toHaveCount(0);
    await expect(tunnel(app)).toContainText('Tunnel off');
    expect(await server.call('getTunnel')).toEqual({ state: 'stopped' });
  });

  test('the authtoken typed in the settings dialog is masked and never appears in the DOM afterwards', async ({
    app,
    server,
  }) => {
    const secret = 'e2e-typed-authtoken-7f3a9c1d2b';
    const dialog = await openSettings(app);
    const tokenInput = dialog.getByLabel('ngrok authtoken');
    await expect(tokenInput).toHaveAttribute('type', 'password');
    await expect(dialog).toContainText('dashboard.ngrok.com → Your Authtoken');
    await tokenInput.fill(secret);
    // The leak check below would see a token still sitting in a field (it is not vacuous).
    expect(await pageText(app)).toContain(secret);
    await dialog.getByLabel(/Webhook path/).fill('hooks/meta');
    await dialog.getByLabel('Start the tunnel when Hookscope launches').check();
    await dialog.getByRole('button', { name: /^Save and (re)?start tunnel$/ }).click();
    await expect(dialog).toBeHidden();

    await expect(tunnel(app)).toHaveAttribute('data-state', 'online');
    await expect(tunnel(app).getByRole('button', { name: 'Copy webhook URL' })).toContainText('/hooks/meta');
    const settings = await server.call<Record<string, unknown>>('getSettings');
    expect(settings).toMatchObject({ tunnelPathHint: '/hooks/meta', tunnelStartOnLaunch: true });
    expect(JSON.stringify(settings)).not.toContain(secret);
    expect(await server.call('getStatus')).toMatchObject({ ngrokAuthtokenConfigured: true });

    expect(await pageText(app)).not.toContain(secret);

    // Reopened: "configured", an empty password field, still no token anywhere.
    const again = await openSettings(app);
    await expect(again.getByTestId('authtoken-configured')).toHaveText('Configured');
    await expect(again.getByLabel('ngrok authtoken')).toHaveValue('');
    await expect(again.getByLabel(/Webhook path/)).toHaveValue('/hooks/meta');
    await expect(again.getByLabel('Start the tunnel when Hookscope launches')).toBeChecked();
    expect(await pageText(app)).not.toContain(secret);

    // Leave the launch setting as it was for the other tests.
    await again.getByLabel('Start the tunnel when Hookscope launches').uncheck();
    await again.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(again).toBeHidden();
    expect(await server.call('getSettings')).toMatchObject({ tunnelStartOnLaunch: false });
  });

  test('invalid settings are caught in the dialog before anything is saved', async ({ app, server }) => {
    const dialog = await openSettings(app);
    await dialog.getByLabel(/Reserved domain/).fill('not a domain');
    await dialog.getByLabel(/Webhook path/).fill('/with space');
    await dialog.getByLabel('ngrok authtoken').fill('two words');
    await dialog.getByRole('button', { name: /^Save/ }).click();
    await expect(dialog).toContainText('Enter a domain like your-name.ngrok-free.app');
    await expect(dialog).toContainText('Enter a path like /webhook (no spaces)');
    // The authtoken is checked with startTunnel's rule, under its field; no tunnel is started.
    await expect(dialog.getByLabel('ngrok authtoken')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toContainText('An authtoken has no spaces');
    await expect(dialog).toBeVisible();
    expect(await server.call('getSettings')).toMatchObject({ tunnelDomain: null });
    expect(await server.call('getTunnel')).toEqual({ state: 'stopped' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  test('Connect WhatsApp: callback URL, a verify token saved only when the user saves it, and a live tick when Meta verifies', async ({
    app,
    server,
  }) => {
    await server.call('updateSettings', { metaVerifyToken: null, tunnelPathHint: '/webhooks/whatsapp' });
    await server.call('startTunnel', { authtoken: 'api-set-token-0002' });
    await expect(tunnel(app)).toHaveAttribute('data-state', 'online');

    await app.getByRole('button', { name: 'Connect WhatsApp' }).click();
    const dialog = app.getByRole('dialog', { name: 'Connect WhatsApp' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('wa-callback')).toContainText(`${PUBLIC_URL}/webhooks/whatsapp`);

    // A token is suggested, but opening the dialog saves nothing: the user's own token (already
    // typed into Meta's dashboard) still gets Meta's check answered.
    const tick = dialog.getByTestId('wa-tick');
    await expect(tick).toHaveAttribute('data-state', 'waiting');
    const field = dialog.getByRole('textbox', { name: 'Verify token' });
    await expect(field).toHaveValue(/^hookscope-[0-9a-f]{32}$/);
    await expect(dialog.getByTestId('wa-token-state')).toContainText('Not saved');
    expect(await server.call('getSettings')).toMatchObject({ metaVerifyToken: null });
    const own = await fetch(
      new URL(
        '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=my-own-token&hub.challenge=41',
        server.receiverUrl,
      ),
    );
    expect(own.status).toBe(200);
    expect(await own.text()).toBe('41');
    await expect(tick).toHaveAttribute('data-state', 'verified');

    // The token is the user's to choose; copy gives what the field shows; Save stores it.
    const token = 'my-own-token';
    await field.fill('has spaces');
    await dialog.getByTestId('wa-save-token').click();
    await expect(dialog.getByTestId('wa-token-state')).toContainText('No spaces');
    expect(await server.call('getSettings')).toMatchObject({ metaVerifyToken: null });
    await field.fill(token);
    await dialog.getByRole('button', { name: 'Copy verify token' }).click();
    expect(await clipboard(app)).toBe(token);
    await dialog.getByTestId('wa-save-token').click();
    await expect(dialog.getByTestId('wa-token-state')).toHaveAttribute('data-saved', 'yes');
    await expect(dialog.getByTestId('wa-token-state')).toContainText('Saved');
    expect(await server.call('getSettings')).toMatchObject({ metaVerifyToken: token });
    await dialog.getByRole('button', { name: 'Copy callback URL' }).click();
    expect(await clipboard(app)).toBe(`${PUBLIC_URL}/webhooks/whatsapp`);

    // From the next opening on, only the saved token is answered.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    await app.getByRole('button', { name: 'Connect WhatsApp' }).click();
    await expect(tick).toHaveAttribute('data-state', 'waiting');
    await expect(field).toHaveValue(token);

    // A wrong token is answered 403: shown, not ticked.
    const wrong = await send(server.receiverUrl, {
      method: 'GET',
      path: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=999',
    });
    expect(wrong).toBe(403);
    await expect(tick).toHaveAttribute('data-state', 'refused');
    await expect(tick).toContainText('answered 403');

    // Meta's real verification GET: answered 200 with the challenge, and the tick turns green.
    const res = await fetch(
      new URL(
        `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=123`,
        server.receiverUrl,
      ),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('123');
    await expect(tick).toHaveAttribute('data-state', 'verified');
    await expect(tick).toContainText('Verified');

    // An edit left unsaved changes nothing; reopening shows the saved token.
    await field.fill('typed-but-not-saved');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    expect(await server.call('getSettings')).toMatchObject({ metaVerifyToken: token });
    await app.getByRole('button', { name: 'Connect WhatsApp' }).click();
    await expect(field).toHaveValue(token);
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('Connect WhatsApp with the tunnel off offers to start it', async ({ app, server }) => {
    await server.call('startTunnel', { authtoken: 'api-set-token-0003' });
    await server.call('stopTunnel');
    await app.getByRole('button', { name: 'Connect WhatsApp' }).click();
    const dialog = app.getByRole('dialog', { name: 'Connect WhatsApp' });
    await expect(dialog.getByTestId('wa-callback')).toContainText('start the tunnel first');
    await dialog.getByRole('button', { name: 'Start tunnel' }).click();
    await expect(dialog.getByTestId('wa-callback')).toContainText(PUBLIC_URL);
    await expect(tunnel(app)).toHaveAttribute('data-state', 'online');
  });
});

test.describe('with no authtoken stored yet', () => {
  test.use({ fakeNgrok: 'online:https://never-started.ngrok.test' });

  test('the switch opens the settings (authtoken field focused) instead of failing', async ({ app }) => {
    await toggle(app).click();
    const dialog = app.getByRole('dialog', { name: 'Tunnel settings' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('authtoken-missing')).toHaveText('Not set');
    await expect(dialog.getByLabel('ngrok authtoken')).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(tunnel(app)).toHaveAttribute('data-state', 'stopped');
  });
});

test.describe('with ngrok rejecting the authtoken (ERR_NGROK_105)', () => {
  test.use({ fakeNgrok: 'fail:ERR_NGROK_105' });

  test('the invalid-authtoken error is shown inline with its fix', async ({ app, server }) => {
    const secret = 'e2e-bad-authtoken-0c9e44';
    const dialog = await openSettings(app);
    await dialog.getByLabel('ngrok authtoken').fill(secret);
    await dialog.getByRole('button', { name: 'Save and start tunnel' }).click();
    await expect(dialog).toBeHidden();

    await expect(tunnel(app)).toHaveAttribute('data-state', 'error');
    await expect(toggle(app)).toHaveAttribute('aria-checked', 'false');
    const error = app.getByTestId('tunnel-error');
    await expect(error).toBeVisible();
    await expect(error).toHaveAttribute('data-code', 'invalid_authtoken');
    await expect(error.getByTestId('tunnel-error-message')).toHaveText(
      'ngrok rejected the authtoken (ERR_NGROK_105).',
    );
    await expect(error.getByTestId('tunnel-error-fix')).toContainText(
      'Copy the authtoken from dashboard.ngrok.com → Your Authtoken and paste it again in the tunnel settings',
    );
    expect(await pageText(app)).not.toContain(secret);

    // Dismissed, it stays reachable from the top bar; "Try again" fails the same way.
    await error.getByRole('button', { name: 'Dismiss tunnel error' }).click();
    await expect(error).toBeHidden();
    await tunnel(app).getByRole('button', { name: 'Tunnel error' }).click();
    await expect(error).toBeVisible();
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect(tunnel(app)).toHaveAttribute('data-state', 'error');
    await expect(error).toHaveAttribute('data-code', 'invalid_authtoken');

    // The callout leads to the settings, where the token shows as configured (never its value).
    await error.getByRole('button', { name: 'Paste authtoken…' }).click();
    const again = app.getByRole('dialog', { name: 'Tunnel settings' });
    await expect(again.getByTestId('authtoken-configured')).toBeVisible();
    expect(await pageText(app)).not.toContain(secret);
    await again.getByRole('button', { name: 'Cancel' }).click();

    // Stopping from the error state is clean.
    await server.call('stopTunnel');
    await expect(tunnel(app)).toHaveAttribute('data-state', 'stopped');
    await expect(error).toHaveCount(0);
  });

  test('the error box closes with Esc or a click elsewhere, never covers a dialog, and stays closed after a reload until the state changes', async ({
    app,
    server,
  }) => {
    await server.call('startTunnel', { authtoken: 'e2e-bad-authtoken-77' }).catch(() => undefined);
    const error = app.getByTestId('tunnel-error');
    await expect(error).toBeVisible();

    await app.keyboard.press('Escape');
    await expect(error).toBeHidden();
    await tunnel(app).getByRole('button', { name: 'Tunnel error' }).click();
    await expect(error).toBeVisible();
    await app.locator('main').click({ position: { x: 300, y: 400 } });
    await expect(error).toBeHidden();

    // A dialog opened while the box is up: the box gets out of the way.
    await tunnel(app).getByRole('button', { name: 'Tunnel error' }).click();
    await expect(error).toBeVisible();
    await app.getByTestId('open-settings').click();
    await expect(app.getByTestId('settings-dialog')).toBeVisible();
    await expect(error).toBeHidden();
    await app.keyboard.press('Escape');

    // Closed stays closed after a reload, for the same error.
    await app.reload();
    await expect(tunnel(app)).toHaveAttribute('data-state', 'error');
    await expect(tunnel(app).getByRole('button', { name: 'Tunnel error' })).toBeVisible();
    await expect(error).toBeHidden();

    // The state changes (a new attempt, failing again): the box opens again.
    await server.call('startTunnel', {}).catch(() => undefined);
    await expect(error).toBeVisible();
    await server.call('stopTunnel');
  });
});

test.describe('with an ngrok session that drops', () => {
  test.use({ fakeNgrok: `drop:${PUBLIC_URL},hang` });

  test('a dropped session shows reconnecting with the attempt and the next retry', async ({
    app,
    server,
  }) => {
    await server.call('startTunnel', { authtoken: 'api-set-token-0004' });
    await expect(tunnel(app)).toHaveAttribute('data-state', 'reconnecting');
    await expect(app.getByTestId('tunnel-status-text')).toContainText('Reconnecting · attempt 1');
    await expect(app.getByTestId('tunnel-status-text')).toContainText(/next try in \d+s|retrying now/);
    await expect(toggle(app)).toHaveAttribute('aria-checked', 'true');
    await app.mouse.move(0, 0);
    await app.screenshot({ path: resolve(repoRoot, 'test-results/tunnel-reconnecting-light.png') });

    await toggle(app).click();
    await expect(tunnel(app)).toHaveAttribute('data-state', 'stopped');
  });
});

test.describe('screenshots for review', () => {
  test('tunnel UI in light and dark', async ({ app, server }) => {
    await server.call('updateSettings', {
      tunnelPathHint: '/webhooks/whatsapp',
      metaVerifyToken: 'hookscope-demo-verify-token',
    });
    await server.call('startTunnel', { authtoken: 'api-set-token-0005' });
    await expect(tunnel(app)).toHaveAttribute('data-state', 'online');
    await app.mouse.move(0, 0);
    const shot = (name: string) =>
      app.screenshot({ path: resolve(repoRoot, `test-results/tunnel-${name}.png`) });
    await shot('online-light');
    await openSettings(app);
    await shot('settings-light');
    await app.keyboard.press('Escape');
    await app.getByRole('button', { name: 'Connect WhatsApp' }).click();
    await send(server.receiverUrl, {
      method: 'GET',
      path: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=hookscope-demo-verify-token&hub.challenge=1',
    });
    await expect(app.getByTestId('wa-tick')).toHaveAttribute('data-state', 'verified');
    await shot('whatsapp-light');
    await app.emulateMedia({ colorScheme: 'dark' });
    await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shot('whatsapp-dark');
    await app.keyboard.press('Escape');
    await shot('online-dark');
    await openSettings(app);
    await shot('settings-dark');
    await app.keyboard.press('Escape');
    await app.emulateMedia({ colorScheme: 'light' });
    await app.setViewportSize({ width: 1024, height: 640 });
    await shot('online-narrow');
  });
});

test.describe('screenshots for review (error)', () => {
  test.use({ fakeNgrok: 'fail:ERR_NGROK_105' });
  test('tunnel error in light and dark', async ({ app, server }) => {
    await server.call('startTunnel', { authtoken: 'api-set-token-0006' });
    await expect(app.getByTestId('tunnel-error')).toBeVisible();
    await app.mouse.move(0, 0);
    await app.screenshot({ path: resolve(repoRoot, 'test-results/tunnel-error-light.png') });
    await app.emulateMedia({ colorScheme: 'dark' });
    await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
    await app.screenshot({ path: resolve(repoRoot, 'test-results/tunnel-error-dark.png') });
    await app.emulateMedia({ colorScheme: 'light' });
  });
});
