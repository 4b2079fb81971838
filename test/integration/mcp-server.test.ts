// The MCP server as an agent meets it: the official SDK client over stdio, against a running
// headless Hookscope (control API + token), against a core of its own, and as `headless --mcp`.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHeadless, type HeadlessServer } from '../helpers/headless-server';
import { startMcp, type McpSession } from '../helpers/mcp-client';

const mcpEntry = resolve('out/main/mcp.js');
const headlessEntry = resolve('out/main/headless.js');
const stripeSecret = 'whsec_mcpTestSecretValue0123456789';
const readOnlyTools = [
  'compose_event',
  'copy_as',
  'get_capture',
  'list_captures',
  'list_event_templates',
  'verify_request',
  'wait_for_capture',
];

interface Composed {
  method: string;
  path: string;
  headers: [string, string][];
  body: string;
}
interface CaptureView {
  id: number;
  method: string;
  path: string;
  verdict: string | null;
  provider: string | null;
  headers: [string, string][];
  body: { encoding: string; content: string; size: number };
  digests: { bodySha256: string; signatureReceived: string | null; signatureComputed: string | null };
  signature: { verdict: string; matchedSecret: string | null; diagnosis: { id: string }[] } | null;
  cards: unknown[];
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('against a running Hookscope (control API and token)', () => {
  let server: HeadlessServer;
  let mcp: McpSession;

  beforeAll(async () => {
    server = await startHeadless();
    await server.call('putSecret', { provider: 'stripe', label: 'dashboard', secret: stripeSecret });
    mcp = await startMcp([mcpEntry, '--url', server.apiBase], { HOOKSCOPE_TOKEN: server.token });
  });
  afterAll(async () => {
    await mcp?.close();
    await server?.stop();
  });

  it('offers only read-only tools unless started with --allow-send', async () => {
    const { tools } = await mcp.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(readOnlyTools);
    expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
    expect(await mcp.toolError('replay_capture', { id: 1 })).toMatch(/not found/i);
  });

  it('composes a signed event, waits for it to arrive, and shows its verdict, digests and body', async () => {
    const composed = await mcp.tool<Composed>('compose_event', {
      template: 'stripe-payment-intent-succeeded',
    });
    expect(composed.headers.some(([n]) => n.toLowerCase() === 'stripe-signature')).toBe(true);

    // The baseline is given, so the wait cannot start after the delivery it should see.
    const before = await mcp.tool<{ items: { id: number }[] }>('list_captures', { limit: 1 });
    const waiting = mcp.tool<{ capture: CaptureView | null; timedOut: boolean }>('wait_for_capture', {
      afterId: before.items[0]?.id ?? 0,
      provider: 'stripe',
      verdicts: ['pass'],
      timeoutSeconds: 20,
    });
    // Unrelated traffic first: the wait must not resolve with it.
    await fetch(server.receiverUrl + '/unrelated', { method: 'POST', body: 'x' });
    const sent = await fetch(server.receiverUrl + composed.path, {
      method: composed.method,
      headers: composed.headers,
      body: composed.body,
    });
    expect(sent.status).toBe(200);

    const { capture, timedOut } = await waiting;
    expect(timedOut).toBe(false);
    expect(capture!.path).toBe(composed.path);
    expect(capture!.verdict).toBe('pass');
    expect(capture!.signature!.matchedSecret).toBe('dashboard');
    expect(capture!.body).toMatchObject({ encoding: 'utf8', content: composed.body });
    expect(capture!.digests.bodySha256).toBe(createHash('sha256').update(composed.body).digest('hex'));
    expect(capture!.digests.signatureComputed).toBeTruthy();

    const page = await mcp.tool<{ items: { id: number }[] }>('list_captures', { verdicts: ['pass'] });
    expect(page.items.map((i) => i.id)).toEqual([capture!.id]);
    const searched = await mcp.tool<{ items: { path: string }[] }>('list_captures', { query: 'unrelated' });
    expect(searched.items.map((i) => i.path)).toEqual(['/unrelated']);
  });

  it('verifies a pasted request and explains a tampered one', async () => {
    const composed = await mcp.tool<Composed>('compose_event', {
      template: 'stripe-payment-intent-succeeded',
    });
    const base = { method: 'POST', url: composed.path, headers: composed.headers, provider: 'stripe' };
    const good = await mcp.tool<{ verdict: string }>('verify_request', { ...base, body: composed.body });
    expect(good.verdict).toBe('pass');
    const bad = await mcp.tool<{ verdict: string; diagnosis: unknown[] }>('verify_request', {
      ...base,
      body: composed.body.replace('succeeded', 'succeedeD'),
    });
    expect(bad.verdict).toBe('fail');
    expect(bad.diagnosis.length).toBeGreaterThan(0);
    const pasted = 'whsec_pastedByTheAgent0123456789';
    const withPasted = await mcp.tool<{ verdict: string }>('verify_request', {
      ...base,
      body: composed.body,
      secrets: [pasted],
    });
    expect(withPasted.verdict).toBe('fail');
    expect(mcp.transcript.join('\n')).not.toContain(pasted);
  });

  it('times out with no capture when nothing matches', async () => {
    const result = await mcp.tool<{ capture: null; timedOut: boolean }>('wait_for_capture', {
      pathPrefix: '/never',
      timeoutSeconds: 1,
    });
    expect(result).toMatchObject({ capture: null, timedOut: true });
  });

  it('writes a capture as code in the language asked for', async () => {
    const page = await mcp.tool<{ items: { id: number }[] }>('list_captures', { pathPrefix: '/unrelated' });
    const snippet = await mcp.tool<{ code: string }>('copy_as', {
      id: page.items[0]!.id,
      target: 'python-requests',
    });
    expect(snippet.code).toMatch(/^import requests/);
    expect(snippet.code).toContain('/unrelated');
  });

  it('shows a non-UTF-8 body as base64, never a lossy decode', async () => {
    const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x80, 0x7d]);
    await fetch(server.receiverUrl + '/binary', { method: 'POST', body: bytes });
    const page = await mcp.tool<{ items: { id: number }[] }>('list_captures', { pathPrefix: '/binary' });
    const capture = await mcp.tool<CaptureView>('get_capture', { id: page.items[0]!.id });
    expect(capture.body).toMatchObject({ encoding: 'base64', content: bytes.toString('base64'), size: 6 });
  });

  it('never returns the stored secret or the API token', () => {
    const everything = mcp.transcript.join('\n');
    expect(mcp.transcript.length).toBeGreaterThan(5);
    expect(everything).not.toContain(stripeSecret);
    expect(everything).not.toContain(server.token);
  });

  it('replays and sends test events only with --allow-send', async () => {
    const sender = await startMcp([
      mcpEntry,
      '--url',
      server.apiBase,
      '--token',
      server.token,
      '--allow-send',
    ]);
    try {
      const { tools } = await sender.client.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['replay_capture', 'send_test_event']));
      const sentEvent = await sender.tool<{ outcome: { response: { status: number } | null } }>(
        'send_test_event',
        {
          template: 'stripe-payment-intent-succeeded',
        },
      );
      expect(sentEvent.outcome.response?.status).toBe(200);
      const page = await sender.tool<{ items: { id: number; verdict: string | null }[] }>('list_captures', {
        provider: 'stripe',
        limit: 1,
      });
      const replay = await sender.tool<{
        replayOf: number;
        outcome: { response: { status: number } | null };
      }>('replay_capture', { id: page.items[0]!.id, targetUrl: server.receiverUrl + '/replayed' });
      expect(replay.replayOf).toBe(page.items[0]!.id);
      expect(replay.outcome.response?.status).toBe(200);
      // The replay is stored as a linked capture, and the receiver captured what arrived.
      const replayed = await sender.tool<{ items: { origin: string | null }[] }>('list_captures', {
        pathPrefix: '/replayed',
      });
      expect(replayed.items.map((i) => i.origin ?? 'received').sort()).toEqual(['received', 'replay']);
    } finally {
      await sender.close();
    }
  });
});

it('starts a core of its own when no Hookscope address is given', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-mcp-'));
  dirs.push(dataDir);
  const mcp = await startMcp([mcpEntry, '--data-dir', dataDir, '--receiver-port', '0']);
  try {
    const receiver = await mcp.stderrMatch(/receiver (http:\/\/\S+),/);
    const waiting = mcp.tool<{ capture: CaptureView }>('wait_for_capture', {
      afterId: 0,
      method: 'PUT',
      timeoutSeconds: 20,
    });
    await fetch(receiver + '/own-core', { method: 'PUT', body: 'hello' });
    const { capture } = await waiting;
    expect(capture).toMatchObject({ method: 'PUT', path: '/own-core', body: { content: 'hello' } });
  } finally {
    await mcp.close();
  }
});

it('runs inside headless mode with --mcp (banner on stderr, protocol on stdout)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-mcp-'));
  dirs.push(dataDir);
  const mcp = await startMcp([
    headlessEntry,
    '--mcp',
    '--data-dir',
    dataDir,
    '--receiver-port',
    '0',
    '--inspector-port',
    '0',
  ]);
  try {
    const receiver = await mcp.stderrMatch(/Receiver:\s+(\S+)/);
    await fetch(receiver + '/inside-headless', { method: 'POST', body: '{}' });
    const page = await mcp.tool<{ items: { path: string }[] }>('list_captures', {});
    expect(page.items.map((i) => i.path)).toEqual(['/inside-headless']);
  } finally {
    await mcp.close();
  }
});
