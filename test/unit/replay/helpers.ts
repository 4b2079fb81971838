// Test plumbing for replay: a local HTTP server that records exactly what arrived (raw header list
// and body bytes) and answers as told, plus capture rows to replay.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';
import type { CaptureRow } from '../../../src-main/core/store/capture-store';
import { DeliveryQueue, deliveryQueueMigration } from '../../../src-main/core/store/delivery-queue';

export interface Arrival {
  method: string;
  url: string;
  rawHeaders: [string, string][];
  body: Buffer;
}

export interface RecordingServer {
  url: string;
  arrivals: Arrival[];
  /** Resolves with the next arrival (headers and whole body read). */
  nextArrival(): Promise<Arrival>;
  /** Resolves when the next request's headers are in (for tests that never answer). */
  nextRequestStarted(): Promise<void>;
  close(): Promise<void>;
}

export type Answer = (req: IncomingMessage, res: ServerResponse, arrival: Arrival) => void;

export const answerOk: Answer = (_req, res) => {
  res.writeHead(
    202,
    [
      ['X-Handler', 'test'],
      ['Content-Type', 'text/plain'],
      ['X-Handler', 'second'],
    ].flat(),
  );
  res.end('accepted by handler');
};

export async function recordingServer(answer: Answer = answerOk): Promise<RecordingServer> {
  const arrivals: Arrival[] = [];
  const waiters: ((a: Arrival) => void)[] = [];
  const startWaiters: (() => void)[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    for (const w of startWaiters.splice(0)) w();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawHeaders: [string, string][] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        rawHeaders.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
      const arrival: Arrival = {
        method: req.method ?? '',
        url: req.url ?? '',
        rawHeaders,
        body: Buffer.concat(chunks),
      };
      arrivals.push(arrival);
      answer(req, res, arrival);
      const w = waiters.shift();
      if (w) w(arrival);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    nextArrival: () => new Promise((resolve) => waiters.push(resolve)),
    nextRequestStarted: () => new Promise((resolve) => startWaiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port that refuses connections: listen, note the port, close. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function captureRow(over: Partial<CaptureRow> = {}): CaptureRow {
  const body = over.body ?? Buffer.from('{"hello":"world"}');
  return {
    id: 1,
    receivedAtUs: 1_750_000_000_123_456,
    method: 'POST',
    path: '/webhooks/test?x=1',
    httpVersion: '1.1',
    remoteAddress: '127.0.0.1:50000',
    headers: [
      ['Host', 'abc.ngrok.app'],
      ['User-Agent', 'sender/1.0'],
      ['Content-Type', 'application/json'],
      ['Content-Length', String(body.length)],
    ],
    body,
    bodySize: body.length,
    bodyTruncated: false,
    contentType: 'application/json',
    status: 200,
    responseHeaders: [['Content-Type', 'application/json']],
    responseBody: Buffer.from('{"ok":true,"source":"hookscope"}'),
    kind: 'request',
    note: null,
    provider: null,
    payloadFamily: null,
    verdict: null,
    summary: null,
    duplicateOf: null,
    timestampAge: null,
    analysis: null,
    providerOverride: null,
    origin: null,
    forwards: [],
    ...over,
  };
}

/** The store's delivery queue over a throwaway in-memory database (for Forwarder tests without a store). */
export function memoryDeliveryQueue(): DeliveryQueue {
  const db = new DatabaseSync(':memory:');
  db.exec(
    'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); CREATE TABLE captures (id INTEGER PRIMARY KEY);',
  );
  db.exec(deliveryQueueMigration);
  return new DeliveryQueue(db);
}
