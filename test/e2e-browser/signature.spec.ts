// Signature verification in the UI: the Signature tab's evidence and diagnosis, fixing a wrong
// secret without resending, the failures-only filter, the secrets panel and verifying a pasted
// request. Signatures are computed here with node:crypto, exactly as the providers do.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { hubSignature, stripeV1, whatsappWebhook } from './support/sample-webhooks';
import { rowByPath, rows, selectRow } from './support/ui';
import { deleteAllSecrets } from './support/secrets';

const rightSecret = 'e2e-right-app-secret-7f3a91c4';
const wrongSecret = 'e2e-stale-app-secret-0b2d55e1';

const whatsappBody = whatsappWebhook({
  messaging_product: 'whatsapp',
  metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
  messages: [
    {
      from: '5511987654321',
      id: 'wamid.E2E1',
      timestamp: '1763884801',
      type: 'text',
      text: { body: 'Hello from the e2e suite' },
    },
  ],
});

async function sendWhatsApp(receiverUrl: string, path: string, signWith = rightSecret) {
  await send(receiverUrl, {
    path,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': hubSignature(signWith, whatsappBody),
    },
    body: whatsappBody,
  });
}

// The server lives for the whole file; secrets are not cleared with the captures.
test.beforeEach(async ({ server }) => {
  await deleteAllSecrets(server);
});

async function openSignatureTab(page: Page) {
  await page.getByRole('tab', { name: /^Signature/ }).click();
  await expect(page.getByTestId('signature-tab')).toBeVisible();
}

async function expectNoSecretsInPage(page: Page, ...secrets: string[]) {
  const html = await page.content();
  const text = await page.evaluate(() => document.body.innerText);
  for (const s of secrets) {
    expect(html, 'secret value in the DOM').not.toContain(s);
    expect(text, 'secret value on screen').not.toContain(s);
  }
}

test('a WhatsApp delivery signed with another secret shows fail, both digests and the diagnosis; adding the right secret flips it to pass without resending', async ({
  app,
  server,
}) => {
  await server.call('putSecret', { provider: 'meta', label: 'old app secret', secret: wrongSecret });
  await sendWhatsApp(server.receiverUrl, '/webhooks/whatsapp');

  const row = rowByPath(app, '/webhooks/whatsapp');
  await expect(row.locator('[data-verdict="fail"]')).toHaveText('invalid');
  await row.click();
  await openSignatureTab(app);

  const banner = app.getByTestId('sig-banner');
  await expect(banner).toHaveAttribute('data-verdict', 'fail');
  await expect(banner).toContainText('Signature does not match');
  await expect(banner).toContainText('Meta / WhatsApp Cloud API');

  // Both digests, one above the other, with the differing characters marked.
  await expect(app.getByTestId('sig-received')).toHaveText(hubSignature(rightSecret, whatsappBody));
  await expect(app.getByTestId('sig-computed')).toHaveText(hubSignature(wrongSecret, whatsappBody));
  expect(await app.getByTestId('sig-received').locator('mark').count()).toBeGreaterThan(0);
  await expect(app.getByTestId('sig-compare')).toContainText('HMAC-SHA256');
  await expect(app.getByTestId('sig-compare-note')).toContainText(/\d+ of 71 characters differ/);

  // The diagnosis: nothing reproduces the signature, so the secret is the likely cause, with a fix.
  const finding = app.getByTestId('sig-diagnosis').locator('[data-code="secret-likely"]');
  await expect(finding).toContainText('the secret is the most likely cause');
  await expect(finding).toContainText('Fix:');
  await expect(app.getByTestId('sig-signed-content')).toContainText(
    `${Buffer.byteLength(whatsappBody)} bytes`,
  );

  // Add the right secret inline: the hint says where to find it; the value is masked.
  await app.getByTestId('inline-add-secret').click();
  const form = app.getByTestId('add-secret-form');
  await expect(form).toContainText('App Dashboard › App settings › Basic');
  await expect(form.getByTestId('secret-value')).toHaveAttribute('type', 'password');
  await form.getByTestId('secret-label').fill('app secret');
  await form.getByTestId('secret-value').fill(rightSecret);
  await form.getByTestId('save-secret').click();

  // The core re-verifies the stored capture and the tab follows (capture.updated), no resend.
  await expect(banner).toHaveAttribute('data-verdict', 'pass');
  await expect(banner).toContainText('Signature valid');
  await expect(app.getByTestId('sig-matched-secret')).toHaveText('app secret');
  await expect(app.getByTestId('sig-computed')).toHaveText(hubSignature(rightSecret, whatsappBody));
  await expect(app.getByTestId('sig-diagnosis')).toHaveCount(0);
  await expect(row.locator('[data-verdict="pass"]')).toHaveText('valid');
  await expect(rows(app)).toHaveCount(1);
  const page = await server.call<{ total: number }>('listCaptures', {});
  expect(page.total).toBe(1);

  await expectNoSecretsInPage(app, rightSecret, wrongSecret);
});

test('no-secret makes storing the secret the next step; the provider can be overridden', async ({
  app,
  server,
}) => {
  await sendWhatsApp(server.receiverUrl, '/hooks/meta-nosecret');
  await selectRow(app, '/hooks/meta-nosecret');
  await openSignatureTab(app);

  const banner = app.getByTestId('sig-banner');
  await expect(banner).toHaveAttribute('data-verdict', 'no-secret');
  const form = app.getByTestId('add-secret-form');
  await expect(form).toBeVisible();
  await expect(app.getByRole('region', { name: 'Add secret for Meta / WhatsApp Cloud API' })).toBeVisible();

  // Forcing a provider that does not match the headers changes the report; back to auto restores it.
  await app.getByTestId('provider-override').selectOption('stripe');
  await expect(banner).toContainText('Stripe');
  await expect(app.getByTestId('provider-override')).toHaveValue('stripe');
  await app.getByTestId('provider-override').selectOption('');
  await expect(banner).toHaveAttribute('data-verdict', 'no-secret');
  await expect(banner).toContainText('Meta / WhatsApp Cloud API');

  await app.getByTestId('add-secret-form').getByTestId('secret-value').fill(rightSecret);
  await app.getByTestId('add-secret-form').getByTestId('save-secret').click();
  await expect(banner).toHaveAttribute('data-verdict', 'pass');
  await expect(app.getByTestId('sig-matched-secret')).toHaveText('default');
  await expectNoSecretsInPage(app, rightSecret);
});

test('"Failures" shows only captures whose signature does not match', async ({ app, server }) => {
  await server.call('putSecret', { provider: 'meta', label: 'app secret', secret: rightSecret });
  await sendWhatsApp(server.receiverUrl, '/wa/good');
  await sendWhatsApp(server.receiverUrl, '/wa/bad', wrongSecret);
  await send(server.receiverUrl, { path: '/plain', body: 'hello' });
  await expect(rowByPath(app, '/wa/bad').locator('[data-verdict="fail"]')).toBeVisible();
  await expect(rowByPath(app, '/wa/good').locator('[data-verdict="pass"]')).toBeVisible();
  await expect(rows(app)).toHaveCount(3);

  const toggle = app.getByTestId('filter-failures');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('/wa/bad');

  // A failure that arrives while the filter is on shows up live, once its verdict is known;
  // a passing one does not.
  await sendWhatsApp(server.receiverUrl, '/wa/bad-live', wrongSecret);
  await sendWhatsApp(server.receiverUrl, '/wa/good-live');
  await expect(rows(app)).toHaveCount(2);
  await expect(rows(app).first()).toContainText('/wa/bad-live');

  // Storing the secret they were really signed with re-verifies them to pass: they leave the list.
  await server.call('putSecret', { provider: 'meta', label: 'the other one', secret: wrongSecret });
  await expect(rows(app)).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(rows(app)).toHaveCount(5);
});

test('the secrets panel lists masked secrets, warns that headless storage is unencrypted, adds and deletes', async ({
  app,
}) => {
  const secret = 'whsec_e2ePanelSecret9d81c0ffee';
  await app.getByTestId('signature-tools').click();
  const dialog = app.getByTestId('signature-tools-dialog');
  await expect(dialog.getByTestId('secrets-panel')).toBeVisible();
  await expect(dialog.getByTestId('secrets-unencrypted')).toContainText('unencrypted');

  await dialog.getByTestId('add-secret').click();
  await dialog.getByTestId('secret-provider').selectOption('stripe');
  await expect(dialog.getByTestId('add-secret-form')).toContainText('stripe listen');
  await dialog.getByTestId('secret-label').fill('Stripe CLI');
  await dialog.getByTestId('secret-value').fill(secret);
  await dialog.getByTestId('save-secret').click();

  const table = dialog.getByTestId('secrets-table');
  const row = table.locator('tbody tr', { hasText: 'Stripe CLI' });
  await expect(row).toContainText('Stripe');
  await expect(row).toContainText('chars');
  await expectNoSecretsInPage(app, secret);

  await row.getByRole('button', { name: /Delete stripe secret Stripe CLI/ }).click();
  const confirm = app.getByRole('dialog', { name: 'Delete this secret?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
  await expect(dialog.getByTestId('secrets-panel')).toBeVisible();

  await app.keyboard.press('Escape');
  await expect(dialog).not.toBeVisible();
});

test('a pasted Stripe request verifies in the paste panel, and its timestamp is judged at the given time', async ({
  app,
}) => {
  const secret = 'whsec_e2ePastedStripe4c1d77';
  const t = 1763884801;
  const body = JSON.stringify({ id: 'evt_e2e', object: 'event', type: 'invoice.paid' }, null, 2);
  const v1 = stripeV1(secret, t, body);

  await app.getByTestId('signature-tools').click();
  const dialog = app.getByTestId('signature-tools-dialog');
  await dialog.getByRole('tab', { name: 'Verify a pasted request' }).click();
  const panel = dialog.getByTestId('verify-panel');
  await panel.getByTestId('verify-url').fill('https://shop.example/webhooks/stripe');
  await panel
    .getByTestId('verify-headers')
    .fill(
      `POST /webhooks/stripe HTTP/1.1\nContent-Type: application/json\nStripe-Signature: t=${t},v1=${v1}`,
    );
  await expect(panel).toContainText('2 headers · POST /webhooks/stripe');
  await panel.getByTestId('verify-body').fill(body);
  await panel.getByTestId('verify-secret').first().fill(secret);
  await panel.getByTestId('verify-now').fill(String(t + 30));
  await panel.getByTestId('verify-submit').click();

  const result = panel.getByTestId('verify-result');
  await expect(result.getByTestId('sig-banner')).toHaveAttribute('data-verdict', 'pass');
  await expect(result.getByTestId('sig-banner')).toContainText('Stripe');
  await expect(result.getByTestId('sig-computed')).toHaveText(`v1=${v1}`);
  await expect(result.getByTestId('sig-received')).toHaveText(`v1=${v1}`);
  await expect(result.getByTestId('sig-timestamp')).toContainText('30 s old');
  await expect(result.getByTestId('sig-signed-content')).toContainText(`${t}.{\\n  "id": "evt_e2e"`);

  // The same request judged a day later: the signature matches but the timestamp is stale.
  await panel.getByTestId('verify-now').fill(String(t + 86_400));
  await panel.getByTestId('verify-submit').click();
  // Its own verdict: the secret is right, so the banner never says "does not match".
  await expect(result.getByTestId('sig-banner')).toHaveAttribute('data-verdict', 'stale');
  await expect(result.getByTestId('sig-banner')).toContainText(
    'Signature valid, but the timestamp is outside the window',
  );
  await expect(result.getByTestId('sig-banner')).toContainText('24 h old at capture time');
  await expect(result.getByTestId('sig-banner')).not.toContainText('does not match');
  await expect(result.getByTestId('sig-timestamp')).toContainText('24 h old');
  await expect(result.getByTestId('sig-diagnosis')).toBeVisible();

  await expectNoSecretsInPage(app, secret);
});
