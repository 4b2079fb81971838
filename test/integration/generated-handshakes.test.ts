// "Generate handler" answers the URL checks the receiver answers. Nylas and Dropbox activate a
// webhook only when GET ?challenge=<value> is answered 200 with exactly that value: the handler a
// user generates from such a capture must do it too, or the endpoint they deploy never activates.
// Each generated server is run for real where this machine can (Express, plain PHP) and the Next.js
// route is called as Next calls it; the receiver's own answer is the reference.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import type { HandlerTargetId } from '@shared/handler-types';
import { generateHandler, type CapturedRequest } from '../../src-main/core/handlers/generate-handler';
import { composeEvent } from '../../src-main/core/replay/compose-event';
import { providerDefinitions } from '../../src-main/core/providers/registry';
import { startTestCore } from '../helpers/in-process-core';
import { has } from '../helpers/runtimes';

const CHALLENGE = 'Ch4llenge-_.~ value';
const now = 1_760_000_000;
// Inside the repository, so the generated Express server finds express in node_modules.
const workRoot = resolve('test-results/generated-handshakes');
mkdirSync(workRoot, { recursive: true });
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((c) => c()));

/** A delivery of the provider's first sample event, signed: what "Generate handler" starts from. */
function capture(providerId: string): CapturedRequest {
  const d = providerDefinitions.find((p) => p.id === providerId)!;
  const templates = 'templates' in d.compose ? d.compose.templates : [];
  const r = composeEvent(
    { template: templates[0]!.id },
    {
      secrets: () => [{ label: 't', value: 'secret' }],
      defaultBaseUrl: 'http://127.0.0.1:8787',
      nowUnix: now,
    },
  );
  if (!r.ok) throw new Error(`no sample event for ${providerId}`);
  return { ...r.event, body: r.body, receivedAtUnix: now };
}

function writeHandler(providerId: string, target: HandlerTargetId): string {
  const dir = mkdtempSync(join(workRoot, `${providerId}-${target}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of generateHandler(capture(providerId), providerId, target).files)
    writeFileSync(join(dir, f.name), f.content);
  return dir;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Starts a generated server and waits until it answers on `port`. */
async function serve(command: string, args: string[], cwd: string, port: number): Promise<void> {
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  cleanups.push(() => child.kill());
  const started = Date.now();
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode}`);
      if (Date.now() - started > 15_000) throw new Error(`${command} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

interface Answer {
  status: number;
  body: string;
  type: string | null;
}
const answerOf = async (res: Response): Promise<Answer> => ({
  status: res.status,
  body: await res.text(),
  type: res.headers.get('content-type'),
});
const query = `challenge=${encodeURIComponent(CHALLENGE)}`;

for (const providerId of ['nylas', 'dropbox']) {
  describe(`${providerId}: GET ?challenge= is answered with exactly the challenge`, () => {
    it('by the receiver (the reference)', async () => {
      const core = await startTestCore();
      cleanups.push(() => void core.dispose());
      const headers = providerId === 'dropbox' ? { 'user-agent': 'dropboxwebhooks/1.0' } : undefined;
      const res = await fetch(`${core.receiverUrl}/webhooks/${providerId}?${query}`, { headers });
      expect(await answerOf(res)).toMatchObject({ status: 200, body: CHALLENGE });
    });

    it('by the generated Express server', async () => {
      const dir = writeHandler(providerId, 'express');
      const port = await freePort();
      await serve(process.execPath, ['server.mjs'], dir, port);
      const answer = await answerOf(await fetch(`http://127.0.0.1:${port}/webhook?${query}`));
      expect(answer).toMatchObject({ status: 200, body: CHALLENGE });
      expect(answer.type).toMatch(/^text\/plain/);
      expect((await fetch(`http://127.0.0.1:${port}/webhook`)).status).toBe(404);
    }, 30_000);

    it('by the generated Next.js route', async () => {
      const dir = writeHandler(providerId, 'nextjs');
      const js = ts.transpileModule(readFileSync(join(dir, 'route.ts'), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      writeFileSync(join(dir, 'route.mjs'), js);
      const route = (await import(pathToFileURL(join(dir, 'route.mjs')).href)) as {
        GET?: (request: Request) => Promise<Response>;
      };
      expect(route.GET, 'the route exports GET').toBeTypeOf('function');
      const answer = await answerOf(await route.GET!(new Request(`https://example.test/webhook?${query}`)));
      expect(answer).toMatchObject({ status: 200, body: CHALLENGE, type: 'text/plain' });
      expect((await route.GET!(new Request('https://example.test/webhook'))).status).toBe(404);
    });

    it.skipIf(!has.php())(
      'by the generated plain PHP script (php -S)',
      async () => {
        const dir = writeHandler(providerId, 'php');
        const port = await freePort();
        await serve('php', ['-S', `127.0.0.1:${port}`, 'webhook.php'], dir, port);
        const answer = await answerOf(await fetch(`http://127.0.0.1:${port}/webhook?${query}`));
        expect(answer).toMatchObject({ status: 200, body: CHALLENGE });
        expect(answer.type).toMatch(/^text\/plain/);
      },
      30_000,
    );
  });
}
