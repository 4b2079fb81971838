// The headless control API's guards, over real sockets against the built server.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CapturePage } from '@shared/types';
import type { EventEnvelope } from '@shared/bridge';
import { startHeadless, type HeadlessServer } from '../helpers/headless-server';

let server: HeadlessServer;
beforeAll(async () => {
  server = await startHeadless();
});
afterAll(() => server.stop());

/** node:http, because fetch will not let a test forge Host. */
function rawApi(
  path: string,
  headers: Record<string, string>,
  body = '{}',
): Promise<{ status: number; body: string }> {
  const url = new URL(server.apiBase);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('guards', () => {
  it('refuses a request without the token (401) and with a wrong one', async () => {
    const none = await fetch(`${server.apiBase}/api/listCaptures`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(((await none.json()) as { code: string }).code).toBe('unauthorized');
    const wrong = await fetch(`${server.apiBase}/api/listCaptures`, {
      method: 'POST',
      body: '{}',
      headers: { Authorization: 'Bearer not-the-token' },
    });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) with 403 even with the token', async () => {
    const res = await rawApi('/api/listCaptures', {
      Host: `evil.example:${new URL(server.apiBase).port}`,
      Authorization: `Bearer ${server.token}`,
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).code).toBe('forbidden');
    const ok = await rawApi('/api/listCaptures', {
      Host: `localhost:${new URL(server.apiBase).port}`,
      Authorization: `Bearer ${server.token}`,
    });
    expect(ok.status).toBe(200);
  });

  it('refuses a foreign Origin with 403 even with the token', async () => {
    const res = await fetch(`${server.apiBase}/api/listCaptures`, {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${server.token}`, Origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('does not serve the control API on the receiver port (404)', async () => {
    const res = await fetch(`${server.receiverUrl}/api/listCaptures`, {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(res.status).toBe(404);
  });

  it('refuses an event socket without the token or from a foreign origin', async () => {
    const wsBase = server.apiBase.replace('http', 'ws');
    const refused = (url: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => resolve(101));
        ws.on('error', () => undefined);
      });
    expect(await refused(`${wsBase}/api/events`)).toBe(401);
    expect(
      await refused(`${wsBase}/api/events?token=${server.token}`, { Origin: 'https://evil.example' }),
    ).toBe(403);
  });
});

describe('operations', () => {
  it('returns stable error codes with proper HTTP statuses', async () => {
    const post = (op: string, body: string) =>
      fetch(`${server.apiBase}/api/${op}`, {
        method: 'POST',
        body,
        headers: { Authorization: `Bearer ${server.token}` },
      });
    const unknown = await post('dropDatabase', '{}');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe('unknown_operation');
    const invalid = await post('getCapture', '{"id":"seven"}');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { code: string }).code).toBe('invalid_input');
    const badJson = await post('listCaptures', '{not json');
    expect(badJson.status).toBe(400);
    const missing = await post('getCapture', '{"id":999999}');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('not_found');
  });

  it('streams capture.added over the WebSocket and finds captures by full-text search', async () => {
    const ws = new WebSocket(`${server.apiBase.replace('http', 'ws')}/api/events?token=${server.token}`);
    await new Promise((r) => ws.once('open', r));
    const added = new Promise<EventEnvelope>((resolve) => {
      ws.on('message', (data: Buffer) => {
        const envelope = JSON.parse(data.toString()) as EventEnvelope;
        if (envelope.event === 'capture.added') resolve(envelope);
      });
    });
    const res = await fetch(`${server.receiverUrl}/stripe/hook`, {
      method: 'POST',
      body: JSON.stringify({ type: 'invoice.paid', note: 'zebrafish-marker' }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(200);
    const envelope = await added;
    ws.close();
    expect(envelope.payload).toMatchObject({ method: 'POST', path: '/stripe/hook', status: 200 });

    const found = await server.call<CapturePage>('listCaptures', { query: 'zebrafish' });
    expect(found.items.map((c) => c.path)).toEqual(['/stripe/hook']);
    const none = await server.call<CapturePage>('listCaptures', { query: 'platypus' });
    expect(none.items).toEqual([]);
  });

  it('clears captures', async () => {
    await fetch(`${server.receiverUrl}/to-clear`, { method: 'POST', body: 'x' });
    const result = await server.call<{ removed: number }>('clearCaptures');
    expect(result.removed).toBeGreaterThan(0);
    expect((await server.call<CapturePage>('listCaptures')).total).toBe(0);
  });
});
