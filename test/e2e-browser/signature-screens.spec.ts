// Review screenshots of the signature views (light and dark) in test-results/: the Signature tab
// failing with an exact diagnosis, passing, waiting for a secret, the secrets panel and the paste
// panel. Doubles as a smoke test of those views with real reports from the core.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { hubSignature, stripeV1 } from './support/sample-webhooks';
import { rowByPath, screenshotBothThemes, selectRow } from './support/ui';
import { deleteAllSecrets } from './support/secrets';

const appSecret = 'screens-app-secret-51f0';
const stripeSecret = 'whsec_screensStripe0c7d';

const both = (page: Page, name: string) => screenshotBothThemes(page, `signature-${name}`);

test('screenshots of the signature views', async ({ app, server }) => {
  await deleteAllSecrets(server);
  await server.call('putSecret', { provider: 'meta', label: 'app secret', secret: appSecret });
  await app.setViewportSize({ width: 1440, height: 900 });

  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [] }],
  });
  // Signed, then a proxy appended a newline: the diagnosis reproduces it exactly.
  await send(server.receiverUrl, {
    path: '/webhooks/whatsapp/newline',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature(appSecret, body) },
    body: `${body}\n`,
  });
  await send(server.receiverUrl, {
    path: '/webhooks/whatsapp/ok',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature(appSecret, body) },
    body,
  });
  const t = Math.floor(Date.now() / 1000) - 3600;
  const stripeBody = JSON.stringify({ id: 'evt_screens', object: 'event', type: 'invoice.paid' }, null, 2);
  await send(server.receiverUrl, {
    path: '/webhooks/stripe',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': `t=${t},v1=${stripeV1(stripeSecret, t, stripeBody)}`,
    },
    body: stripeBody,
  });
  await send(server.receiverUrl, { path: '/plain/unsigned', body: 'hello' });
  await expect(rowByPath(app, '/webhooks/whatsapp/newline').locator('[data-verdict="fail"]')).toBeVisible();

  await selectRow(app, '/webhooks/whatsapp/newline');
  await app.getByRole('tab', { name: /^Signature/ }).click();
  await expect(app.getByTestId('sig-diagnosis')).toBeVisible();
  await app.mouse.move(0, 0);
  await both(app, 'fail');

  await selectRow(app, '/webhooks/whatsapp/ok');
  await expect(app.getByTestId('sig-banner')).toHaveAttribute('data-verdict', 'pass');
  await both(app, 'pass');

  await selectRow(app, '/webhooks/stripe');
  await expect(app.getByTestId('sig-banner')).toHaveAttribute('data-verdict', 'no-secret');
  await both(app, 'no-secret');

  await app.getByTestId('filter-failures').click();
  await expect(app.getByTestId('filter-failures')).toHaveAttribute('aria-pressed', 'true');
  await both(app, 'failures-filter');
  await app.getByTestId('filter-failures').click();

  await app.getByTestId('signature-tools').click();
  const dialog = app.getByTestId('signature-tools-dialog');
  await expect(dialog.getByTestId('secrets-table')).toContainText('app secret');
  await dialog.getByTestId('add-secret').click();
  await both(app, 'secrets');

  await dialog.getByRole('tab', { name: 'Verify a pasted request' }).click();
  const panel = dialog.getByTestId('verify-panel');
  await panel
    .getByTestId('verify-headers')
    .fill(
      `POST /webhooks/stripe HTTP/1.1\nContent-Type: application/json\nStripe-Signature: t=${t},v1=${stripeV1(stripeSecret, t, stripeBody)}`,
    );
  await panel.getByTestId('verify-body').fill(stripeBody);
  await panel.getByTestId('verify-secret').first().fill(stripeSecret);
  await panel.getByTestId('verify-submit').click();
  await expect(panel.getByTestId('sig-banner')).toBeVisible();
  await both(app, 'verify');
});
