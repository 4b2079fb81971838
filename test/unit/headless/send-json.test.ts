// The control API's JSON answers: identical to JSON.stringify once parsed, and a large one (a
// capture's body in base64) written over many turns of the loop instead of in one block.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson } from '../../../src-main/headless/send-json';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves `value`; `onSend` sees the promise of each answer being written. */
async function serve(value: unknown, onSend?: (written: Promise<void>) => void): Promise<string> {
  const app = express();
  app.get('/', (_req, res) => {
    const written = sendJson(res, 200, value);
    onSend?.(written);
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

describe('sendJson', () => {
  it('answers small results as plain JSON', async () => {
    const value = { items: [{ id: 1, path: '/a "quoted" \\ path' }], total: 1, next: null };
    const res = await fetch(await serve(value));
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.text()).toBe(JSON.stringify(value));
  });

  it('reads back long strings exactly, whatever they contain and wherever a slice ends', async () => {
    // Escapes, NULs and astral characters (surrogate pairs) throughout, so slices cut through them.
    const unit = 'a"b\\c\u0000d\n😀é/';
    const long = unit.repeat(120_000);
    const value = {
      id: 7,
      bodyBase64: 'QUJD'.repeat(300_000),
      decoded: { text: long },
      list: [long, 'short'],
    };
    const res = await fetch(await serve(value));
    const text = await res.text();
    expect(text).toBe(JSON.stringify(value));
    expect(JSON.parse(text)).toEqual(value);
  });

  it('lets the loop run other work while a large answer is written', async () => {
    const value = { id: 1, bodyBase64: 'A'.repeat(16 * 1024 * 1024) };
    // Turns of the loop taken by other work between the start of the answer and its last write
    // (res.json encodes and writes it all within one turn: none).
    let turns = 0;
    const url = await serve(value, (written) => {
      let writing = true;
      const tick = (): void => {
        if (!writing) return;
        turns++;
        setImmediate(tick);
      };
      setImmediate(tick);
      void written.then(() => (writing = false));
    });
    const body = await (await fetch(url)).text();
    expect(body).toBe(JSON.stringify(value));
    // 16 M characters in slices of 256 K: the loop turned between them.
    expect(turns).toBeGreaterThanOrEqual(64);
  });
});
