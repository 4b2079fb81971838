// "Generate handler", proven: for every provider whose scheme generation supports, a delivery is
// signed with a known secret, the handler files are generated for each language, and the generated
// ready test runs on the captured bytes in that language (the capture verifies; one changed byte
// fails). Framework wrappers are checked by the language's own tool. A missing runtime skips its
// checks, and the test name says so. C# is not checked here (no .NET SDK).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { handlerTargets, type HandlerTargetId } from '@shared/handler-types';
import { providerDefinitions } from '../../src-main/core/providers/registry';
import { composeEvent } from '../../src-main/core/replay/compose-event';
import {
  generateHandler,
  GenerationUnsupported,
  schemeForCapture,
  type CapturedRequest,
} from '../../src-main/core/handlers/generate-handler';
import { has, run } from '../helpers/runtimes';

// Valid as text, as hex and as base64 alike, so every key decoding gets the same bytes everywhere;
// schemes with "whsec_" keys get the prefixed form.
const plainSecret = '0123456789abcdef0123456789abcdef';
const whsecSecret = 'whsec_' + Buffer.from(plainSecret).toString('base64');
const now = 1_760_000_000;

/** One signed delivery per provider: its first sample event, or a JSON body signed by its re-signer. */
function signedDelivery(id: string, secret: string): CapturedRequest | null {
  const d = providerDefinitions.find((p) => p.id === id)!;
  if ('templates' in d.compose && d.compose.templates.length) {
    const r = composeEvent(
      { template: d.compose.templates[0]!.id },
      {
        secrets: () => [{ label: 'proof', value: secret }],
        defaultBaseUrl: 'http://127.0.0.1:8787',
        nowUnix: now,
      },
    );
    if (!r.ok) return null;
    return {
      method: r.event.method,
      path: r.event.path,
      url: r.event.url,
      headers: r.event.headers,
      body: r.body,
      receivedAtUnix: now,
    };
  }
  if (!('signer' in d.resign)) return null;
  const body = Buffer.from('{"type":"event_callback","event":{"text":"héllo"},"id":"evt_1"}');
  const req = {
    method: 'POST',
    url: 'http://127.0.0.1:8787/webhook',
    headers: [['Content-Type', 'application/json']] as [string, string][],
    body,
  };
  const out = d.resign.signer(req, { secret, nowUnix: now, newId: () => 'msg_proof' });
  if ('problem' in out) return null;
  return { method: 'POST', path: '/webhook', url: req.url, headers: out.headers, body, receivedAtUnix: now };
}

const supported: { id: string; request: CapturedRequest; secret: string }[] = [];
const unsupported: { id: string; reason: string }[] = [];
for (const d of providerDefinitions) {
  if (d.secretKind === 'none' || d.id === 'generic') continue;
  let secret = plainSecret;
  let request = signedDelivery(d.id, secret);
  if (!request) {
    unsupported.push({ id: d.id, reason: 'no sample event or re-signer to make a delivery with' });
    continue;
  }
  try {
    if (schemeForCapture(request, d.id).key === 'whsec-base64') {
      secret = whsecSecret;
      request = signedDelivery(d.id, secret)!;
    }
    schemeForCapture(request, d.id);
    supported.push({ id: d.id, request, secret });
  } catch (error) {
    if (!(error instanceof GenerationUnsupported)) throw error;
    unsupported.push({ id: d.id, reason: error.message });
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeHandler(providerId: string, request: CapturedRequest, target: HandlerTargetId): string {
  const dir = mkdtempSync(join(tmpdir(), `hookscope-handler-${target}-`));
  dirs.push(dir);
  for (const f of generateHandler(request, providerId, target).files)
    writeFileSync(join(dir, f.name), f.content);
  return dir;
}

/** Runs a command with the secret in the environment (as the generated test expects). */
function withSecret(
  providerId: string,
  request: CapturedRequest,
  secret: string,
  command: string,
  args: string[],
  dir: string,
) {
  const name = generateHandler(request, providerId, 'express').secretEnv;
  return run(command, args, dir, { env: { [name]: secret, GOCACHE: join(tmpdir(), 'hookscope-go-cache') } });
}

interface LanguageProof {
  target: HandlerTargetId;
  available: () => boolean;
  test: [string, string[]];
  /** Output that shows both checks ran (not skipped). */
  ran: RegExp;
  wrappers: { target: HandlerTargetId; check: (dir: string) => Promise<unknown> }[];
}

const proofs: LanguageProof[] = [
  {
    target: 'express',
    available: () => true,
    test: [process.execPath, ['--test', 'verify-webhook.test.mjs']],
    ran: /pass 2[\s\S]*skipped 0/,
    wrappers: [
      { target: 'express', check: (dir) => run(process.execPath, ['--check', 'server.mjs'], dir) },
      {
        target: 'nextjs',
        check: async (dir) => {
          const { readFileSync } = await import('node:fs');
          const out = ts.transpileModule(readFileSync(join(dir, 'route.ts'), 'utf8'), {
            reportDiagnostics: true,
            fileName: 'route.ts',
          });
          expect(out.diagnostics ?? []).toEqual([]);
        },
      },
    ],
  },
  {
    target: 'fastapi',
    available: has.python,
    test: ['python3', ['-m', 'unittest', '-v', 'test_verify_webhook.py']],
    ran: /test_captured_request_verifies \S+ \.\.\. ok[\s\S]*test_one_changed_byte_fails \S+ \.\.\. ok/,
    wrappers: [
      { target: 'fastapi', check: (dir) => run('python3', ['-m', 'py_compile', 'app.py'], dir) },
      { target: 'flask', check: (dir) => run('python3', ['-m', 'py_compile', 'app.py'], dir) },
    ],
  },
  {
    target: 'php',
    available: has.php,
    test: ['php', ['verify_webhook_test.php']],
    ran: /^ok: the captured request verifies; one changed byte fails/,
    wrappers: [
      { target: 'php', check: (dir) => run('php', ['-l', 'webhook.php'], dir) },
      { target: 'laravel', check: (dir) => run('php', ['-l', 'WebhookController.php'], dir) },
    ],
  },
  {
    target: 'go',
    available: has.go,
    test: ['go', ['test', '-v', '.']],
    ran: /--- PASS: TestCapturedRequestVerifies[\s\S]*--- PASS: TestOneChangedByteFails/,
    wrappers: [{ target: 'go', check: (dir) => run('go', ['vet', '.'], dir) }],
  },
  {
    target: 'sinatra',
    available: has.ruby,
    test: ['ruby', ['test_verify_webhook.rb']],
    ran: /2 runs, 2 assertions, 0 failures, 0 errors, 0 skips/,
    wrappers: [{ target: 'sinatra', check: (dir) => run('ruby', ['-c', 'app.rb'], dir) }],
  },
];

it('supports most providers and names the reason for each one it cannot generate', () => {
  expect(supported.length).toBeGreaterThanOrEqual(20);
  for (const u of unsupported) expect(u.reason).toMatch(/\S/);
  // The reasons are what the UI shows: print them for the record of this run.
  console.log(
    `generation: ${supported.length} providers supported; not supported: ${unsupported.map((u) => `${u.id} (${u.reason})`).join('; ')}`,
  );
});

it('every target is listed with how it is checked here; C# says it is not', () => {
  expect(handlerTargets.map((t) => t.id)).toEqual([
    'express',
    'nextjs',
    'fastapi',
    'flask',
    'laravel',
    'php',
    'go',
    'sinatra',
    'aspnet',
  ]);
  expect(handlerTargets.find((t) => t.id === 'aspnet')!.checked).toMatch(/^Not checked here/);
});

for (const proof of proofs) {
  const language = handlerTargets.find((t) => t.id === proof.target)!.language;
  describe(`${language}${proof.available() ? '' : ' (runtime missing here: skipped)'}`, () => {
    for (const { id, request, secret } of supported) {
      it.skipIf(!proof.available())(
        `${id}: the capture verifies, a changed byte fails; wrappers pass the language's checker`,
        async () => {
          const dir = writeHandler(id, request, proof.target);
          const output = await withSecret(id, request, secret, proof.test[0], proof.test[1], dir);
          expect(output).toMatch(proof.ran);
          for (const w of proof.wrappers)
            await w.check(w.target === proof.target ? dir : writeHandler(id, request, w.target));
        },
        120_000,
      );
    }
  });
}

it('refuses a capture without a known provider, saying what to do', () => {
  const request: CapturedRequest = {
    method: 'POST',
    path: '/x',
    url: 'http://h/x',
    headers: [],
    body: Buffer.from('{}'),
    receivedAtUnix: now,
  };
  expect(() => generateHandler(request, null, 'express')).toThrow(/No provider is known/);
});
