// The scheme finder in the UI: a capture from a sender Hookscope does not know, the secret pasted
// in the Signature tab, the proposed scheme shown in words, and "Use this" turning the capture (and
// every later one under its path) into a verified generic HMAC capture. The secret never shows.
import { createHmac } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { deleteAllSecrets } from './support/secrets';
import { send } from './support/send';
import { selectRow } from './support/ui';

const secret = 'e2e-unknown-sender-secret-4c1d';

test.beforeEach(async ({ server }) => {
  await deleteAllSecrets(server);
});

test('finds the scheme of an unknown sender and verifies its path with it', async ({ app, server }) => {
  const body = '{"event":"thing.happened","id":"t_1"}';
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', secret).update(`${ts}.${body}`).digest('base64');
  await send(server.receiverUrl, {
    path: '/hooks/acme',
    headers: { 'content-type': 'application/json', 'x-acme-timestamp': ts, 'x-acme-signature': signature },
    body,
  });
  await selectRow(app, '/hooks/acme');
  await app.getByRole('tab', { name: /^Signature/ }).click();

  await app.getByTestId('scheme-finder-open').click();
  await app.getByTestId('scheme-finder-secret').fill('not-the-secret');
  await app.getByTestId('scheme-finder-run').click();
  await expect(app.getByTestId('scheme-finder-result')).toHaveAttribute('data-found', 'false');
  await expect(app.getByTestId('scheme-finder-result')).toContainText('Nothing reproduces the signature');

  await app.getByTestId('scheme-finder-secret').fill(secret);
  await app.getByTestId('scheme-finder-run').click();
  const found = app.getByTestId('scheme-finder-result');
  await expect(found).toHaveAttribute('data-found', 'true');
  await expect(found).toContainText('HMAC-SHA256, base64, over {timestamp}.{body} in x-acme-signature');
  await expect(app.getByTestId('scheme-finder-prefix')).toHaveValue('/hooks/acme');
  await app.getByTestId('scheme-finder-use').click();

  await expect(app.getByTestId('sig-banner')).toHaveAttribute('data-verdict', 'pass');
  const html = await app.content();
  expect(html).not.toContain(secret);
  const settings = (await server.call('getSettings', {})) as { providerByPath: unknown[] };
  expect(settings.providerByPath).toContainEqual(
    expect.objectContaining({ pathPrefix: '/hooks/acme', provider: 'generic' }),
  );
});
