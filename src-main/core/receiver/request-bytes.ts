// The bytes of the request Node's parser is working on, kept per connection so that a request Node
// refuses (headers too large, headers never finished, not HTTP at all) is recorded from its first
// byte with its real request line — Node hands the error handler only the last chunk it read.
// Collecting stops once a request's headers are parsed (from then on the request is the
// receiver's) and starts again, empty, once its answer is sent.
import type { Socket } from 'node:net';

export interface ParsedRequestInfo {
  method: string;
  url: string;
  /** Declared Content-Length, or 0 (only used to find where a pipelined request ends). */
  contentLength: number;
  /** The body is chunked: its end is found by walking its framing (`chunkedBodyEnd`). */
  chunked: boolean;
}

export class RequestBytes {
  private chunks: Buffer[] = [];
  private size = 0;
  private collecting = true;
  private waiting: (() => void)[] = [];
  /** The request whose headers were parsed last on this connection. */
  last: ParsedRequestInfo | null = null;
  /** Set once a client error was recorded: the parser repeats its error for every later chunk. */
  failed = false;
  /** Why Node stopped parsing the body of the request in progress (its handler records it). */
  bodyError: string | null = null;

  constructor(private readonly max: number) {}

  readonly onData = (chunk: Buffer): void => {
    if (!this.collecting || this.size >= this.max) return;
    const part = chunk.length <= this.max - this.size ? chunk : chunk.subarray(0, this.max - this.size);
    this.chunks.push(part);
    this.size += part.length;
  };

  requestParsed(info: ParsedRequestInfo): void {
    this.last = info;
    this.collecting = false;
    this.chunks = [];
    this.size = 0;
  }

  answerSent(): void {
    this.collecting = true;
    for (const fn of this.waiting.splice(0)) fn();
  }

  /** Run `fn` once the request in progress is answered (at once if none is): answers keep their order. */
  afterAnswer(fn: () => void): void {
    if (this.collecting) fn();
    else this.waiting.push(fn);
  }

  /** A request's headers were parsed and its answer is not sent yet. */
  get requestInProgress(): boolean {
    return !this.collecting;
  }

  /** Bytes received for the current, unparsed request (not including the chunk being parsed now). */
  received(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size);
  }

  get hasBytes(): boolean {
    return this.size > 0;
  }
}

const taps = new WeakMap<Socket, RequestBytes>();

export function tapSocket(socket: Socket, max: number): RequestBytes {
  const tap = new RequestBytes(max);
  taps.set(socket, tap);
  socket.on('data', tap.onData);
  return tap;
}

export function tapOf(socket: Socket | null | undefined): RequestBytes | undefined {
  return socket ? taps.get(socket) : undefined;
}

/**
 * Where the refused request starts in the chunk Node was parsing. When the chunk also held the
 * request before it (pipelining), skip that one: its request line, headers and declared body.
 * -1: the error is inside the previous request's body (a bad chunk), which that request's own
 * capture records.
 */
export function refusedRequestStart(
  packet: Buffer,
  bytesParsed: number,
  previous: ParsedRequestInfo | null,
): number {
  if (!previous) return 0;
  const line = packet.indexOf(`${previous.method} ${previous.url} `, 0, 'latin1');
  if (line < 0) return previous.chunked ? -1 : 0;
  const headEnd = packet.indexOf('\r\n\r\n', line, 'latin1');
  if (headEnd < 0) return 0;
  const end = previous.chunked ? chunkedBodyEnd(packet, headEnd + 4) : headEnd + 4 + previous.contentLength;
  if (end < 0 || bytesParsed < end) return -1;
  if (bytesParsed < end) return -1;
  return end < packet.length ? end : 0;
}

/**
 * Where a chunked body that starts at `at` ends (after its last chunk and trailer section), read
 * by its framing; -1 when the framing is broken or the body does not end in this packet (then the
 * error is inside the body).
 */
export function chunkedBodyEnd(packet: Buffer, at: number): number {
  for (;;) {
    const lineEnd = packet.indexOf('\r\n', at, 'latin1');
    if (lineEnd < 0) return -1;
    const size = /^([0-9a-fA-F]{1,15})(?:[ \t]*;.*)?$/.exec(packet.toString('latin1', at, lineEnd));
    if (!size) return -1;
    const length = Number.parseInt(size[1]!, 16);
    if (length === 0) break;
    at = lineEnd + 2 + length;
    if (packet.toString('latin1', at, at + 2) !== '\r\n') return -1;
    at += 2;
  }
  // The last chunk's line, then trailer fields up to an empty line.
  at = packet.indexOf('\r\n', at, 'latin1') + 2;
  for (;;) {
    const lineEnd = packet.indexOf('\r\n', at, 'latin1');
    if (lineEnd < 0) return -1;
    if (lineEnd === at) return at + 2;
    at = lineEnd + 2;
  }
}
