// "Copy as cURL" run for real: the command goes through bash and dash into the real curl binary
// and the local handler receives exactly the captured headers and body bytes — with hostile header
// values and shell syntax in the body staying inert (no file is created).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { curlCommand } from '../../src-main/core/replay';
import { recordingServer, type RecordingServer } from '../unit/replay/helpers';

const run = promisify(execFile);
let handler: RecordingServer;
let scratch: string;

beforeEach(async () => {
  handler = await recordingServer();
  scratch = mkdtempSync(join(tmpdir(), 'hookscope-curl-'));
});
afterEach(async () => {
  await handler.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe.each(['bash', 'dash'] as const)('copy as cURL through %s and real curl', (shell) => {
  it('delivers hostile text exactly and runs nothing', async () => {
    const marker = join(scratch, 'pwned');
    const body = Buffer.from(
      `{"x":"$(touch ${marker})","y":"\`touch ${marker}\`","z":"it's; touch ${marker} & echo %s \\\\ !"}`,
    );
    const headers: [string, string][] = [
      ['X-Evil', `'; touch ${marker}; '`],
      ['X-Vars', '$HOME ${PATH} $(id)'],
      ['Content-Type', 'application/json'],
      ['X-Dup', '1'],
      ['X-Dup', '2'],
    ];
    const arrived = handler.nextArrival();
    await run(shell, [
      '-c',
      curlCommand({ method: 'POST', url: `${handler.url}/hook?a[0]=1&b={2}`, headers, body }) +
        ' --silent --output /dev/null',
    ]);
    const arrival = await arrived;
    expect(existsSync(marker)).toBe(false);
    expect(arrival.url).toBe('/hook?a[0]=1&b={2}');
    expect(arrival.body.equals(body)).toBe(true);
    // curl adds Host and Content-Length; every other header is exactly ours, in order.
    expect(arrival.rawHeaders.filter(([n]) => !/^(host|content-length)$/i.test(n))).toEqual(headers);
  });

  it('delivers a binary body byte for byte through printf | curl --data-binary @-', async () => {
    const body = Buffer.from(Array.from({ length: 256 }, (_, i) => 255 - i));
    const arrived = handler.nextArrival();
    await run(shell, [
      '-c',
      curlCommand({
        method: 'PATCH',
        url: `${handler.url}/bin`,
        headers: [['Content-Type', 'application/octet-stream']],
        body,
      }) + ' --silent --output /dev/null',
    ]);
    const arrival = await arrived;
    expect(arrival.method).toBe('PATCH');
    expect(arrival.body.equals(body)).toBe(true);
    expect(arrival.rawHeaders.filter(([n]) => !/^(host|content-length)$/i.test(n))).toEqual([
      ['Content-Type', 'application/octet-stream'],
    ]);
  });
});
