// Conversations over all of history: threads come from the server in pages (the oldest thread is
// one "Load older" away, however many came after it), the search goes to the server and finds
// contacts and message text, and messages whose signature failed are marked.
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { hubSignature, whatsappWebhook } from './support/sample-webhooks';
import { deleteAllSecrets } from './support/secrets';
import { screenshotBothThemes } from './support/ui';

const appSecret = 'conversations-app-secret-77';

function message(from: string, name: string, text: string, id: string): string {
  return whatsappWebhook({
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
    contacts: [{ profile: { name }, wa_id: from }],
    messages: [{ from, id, timestamp: '1763884801', type: 'text', text: { body: text } }],
  });
}

async function post(receiverUrl: string, body: string, signWith = appSecret) {
  await send(receiverUrl, {
    path: '/webhooks/whatsapp',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature(signWith, body) },
    body,
  });
}

test('threads are paged from the server, searched there, and failed signatures are marked', async ({
  app,
  server,
}) => {
  test.setTimeout(90_000);
  await deleteAllSecrets(server);
  await server.call('putSecret', { provider: 'meta', label: 'app secret', secret: appSecret });

  // The oldest thread, with a forged message in it, then 110 newer threads.
  await post(
    server.receiverUrl,
    message('4915112345678', 'Jürgen Müller', 'Wo bleibt mein Paket?', 'wamid.OLD1'),
  );
  await post(
    server.receiverUrl,
    message('4915112345678', 'Jürgen Müller', 'Bitte erstatten Sie alles', 'wamid.OLD2'),
    'not-the-app-secret',
  );
  for (let i = 0; i < 110; i++) {
    await post(
      server.receiverUrl,
      message(`55119${String(i).padStart(8, '0')}`, `Contact ${i}`, `hello number ${i}`, `wamid.N${i}`),
    );
  }
  await expect(app.getByTestId('capture-count')).toHaveText('112 captures');

  await app.getByRole('tab', { name: 'Conversations' }).click();
  const threads = app.getByTestId('thread-list');
  await expect(threads.getByRole('button', { name: /Contact 109/ })).toBeVisible();
  await expect(app.getByTestId('thread-count')).toHaveText('100+ conversations');
  await expect(threads.getByRole('button', { name: /Jürgen Müller/ })).toHaveCount(0);

  await app.getByTestId('threads-load-more').click();
  const jurgen = threads.getByRole('button', { name: /Jürgen Müller/ });
  await expect(jurgen).toBeVisible();
  await expect(app.getByTestId('thread-count')).toHaveText('111 conversations');
  await expect(jurgen.getByTestId('thread-sig-failed')).toHaveText('1 invalid signature');

  await jurgen.click();
  const thread = app.getByTestId('thread-view');
  const forged = thread.getByTestId('bubble-row').filter({ hasText: 'Bitte erstatten' });
  const genuine = thread.getByTestId('bubble-row').filter({ hasText: 'Wo bleibt' });
  await expect(forged.getByTestId('bubble-sig-failed')).toBeVisible();
  await expect(genuine.getByTestId('bubble-sig-failed')).toHaveCount(0);
  await screenshotBothThemes(app, 'conversations-signature-failed');

  // The search runs on the server: message text and names, as the user reads them.
  const search = app.getByTestId('thread-search');
  await search.fill('Paket');
  await expect(threads.getByRole('button')).toHaveCount(1);
  await expect(jurgen).toBeVisible();
  await expect(app.getByTestId('thread-count')).toHaveText('1 conversation found');
  await search.fill('Contact 10');
  // Contact 10 and Contact 100–109.
  await expect(threads.getByRole('button')).toHaveCount(11);
  await search.fill('');
  await expect(app.getByTestId('thread-count')).toHaveText('100+ conversations');
});
