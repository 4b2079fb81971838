// The Signature tab names one true cause: the exact cause first, with other changes that reproduce
// the signature folded into it; a valid signature that arrived too late is "stale" in the list and
// the banner, with its age, never "does not match". Signatures are computed here with node:crypto.
import { createHmac } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { hubSignature, stripeV1, whatsappWebhook } from './support/sample-webhooks';
import { rowByPath, selectRow } from './support/ui';
import { deleteAllSecrets } from './support/secrets';

const metaSecret = 'e2e-diagnosis-app-secret-51c0';
const stripeSecret = 'whsec_e2eDiagnosisStale9a7';

test.beforeEach(async ({ server }) => {
  await deleteAllSecrets(server);
});

test('a newline added after signing is the one exact cause, shown first, with re-serialised JSON folded into it', async ({
  app,
  server,
}) => {
  const body = whatsappWebhook({
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
    messages: [
      {
        from: '5511987654321',
        id: 'wamid.DIAG1',
        timestamp: '1763884801',
        type: 'text',
        text: { body: 'hi' },
      },
    ],
  });
  await server.call('putSecret', { provider: 'meta', label: 'app secret', secret: metaSecret });
  await send(server.receiverUrl, {
    path: '/webhooks/diag-newline',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature(metaSecret, body) },
    body: `${body}\n`,
  });

  const row = rowByPath(app, '/webhooks/diag-newline');
  await expect(row.locator('[data-verdict="fail"]')).toBeVisible();
  await row.click();
  await app.getByRole('tab', { name: /^Signature/ }).click();

  const diagnosis = app.getByTestId('sig-diagnosis');
  await expect(diagnosis).toContainText('cause reproduced exactly');
  const first = diagnosis.getByTestId('diag').first();
  await expect(first).toHaveAttribute('data-code', 'trailing-newline');
  await expect(first).toContainText('exact match');
  await expect(diagnosis.locator('[data-testid="diag"][data-exact]')).toHaveCount(1);
  await expect(first.getByTestId('diag-also').locator('[data-code="json-reserialized"]')).toBeVisible();
  await expect(diagnosis.locator('[data-code="secret-likely"]')).toHaveCount(0);
});

test('a valid signature outside the timestamp window is "stale" with its age in the list and the banner', async ({
  app,
  server,
}) => {
  await server.call('putSecret', { provider: 'stripe', label: 'live', secret: stripeSecret });
  const body = JSON.stringify({ id: 'evt_e2e_stale', object: 'event', type: 'invoice.paid' }, null, 2);
  const t = Math.floor(Date.now() / 1000) - 600;
  await send(server.receiverUrl, {
    path: '/webhooks/diag-stale',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': `t=${t},v1=${stripeV1(stripeSecret, t, body)}`,
    },
    body,
  });

  const row = rowByPath(app, '/webhooks/diag-stale');
  const badge = row.locator('[data-verdict="stale"]');
  await expect(badge).toHaveText(/^stale · 10 min( \d+ s)? old$/);
  await row.click();
  await app.getByRole('tab', { name: /^Signature/ }).click();

  const banner = app.getByTestId('sig-banner');
  await expect(banner).toHaveAttribute('data-verdict', 'stale');
  await expect(banner).toContainText('Signature valid, but the timestamp is outside the window');
  await expect(banner).toContainText(/10 min( \d+ s)? old at capture time/);
  await expect(banner).not.toContainText('does not match');
  await expect(app.getByTestId('sig-matched-secret')).toHaveText('live');
  await expect(app.getByTestId('inline-add-secret')).toHaveCount(0);
});

test('a Slack url_verification shows the handshake and its signature verdict', async ({ app, server }) => {
  const slackSecret = 'e2e-slack-signing-secret-77';
  await server.call('putSecret', { provider: 'slack', label: 'signing', secret: slackSecret });
  const body = '{"token":"Jhj5","challenge":"e2e-challenge-3eZb","type":"url_verification"}';
  const slack = (secret: string) => {
    const ts = String(Math.floor(Date.now() / 1000));
    return {
      'content-type': 'application/json',
      'x-slack-request-timestamp': ts,
      'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`,
    };
  };
  await send(server.receiverUrl, { path: '/slack/signed', headers: slack(slackSecret), body });
  await send(server.receiverUrl, { path: '/slack/forged', headers: slack('not-the-secret'), body });

  await selectRow(app, '/slack/signed');
  await app.getByRole('tab', { name: /^Signature/ }).click();
  const banner = app.getByTestId('sig-banner');
  await expect(banner).toHaveAttribute('data-verdict', 'handshake');
  await expect(banner.getByTestId('sig-handshake-chip')).toHaveText('signature valid');

  await selectRow(app, '/slack/forged');
  await app.getByRole('tab', { name: /^Signature/ }).click();
  await expect(banner).toHaveAttribute('data-verdict', 'fail');
  // A verifying endpoint refuses a forged check (the receiver did too, with the secret stored).
  await expect(banner.getByTestId('sig-handshake-chip')).toHaveText('handshake · must answer 401');
  await expect(app.getByTestId('sig-handshake-signature')).toHaveText('signature does not match');
});
