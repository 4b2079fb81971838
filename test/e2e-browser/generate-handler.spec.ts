// "Generate handler" on the Signature tab: pick a framework, see the files, the secret's variable
// and how that target is checked; C# is labelled as not checked here.
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { hubSignature } from './support/sample-webhooks';
import { selectRow } from './support/ui';

test('Generate handler writes a FastAPI app with its verifier, test and fixture; C# says it is unchecked', async ({
  app,
  server,
}) => {
  const body = '{"object":"whatsapp_business_account","entry":[]}';
  await send(server.receiverUrl, {
    path: '/hooks/handler',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature('any-secret', body) },
    body,
  });
  await selectRow(app, '/hooks/handler');
  await app.getByRole('tab', { name: 'Signature' }).click();
  await app.getByTestId('generate-handler').click();
  const dialog = app.getByTestId('handler-dialog');
  await dialog.getByTestId('handler-target').selectOption('fastapi');
  await expect(dialog.getByTestId('handler-checked')).toContainText('python3');
  await expect(dialog.getByTestId('handler-file')).toHaveText([
    'app.py',
    'verify_webhook.py',
    'test_verify_webhook.py',
    'webhook_fixture.json',
  ]);
  await expect(dialog.getByTestId('handler-code')).toContainText('await request.body()');
  await expect(dialog).toContainText('META_WEBHOOK_SECRET');
  await dialog.getByTestId('handler-file').nth(1).click();
  await expect(dialog.getByTestId('handler-code')).toContainText('hmac.compare_digest');

  await dialog.getByTestId('handler-target').selectOption('aspnet');
  await expect(dialog.getByTestId('handler-checked')).toHaveText(/^Not checked here/);
  await expect(dialog.getByTestId('handler-file').first()).toHaveText('Program.cs');
});
