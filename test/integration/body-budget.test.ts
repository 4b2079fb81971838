// The receiver's memory budget for bodies in flight: a large body that does not fit is answered
// 503 with Retry-After at once and recorded; small webhooks are still taken meanwhile; once the
// first upload is stored, its bytes are free again.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureDetail, CapturePage } from '@shared/types';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import { rawRequest } from '../helpers/raw-http';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore({ inFlightBudgetBytes: 1.5 * 1024 * 1024 });
});
afterAll(() => core.dispose());

const MB = 1024 * 1024;

/** Starts an upload of `size` bytes, sends `sent` of them and keeps the connection open. */
function startUpload(
  path: string,
  size: number,
  sent: number,
): { socket: Socket; response: Promise<string> } {
  const { hostname, port } = new URL(core.receiverUrl);
  const socket = connect(Number(port), hostname);
  const response = new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
  });
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`,
  );
  socket.write(Buffer.alloc(sent, 1));
  return { socket, response };
}

describe('bodies in flight', () => {
  it('answers 503 with Retry-After to a large body past the budget, records it, and still takes small ones', async () => {
    // 1.5 MB reserved by an upload still arriving.
    const first = startUpload('/upload/first', 1.5 * MB, 64 * 1024);
    await new Promise((r) => first.socket.once('ready', r));
    await expect
      .poll(async () => {
        const probe = await rawRequest(
          core.receiverUrl,
          `POST /upload/second HTTP/1.1\r\nHost: x\r\nContent-Length: ${MB}\r\nConnection: close\r\n\r\n`,
          Buffer.alloc(MB, 2),
        );
        return probe.status;
      })
      .toBe(503);
    const second = await rawRequest(
      core.receiverUrl,
      `POST /upload/third HTTP/1.1\r\nHost: x\r\nContent-Length: ${MB}\r\nConnection: close\r\n\r\n`,
      Buffer.alloc(MB, 3),
    );
    expect(second.status).toBe(503);
    expect(second.head).toMatch(/\r\nRetry-After: 2\r\n/i);
    // Chunked: the JSON sits between the chunk-size lines.
    expect(second.body.toString()).toMatch(/"error":"receiver_busy"/);

    // A small webhook is never refused for it.
    const small = await fetch(`${core.receiverUrl}/small`, { method: 'POST', body: '{"ok":1}' });
    expect(small.status).toBe(200);

    // The refusal is a stored capture saying why.
    const page: CapturePage = await core.service.call('listCaptures', { pathPrefix: '/upload/third' });
    expect(page.items).toHaveLength(1);
    const refused: CaptureDetail = await core.service.call('getCapture', { id: page.items[0]!.id });
    expect(refused).toMatchObject({ kind: 'rejected', status: 503, size: MB, bodyTruncated: true });
    expect(refused.note).toMatch(/memory budget/);

    // The first upload completes and is stored whole; its bytes are then free for the next one.
    first.socket.end(Buffer.alloc(1.5 * MB - 64 * 1024, 1));
    expect(await first.response).toMatch(/^HTTP\/1\.1 200/);
    const after = await rawRequest(
      core.receiverUrl,
      `POST /upload/fourth HTTP/1.1\r\nHost: x\r\nContent-Length: ${MB}\r\nConnection: close\r\n\r\n`,
      Buffer.alloc(MB, 4),
    );
    expect(after.status).toBe(200);
    const stored: CapturePage = await core.service.call('listCaptures', { pathPrefix: '/upload/first' });
    const detail: CaptureDetail = await core.service.call('getCapture', { id: stored.items[0]!.id });
    expect(detail).toMatchObject({ size: 1.5 * MB, bodyTruncated: false, kind: 'request' });
  });
});

describe('the busy answer reaches the client', () => {
  it('answers 503 with Retry-After while a client is still sending, and lets it finish sending instead of resetting it', async () => {
    const holder = startUpload('/upload/holder', 1.5 * MB, 64 * 1024);
    await new Promise((r) => holder.socket.once('ready', r));
    const { hostname, port } = new URL(core.receiverUrl);
    const size = 4 * MB;
    const socket = connect(Number(port), hostname);
    let answer = '';
    let socketError: string | null = null;
    let sentBeforeAnswer = 0;
    let sent = 0;
    socket.on('data', (d: Buffer) => {
      if (answer === '') sentBeforeAnswer = sent;
      answer += d.toString('latin1');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (socketError = e.code ?? e.message));
    socket.write(`POST /upload/busy HTTP/1.1\r\nHost: x\r\nContent-Length: ${size}\r\n\r\n`);
    // A client streaming a file: pieces, each written once the previous one left.
    for (; sent < size && !socket.destroyed; sent += 256 * 1024)
      await new Promise<void>((resolve) => socket.write(Buffer.alloc(256 * 1024, 7), () => resolve()));
    await new Promise<void>((resolve) => socket.end(resolve));
    await new Promise((r) => socket.once('close', r));
    expect(socketError).toBeNull();
    expect(sent).toBe(size);
    expect(answer).toMatch(/^HTTP\/1\.1 503 /);
    expect(answer).toMatch(/\r\nRetry-After: 2\r\n/i);
    expect(answer).toMatch(/"error":"receiver_busy"/);
    // Answered before the upload was over: the sender learns at once that it should retry.
    expect(sentBeforeAnswer).toBeLessThan(size);
    const page: CapturePage = await core.service.call('listCaptures', { pathPrefix: '/upload/busy' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'rejected', status: 503, size });
    holder.socket.destroy();
  });
});
