// Response rules whose headers Node would refuse to send: refused when saved (clear 400 through the
// control API), disabled with a note when found in replay.json at start-up, and answering a request
// never throws. Plus: a 204 answer carries no body and no Content-Length.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InspectorError } from '@shared/errors';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import { rawRequest } from '../helpers/raw-http';
import type { Logger } from '../../src-main/core/log/logger';

const cores: TestCore[] = [];
afterAll(async () => {
  for (const c of cores) await c.dispose();
});

const badHeaders: [string, [string, string]][] = [
  ['a non-Latin-1 value', ['X-Greeting', 'Merci ☃']],
  ['a control character in the value', ['X-Bell', 'ring\u0007']],
  ['a NUL in the value', ['X-Nul', 'a\u0000b']],
  ['a space in the name', ['X Bad', 'v']],
  ['a colon in the name', ['X:Bad', 'v']],
];

describe('response rule headers', () => {
  for (const [what, header] of badHeaders) {
    it(`refuses a rule with ${what} when it is saved`, async () => {
      const core = await startTestCore();
      cores.push(core);
      const attempt = core.service.call('setResponseRules', {
        rules: [{ id: 'bad', match: {}, status: 200, delayMs: 50, headers: [header] }],
      });
      await expect(attempt).rejects.toBeInstanceOf(InspectorError);
      await expect(attempt).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(attempt).rejects.toThrow(/header/);
      expect((await core.service.call('getResponseRules', {})).rules).toEqual([]);
      const res = await fetch(core.receiverUrl + '/after', { method: 'POST', body: 'x' });
      expect(res.status).toBe(200);
    });
  }

  it('disables a saved rule that became invalid, with a note, and keeps answering', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-rules-'));
    writeFileSync(
      join(dataDir, 'replay.json'),
      JSON.stringify({
        forward: { paused: false, targets: [] },
        responseRules: [
          {
            id: 'snow',
            name: 'Snowman',
            match: {},
            status: 202,
            delayMs: 20,
            headers: [['X-Greeting', 'Merci ☃']],
          },
          {
            id: 'fine',
            match: { path: { mode: 'prefix', value: '/fine' } },
            status: 201,
            headers: [['X-Ok', 'yes']],
          },
        ],
      }),
    );
    const warnings: string[] = [];
    const logger: Logger = { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
    const core = await startTestCore({ dataDir, logger });
    cores.push(core);
    const { rules } = await core.service.call('getResponseRules', {});
    expect(rules.map((r) => [r.id, r.enabled])).toEqual([
      ['snow', false],
      ['fine', true],
    ]);
    expect(rules[0]!.disabledReason).toMatch(/X-Greeting.*cannot carry/);
    expect(warnings.join('\n')).toMatch(/replay\.json: rule "Snowman" was disabled/);

    const res = await fetch(core.receiverUrl + '/anything', { method: 'POST', body: 'x' });
    expect(res.status).toBe(200);
    const fine = await fetch(core.receiverUrl + '/fine', { method: 'POST', body: 'x' });
    expect(fine.status).toBe(201);
    expect(fine.headers.get('x-ok')).toBe('yes');

    // Saving it enabled again (after fixing the value) clears the note.
    const saved = await core.service.call('setResponseRules', {
      rules: [{ ...rules[0]!, enabled: true, headers: [['X-Greeting', 'Merci']] }],
    });
    expect(saved.rules[0]!.disabledReason).toBeUndefined();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 204 from a rule with no body and no Content-Length', async () => {
    const core = await startTestCore();
    cores.push(core);
    await core.service.call('setResponseRules', {
      rules: [{ id: 'nc', match: {}, status: 204, body: 'ignored', headers: [['X-Rule', 'nc']] }],
    });
    const res = await rawRequest(
      core.receiverUrl,
      'POST /nc HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n',
      'hi',
    );
    expect(res.status).toBe(204);
    expect(res.head).toMatch(/X-Rule: nc/i);
    expect(res.head).not.toMatch(/content-length/i);
    expect(res.body.length).toBe(0);
  });
});
