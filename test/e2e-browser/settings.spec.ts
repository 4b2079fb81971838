// The Settings view: every setting updateSettings knows, saved per section, with storage usage; the
// generic HMAC builder saved for one path verifies a real signed request; a note or diagnosis whose
// fix is a setting opens the view at that setting.
import { createHmac } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { deleteAllSecrets } from './support/secrets';
import { rowByPath, screenshotBothThemes, selectRow } from './support/ui';

type SettingsShape = {
  receiverMaxBodyBytes: number;
  retentionMaxCaptures: number;
  retentionMaxBytes: number;
  metaVerifyToken: string | null;
  publicUrl: string | null;
  tunnelDomain: string | null;
  tunnelPathHint: string | null;
  tunnelStartOnLaunch: boolean;
  genericHmac: unknown;
  providerByPath: { pathPrefix: string; provider: string; generic?: unknown }[];
};

const defaults = {
  receiverMaxBodyBytes: 25 * 1024 * 1024,
  retentionMaxCaptures: 100_000,
  retentionMaxBytes: 2 * 1024 * 1024 * 1024,
  metaVerifyToken: null,
  publicUrl: null,
  tunnelDomain: null,
  tunnelPathHint: null,
  tunnelStartOnLaunch: false,
  genericHmac: null,
  providerByPath: [],
};

test.beforeEach(async ({ server }) => {
  await server.call('updateSettings', defaults);
  await deleteAllSecrets(server);
});
test.afterAll(async ({ server }) => {
  await server.call('updateSettings', defaults);
});

test('every setting is in the view and saved per section; retention shows current usage', async ({
  app,
  server,
}) => {
  await send(server.receiverUrl, { path: '/usage/a', body: 'x'.repeat(30_000) });
  await send(server.receiverUrl, { path: '/usage/b', body: 'y'.repeat(30_000) });
  await app.getByTestId('open-settings').click();
  const dialog = app.getByTestId('settings-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('settings-usage')).toContainText('Now: 2 of 100,000 captures');
  // Retention counts the database's bytes in use on disk (not the raw bodies, which are compressed),
  // and it moves as the store checkpoints and compresses in the background: the test reads both
  // figures from one rendering and checks they agree (in use <= the files' full size).
  const usage = dialog.getByTestId('settings-usage');
  await expect(usage).toContainText(/· [\d.]+ (B|KB|MB) of 2(\.0)? GB \([\d.]+ (B|KB|MB) on disk\)/);
  const kb = (value: string, unit: string) => Number(value) * ({ B: 1 / 1024, KB: 1, MB: 1024 }[unit] ?? NaN);
  const [, used, usedUnit, , , onDisk, onDiskUnit] =
    /· ([\d.]+) (B|KB|MB) of ([\d.]+) (GB) \(([\d.]+) (B|KB|MB) on disk\)/.exec(
      (await usage.textContent()) ?? '',
    ) ?? [];
  expect(kb(used!, usedUnit!)).toBeGreaterThan(0);
  expect(kb(used!, usedUnit!)).toBeLessThanOrEqual(kb(onDisk!, onDiskUnit!));

  // Body limit in MB.
  await dialog.getByLabel('Body limit (MB)').fill('0.5');
  await dialog.getByTestId('settings-receiver-limit-save').click();
  await expect(dialog.getByTestId('settings-receiver-limit')).toContainText('Saved');
  expect((await server.call<SettingsShape>('getSettings')).receiverMaxBodyBytes).toBe(524288);

  // Retention: a bad value is refused in the form and nothing is saved.
  const retention = dialog.getByTestId('settings-retention');
  await retention.getByLabel('Keep at most (captures)').fill('50');
  await retention.getByTestId('settings-retention-save').click();
  await expect(retention).toContainText('A whole number from 100 to 10,000,000');
  expect((await server.call<SettingsShape>('getSettings')).retentionMaxCaptures).toBe(100_000);
  await retention.getByLabel('Keep at most (captures)').fill('5000');
  await retention.getByLabel('Keep at most (MB)').fill('300');
  await retention.getByTestId('settings-retention-save').click();
  await expect(retention).toContainText('Saved');
  await expect(retention.getByTestId('settings-usage')).toContainText('of 5,000 captures');
  expect(await server.call<SettingsShape>('getSettings')).toMatchObject({
    retentionMaxCaptures: 5000,
    retentionMaxBytes: 300 * 1024 * 1024,
  });

  // Meta verify token, public URL, tunnel options.
  await dialog.getByRole('textbox', { name: 'Verify token', exact: true }).fill('my-verify-token');
  await dialog.getByTestId('settings-meta-verify-token-save').click();
  await dialog.getByRole('textbox', { name: 'Public URL', exact: true }).fill('https://hooks.example.com');
  await dialog.getByTestId('settings-public-url-save').click();
  const tunnel = dialog.getByTestId('settings-tunnel');
  await tunnel.getByLabel('Reserved domain').fill('not a domain');
  await tunnel.getByTestId('settings-tunnel-save').click();
  await expect(tunnel.getByRole('alert')).toBeVisible();
  await expect(tunnel.getByLabel('Reserved domain')).toHaveAttribute('aria-invalid', 'true');
  await tunnel.getByLabel('Reserved domain').fill('hookscope-e2e.ngrok-free.app');
  await tunnel.getByLabel('Webhook path').fill('/webhooks/whatsapp');
  await tunnel.getByLabel('Start the tunnel when Hookscope starts').check();
  await tunnel.getByTestId('settings-tunnel-save').click();
  await expect(tunnel).toContainText('Saved');
  expect(await server.call<SettingsShape>('getSettings')).toMatchObject({
    metaVerifyToken: 'my-verify-token',
    publicUrl: 'https://hooks.example.com',
    tunnelDomain: 'hookscope-e2e.ngrok-free.app',
    tunnelPathHint: '/webhooks/whatsapp',
    tunnelStartOnLaunch: true,
  });
  await dialog.getByTestId('settings-provider-by-path').scrollIntoViewIfNeeded();
  await screenshotBothThemes(app, 'settings');
});

test('the generic HMAC builder, saved for one path, verifies that sender (SHA-512, base64, timestamp)', async ({
  app,
  server,
}) => {
  const secret = 'acme-signing-secret-1f9c';
  await server.call('putSecret', { provider: 'generic', label: 'acme', secret });
  await app.getByTestId('open-settings').click();
  const section = app.getByTestId('settings-provider-by-path');
  await section.getByTestId('settings-add-path').click();
  const row = section.getByTestId('settings-path-row');
  await row.getByLabel('Path starts with').fill('/hooks/acme');
  await row.getByLabel('Provider').selectOption('generic');
  await row.getByLabel('This path has its own HMAC scheme').check();
  await row.getByLabel('Signature header').fill('X-Acme-Signature');
  await row.getByLabel('Algorithm').selectOption('sha512');
  await row.getByLabel('Encoding').selectOption('base64');
  await row.getByLabel('Prefix').fill('v1=');
  await row.getByLabel('Signed content').fill('{timestamp}.{bogus}');
  await section.getByTestId('settings-provider-by-path-save').click();
  await expect(row).toContainText('Unknown placeholder {bogus}');
  await row.getByLabel('Signed content').fill('{timestamp}.{method}.{body}');
  await row.getByLabel('Timestamp header').fill('X-Acme-Timestamp');
  await row.getByLabel('Tolerance (s)').fill('300');
  await section.getByTestId('settings-provider-by-path-save').click();
  await expect(section).toContainText('Saved');
  const saved = await server.call<SettingsShape>('getSettings');
  expect(saved.providerByPath).toEqual([
    {
      pathPrefix: '/hooks/acme',
      provider: 'generic',
      generic: {
        header: 'X-Acme-Signature',
        algorithm: 'sha512',
        encoding: 'base64',
        prefix: 'v1=',
        template: '{timestamp}.{method}.{body}',
        timestampHeader: 'X-Acme-Timestamp',
        toleranceSeconds: 300,
      },
    },
  ]);
  await app.keyboard.press('Escape');

  const body = '{"event":"invoice.paid","id":"inv_1"}';
  const t = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha512', secret).update(`${t}.POST.${body}`).digest('base64');
  await send(server.receiverUrl, {
    path: '/hooks/acme/events',
    headers: {
      'content-type': 'application/json',
      'x-acme-timestamp': t,
      'x-acme-signature': `v1=${signature}`,
    },
    body,
  });
  await send(server.receiverUrl, {
    path: '/hooks/acme/forged',
    headers: {
      'content-type': 'application/json',
      'x-acme-timestamp': t,
      'x-acme-signature': `v1=${signature}`,
    },
    body: body.replace('inv_1', 'inv_2'),
  });
  await expect(rowByPath(app, '/hooks/acme/events').locator('[data-verdict="pass"]')).toBeVisible();
  await expect(rowByPath(app, '/hooks/acme/forged').locator('[data-verdict="fail"]')).toBeVisible();
});

test('a note whose fix is a setting opens Settings at that setting', async ({ app, server }) => {
  await server.call('updateSettings', { receiverMaxBodyBytes: 16 * 1024 });
  await send(server.receiverUrl, { path: '/too/big', body: 'z'.repeat(40_000) });
  await selectRow(app, '/too/big');
  await app.getByRole('tab', { name: /^Overview/ }).click();
  const link = app.getByTestId('settings-link');
  await expect(link).toHaveAttribute('data-section', 'receiver-limit');
  await link.click();
  const section = app.getByTestId('settings-receiver-limit');
  await expect(section).toBeVisible();
  await expect(section).toHaveAttribute('data-highlighted', 'true');
  await expect(section.getByLabel('Body limit (MB)')).toBeFocused();
  await section.getByLabel('Body limit (MB)').fill('1');
  await section.getByTestId('settings-receiver-limit-save').click();
  await expect(section).toContainText('Saved');
  await app.keyboard.press('Escape');

  // Meta's check refused for a wrong verify token: the note links to the token.
  await server.call('updateSettings', { metaVerifyToken: 'expected-token' });
  await send(server.receiverUrl, {
    method: 'GET',
    path: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=other&hub.challenge=1',
  });
  await rowByPath(
    app,
    '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=other&hub.challenge=1',
  ).click();
  await app.getByRole('tab', { name: /^Overview/ }).click();
  await expect(app.getByTestId('settings-link')).toHaveAttribute('data-section', 'meta-verify-token');
  await app.getByTestId('settings-link').click();
  await expect(app.getByTestId('settings-meta-verify-token')).toHaveAttribute('data-highlighted', 'true');
  await expect(
    app.getByTestId('settings-meta-verify-token').getByRole('textbox', { name: 'Verify token', exact: true }),
  ).toHaveValue('expected-token');
});
