// Forwarding and sending over real sockets: the exact bytes arrive at a local handler (order, case
// and duplicates of headers, binary body), the handler's answer is recorded, and refused, timed-out
// and reset connections come back as stable error codes. Routing sends WhatsApp statuses and
// messages to different handlers.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildOutgoing, Forwarder, sendRequest, type ForwardableCapture } from '../../src-main/core/replay';
import { forwardSettingsSchema, type ForwardSettings, type SendOutcome } from '@shared/replay-types';
import {
  closedPort,
  memoryDeliveryQueue,
  recordingServer,
  type RecordingServer,
} from '../unit/replay/helpers';

const servers: RecordingServer[] = [];
const rawServers: Server[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(
    rawServers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

async function server(...args: Parameters<typeof recordingServer>): Promise<RecordingServer> {
  const s = await recordingServer(...args);
  servers.push(s);
  return s;
}

const binaryBody = Buffer.concat([
  Buffer.from('{"a":"'),
  Buffer.from([0x00, 0xff, 0xfe, 0xc3, 0x28, 0x0d, 0x0a]),
  Buffer.from('"}'),
]);

const capture = (over: Partial<ForwardableCapture> = {}): ForwardableCapture => ({
  id: 1,
  method: 'POST',
  path: '/webhooks/wa?x=1&x=2',
  headers: [
    ['Host', 'abc.ngrok.app'],
    ['user-agent', 'facebookexternalua'],
    ['Content-Type', 'application/json'],
    ['X-Hub-Signature-256', 'sha256=abc'],
    ['X-Dup', 'one'],
    ['x-dup', 'two'],
    ['Transfer-Encoding', 'chunked'],
    ['Connection', 'keep-alive'],
    ['X-Forwarded-For', '31.13.0.1'],
  ],
  body: binaryBody,
  kind: 'request',
  ...over,
});

function settings(targets: unknown[], paused = false): ForwardSettings {
  return forwardSettingsSchema.parse({ paused, targets });
}

function collectingForwarder(
  get: () => ForwardSettings,
  extra: Partial<ConstructorParameters<typeof Forwarder>[0]> = {},
) {
  const outcomes = new Map<number, SendOutcome[]>();
  const captures = new Map<number, ForwardableCapture>();
  const forwarder = new Forwarder({
    settings: get,
    queue: memoryDeliveryQueue(),
    load: (id) => captures.get(id) ?? null,
    onOutcome: (id, o) => outcomes.set(id, [...(outcomes.get(id) ?? []), o]),
    ...extra,
  });
  // What the store does: the capture is stored before it is enqueued, and read back when sent.
  const enqueue = forwarder.enqueue.bind(forwarder);
  forwarder.enqueue = (c) => {
    captures.set(c.id, c);
    enqueue(c);
  };
  return { forwarder, outcomes };
}

describe('sendRequest / Forwarder against a local handler', () => {
  it('delivers method, path, headers (order, case, duplicates) and body bytes exactly; records the answer', async () => {
    const handler = await server();
    const { forwarder, outcomes } = collectingForwarder(() =>
      settings([{ id: 'local', url: `${handler.url}/hook`, enabled: true }]),
    );
    forwarder.enqueue(capture());
    const arrival = await handler.nextArrival();
    await forwarder.idle();

    expect(arrival.method).toBe('POST');
    expect(arrival.url).toBe('/hook/webhooks/wa?x=1&x=2');
    expect(arrival.body.equals(binaryBody)).toBe(true);
    const host = new URL(handler.url).host;
    expect(arrival.rawHeaders).toEqual([
      ['Host', host],
      ['user-agent', 'facebookexternalua'],
      ['Content-Type', 'application/json'],
      ['X-Hub-Signature-256', 'sha256=abc'],
      ['X-Dup', 'one'],
      ['x-dup', 'two'],
      ['X-Forwarded-For', '31.13.0.1'],
      ['Content-Length', String(binaryBody.length)],
      // The hop mark: a Hookscope this reaches will not forward it again (loop guard).
      ['X-Hookscope-Forwarded', '1'],
      ['Connection', 'close'],
    ]);

    const [outcome] = outcomes.get(1)!;
    expect(outcome).toMatchObject({
      targetId: 'local',
      url: `${handler.url}/hook/webhooks/wa?x=1&x=2`,
      error: null,
    });
    expect(outcome!.response).toMatchObject({ status: 202, bodySize: 19, bodyTruncated: false });
    expect(Buffer.from(outcome!.response!.bodyBase64, 'base64').toString()).toBe('accepted by handler');
    expect(outcome!.response!.headers.slice(0, 3)).toEqual([
      ['X-Handler', 'test'],
      ['Content-Type', 'text/plain'],
      ['X-Handler', 'second'],
    ]);
    expect(outcome!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(outcome!.durationMs).toBeGreaterThanOrEqual(outcome!.latencyMs!);
  });

  it('reports connection refused with a plain message', async () => {
    const port = await closedPort();
    const outcome = await sendRequest(buildOutgoing(capture(), `http://127.0.0.1:${port}/hook`));
    expect(outcome.response).toBeNull();
    expect(outcome.error).toEqual({
      code: 'connection_refused',
      message: `Nothing is listening at http://127.0.0.1:${port}: is your handler running on that port?`,
    });
  });

  it('times out after 10 s by default (fake timers) and frees the connection', async () => {
    const handler = await server(() => {
      /* never answers */
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pending = sendRequest(buildOutgoing(capture(), `${handler.url}/slow`));
    await handler.nextArrival();
    await vi.advanceTimersByTimeAsync(9_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const outcome = await pending;
    expect(outcome.error).toEqual({ code: 'timeout', message: `${handler.url} did not answer within 10 s.` });
    expect(outcome.response).toBeNull();
  });

  it('reports a handler that drops the connection as reset', async () => {
    const handler = await server((req) => req.socket.destroy());
    const outcome = await sendRequest(buildOutgoing(capture(), `${handler.url}/crash`));
    expect(outcome.error?.code).toBe('reset');
  });

  it('reports an answer cut short mid-body as reset', async () => {
    const raw = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('partial', () => res.socket?.destroy());
    });
    rawServers.push(raw);
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const outcome = await sendRequest(
      buildOutgoing(capture(), `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`),
    );
    expect(outcome.error?.code).toBe('reset');
  });

  it('reports an unknown host as dns', async () => {
    const outcome = await sendRequest(buildOutgoing(capture(), 'http://hookscope-no-such-host.invalid/hook'));
    expect(outcome.error?.code).toBe('dns');
  });

  it('keeps only the first maxResponseBytes of a large answer but counts them all', async () => {
    const handler = await server((_req, res) => res.end(Buffer.alloc(5000, 0x61)));
    const outcome = await sendRequest(buildOutgoing(capture(), handler.url), { maxResponseBytes: 1000 });
    expect(outcome.response).toMatchObject({ status: 200, bodySize: 5000, bodyTruncated: true });
    expect(Buffer.from(outcome.response!.bodyBase64, 'base64').length).toBe(1000);
  });
});

describe('Forwarder routing and pause', () => {
  const wa = (name: string) => readFileSync(new URL(`../fixtures/payloads/${name}`, import.meta.url));
  const waCapture = (id: number, file: string) =>
    capture({
      id,
      path: '/whatsapp',
      body: wa(file),
      headers: [
        ['Content-Type', 'application/json'],
        ['X-Hub-Signature-256', 'sha256=00'],
      ],
    });

  it('sends WhatsApp statuses to one handler and messages to another', async () => {
    const statuses = await server();
    const messages = await server();
    const { forwarder, outcomes } = collectingForwarder(() =>
      settings([
        {
          id: 'statuses',
          url: statuses.url,
          enabled: true,
          match: { provider: 'meta', eventType: 'statuses' },
          pathMode: 'replace',
        },
        {
          id: 'messages',
          url: messages.url,
          enabled: true,
          match: { provider: 'meta', eventType: 'messages' },
          pathMode: 'replace',
        },
      ]),
    );
    forwarder.enqueue(waCapture(1, 'wa-text.json'));
    forwarder.enqueue(waCapture(2, 'wa-statuses.json'));
    await forwarder.idle();
    expect(messages.arrivals.map((a) => a.body.equals(wa('wa-text.json')))).toEqual([true]);
    expect(statuses.arrivals.map((a) => a.body.equals(wa('wa-statuses.json')))).toEqual([true]);
    expect(outcomes.get(1)!.map((o) => o.targetId)).toEqual(['messages']);
    expect(outcomes.get(2)!.map((o) => o.targetId)).toEqual(['statuses']);
  });

  it('enqueue returns before anything is sent; nothing goes while paused, nor for rejected, truncated or replayed captures', async () => {
    const handler = await server();
    let current = settings([{ id: 't', url: handler.url, enabled: true }], true);
    const skipped: string[] = [];
    const { forwarder, outcomes } = collectingForwarder(() => current, {
      onSkipped: (id, why) => skipped.push(`${id}: ${why}`),
    });
    forwarder.enqueue(capture({ id: 1 }));
    current = { ...current, paused: false };
    forwarder.enqueue(capture({ id: 2, kind: 'rejected' }));
    forwarder.enqueue(capture({ id: 3, bodyTruncated: true }));
    forwarder.enqueue(
      capture({ id: 5, origin: { kind: 'replay', replayOf: 4, targetUrl: handler.url, resigned: false } }),
    );
    forwarder.enqueue(capture({ id: 4 }));
    expect(handler.arrivals).toHaveLength(0); // deferred: the receiver's answer goes first
    await forwarder.idle();
    expect([...outcomes.keys()]).toEqual([4]);
    expect(skipped).toEqual([expect.stringMatching(/^3: only part of the body/)]);
  });

  it('pausing applies to captures still queued: they are not sent, and say why (so they can be retried)', async () => {
    const handler = await server();
    let current = settings([{ id: 't', url: handler.url, enabled: true }]);
    const { forwarder, outcomes } = collectingForwarder(() => current);
    forwarder.enqueue(capture({ id: 1 }));
    current = { ...current, paused: true };
    await forwarder.idle();
    expect(handler.arrivals).toHaveLength(0);
    expect(outcomes.get(1)).toEqual([
      expect.objectContaining({
        targetId: 't',
        response: null,
        error: { code: 'not_sent', message: expect.stringContaining('paused') },
      }),
    ]);
  });
});
