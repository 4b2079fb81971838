// Retry from the UI: a forward the handler refused is sent again from the capture's Response tab,
// and "Retry all failed" in the top bar sends every failed one again; each row then shows the
// handler's new answer and the top bar stops counting the failures.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/fixtures';
import { send } from './support/send';
import { rowByPath, screenshotBothThemes, selectRow } from './support/ui';

let handler: Server;
let handlerUrl: string;
let answer = 503;
const received: string[] = [];

test.beforeAll(async () => {
  handler = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(Buffer.concat(chunks).toString());
      res
        .writeHead(answer, { 'content-type': 'text/plain' })
        .end(answer === 200 ? 'handled' : 'handler down');
    });
  });
  await new Promise<void>((r) => handler.listen(0, '127.0.0.1', r));
  handlerUrl = `http://127.0.0.1:${(handler.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  handler.closeAllConnections();
  await new Promise<void>((r) => handler.close(() => r()));
});

test('Retry in the Response tab and "Retry all failed" in the top bar deliver the failed forwards', async ({
  app,
  server,
}) => {
  answer = 503;
  received.length = 0;
  await server.call('setForwardSettings', {
    paused: false,
    targets: [{ id: 'local', url: `${handlerUrl}/hook`, enabled: true, pathMode: 'replace', match: {} }],
  });
  await app.reload();
  await expect(app.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  for (const path of ['/retry/one', '/retry/two', '/retry/three'])
    await send(server.receiverUrl, { path, body: `{"path":"${path}"}` });
  for (const path of ['/retry/one', '/retry/two', '/retry/three'])
    await expect(rowByPath(app, path).getByTestId('forward-badge')).toHaveAttribute('data-state', 'fail');
  await expect(app.getByTestId('forward-failed')).toHaveText('3 failed');

  // The handler is fixed: retry one capture from its Response tab.
  answer = 200;
  await selectRow(app, '/retry/one');
  await app.getByRole('tab', { name: /^Response/ }).click();
  const outcome = app.getByTestId('forward-outcome');
  await expect(outcome.getByTestId('status-badge')).toHaveText('503');
  await screenshotBothThemes(app, 'forward-retry-button');
  await outcome.getByTestId('forward-retry').click();
  await expect(outcome.getByTestId('status-badge')).toHaveText('200');
  await expect(outcome.getByTestId('answer-body')).toHaveText('handled');
  await expect(outcome.getByTestId('forward-retry')).toHaveCount(0);
  await expect(rowByPath(app, '/retry/one').getByTestId('forward-badge')).toHaveAttribute('data-state', 'ok');
  await expect(app.getByTestId('forward-failed')).toHaveText('2 failed');

  // The rest from the top bar.
  await app.getByTestId('forward-retry-all').click();
  for (const path of ['/retry/two', '/retry/three'])
    await expect(rowByPath(app, path).getByTestId('forward-badge')).toHaveAttribute('data-state', 'ok');
  await expect(app.getByTestId('forward-trouble')).toHaveCount(0);
  await expect(app.getByTestId('forward-retry-all')).toHaveCount(0);
  expect(received.filter((b) => b === '{"path":"/retry/two"}')).toHaveLength(2);
  expect(received).toHaveLength(6);
});
