// "Copy as…" from the detail header: pick a language, see the code for this capture, copy it.
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { selectRow } from './support/ui';

test('Copy as… shows the capture as Python and as Go, and copies the code', async ({
  app,
  server,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const body = '{"event":"order.paid","note":"it\'s $5"}';
  await send(server.receiverUrl, {
    path: '/hooks/copy-as',
    headers: { 'content-type': 'application/json', 'x-acme-signature': 'sha256=abc' },
    body,
  });
  await selectRow(app, '/hooks/copy-as');
  await app.getByTestId('copy-as-button').click();
  const dialog = app.getByTestId('copy-as-dialog');
  await dialog.getByTestId('copy-as-target').selectOption('python-requests');
  const code = dialog.getByTestId('copy-as-code');
  await expect(code).toContainText('import requests');
  await expect(code).toContainText('/hooks/copy-as');
  await expect(code).toContainText('"x-acme-signature": "sha256=abc"');
  await expect(code).toContainText(JSON.stringify(body));

  await dialog.getByTestId('copy-as-target').selectOption('go');
  await expect(code).toContainText('http.NewRequest("POST"');
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  const copied = await app.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('package main');
  expect(copied).toContain(JSON.stringify(body));
});
