// Custom responses: matching order and conditions (pure), validation, and carrying a decision out on
// a real connection — a delayed answer (fake timers: nothing before the delay, the answer after)
// and a dropped connection (the client sees a reset, no status line).
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerWithRule,
  decideResponse,
  validateResponseRules,
  type ResponseDecision,
} from '../../../src-main/core/replay';
import { responseRuleSchema, type ResponseRuleInput } from '@shared/replay-types';

const rule = (r: ResponseRuleInput) => responseRuleSchema.parse(r);

describe('decideResponse', () => {
  const rules = [
    rule({ id: 'meta-500', match: { provider: 'meta' }, status: 500, body: 'boom' }),
    rule({
      id: 'stripe-slow',
      match: { path: { mode: 'glob', value: '/webhooks/*/stripe' }, methods: ['post'] },
      status: 200,
      delayMs: 30_000,
    }),
    rule({ id: 'disabled', enabled: false, match: {}, status: 418 }),
    rule({ id: 'drop-wa', match: { path: { mode: 'prefix', value: '/wa/' } }, status: 200, drop: true }),
    rule({
      id: 'exact',
      match: { path: { mode: 'exact', value: '/exact' } },
      status: 204,
      headers: [['X-Rule', 'exact']],
    }),
  ];

  it('returns null (the default "200 after storing") when nothing matches', () => {
    expect(decideResponse(rules, { method: 'POST', path: '/other', provider: 'github' })).toBeNull();
  });

  it('matches in order: the first matching rule wins', () => {
    const d = decideResponse(rules, { method: 'POST', path: '/wa/hook', provider: 'meta' });
    expect(d?.ruleId).toBe('meta-500');
    expect(d?.status).toBe(500);
    expect(d?.body.toString()).toBe('boom');
  });

  it('matches methods case-insensitively and globs within one segment', () => {
    expect(decideResponse(rules, { method: 'POST', path: '/webhooks/acme/stripe?x=1' })?.ruleId).toBe(
      'stripe-slow',
    );
    expect(decideResponse(rules, { method: 'GET', path: '/webhooks/acme/stripe' })).toBeNull();
    // `*` does not cross "/".
    expect(decideResponse(rules, { method: 'POST', path: '/webhooks/a/b/stripe' })).toBeNull();
  });

  it('skips disabled rules, honours prefix and exact paths and ignores the query', () => {
    expect(decideResponse(rules, { method: 'PUT', path: '/wa/x?y' })).toMatchObject({
      ruleId: 'drop-wa',
      ruleName: 'drop-wa',
      drop: true,
    });
    expect(decideResponse(rules, { method: 'PUT', path: '/exact?q=1' })).toMatchObject({
      ruleId: 'exact',
      ruleName: 'exact',
      status: 204,
      headers: [['X-Rule', 'exact']],
    });
    expect(decideResponse(rules, { method: 'PUT', path: '/exact/more' })).toBeNull();
  });

  it('computes the provider lazily, and only once', () => {
    const detect = vi.fn(() => 'stripe');
    expect(decideResponse([rules[4]!], { method: 'POST', path: '/exact', provider: detect })?.ruleId).toBe(
      'exact',
    );
    expect(detect).not.toHaveBeenCalled();
    const two = [
      rule({ id: 'a', match: { provider: 'meta' }, status: 500 }),
      rule({ id: 'b', match: { provider: 'stripe' }, status: 503 }),
    ];
    expect(decideResponse(two, { method: 'POST', path: '/', provider: detect })?.ruleId).toBe('b');
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('treats glob characters other than * and ? literally', () => {
    const r = [rule({ id: 'dots', match: { path: { mode: 'glob', value: '/a.b/(x)/**' } }, status: 500 })];
    expect(decideResponse(r, { method: 'POST', path: '/a.b/(x)/deep/er' })?.ruleId).toBe('dots');
    expect(decideResponse(r, { method: 'POST', path: '/aXb/(x)/deep' })).toBeNull();
  });
});

describe('validateResponseRules', () => {
  it('accepts valid rules and fills defaults', () => {
    const v = validateResponseRules([{ id: 'r1', status: 503 }]);
    expect(v).toEqual({
      ok: true,
      rules: [expect.objectContaining({ id: 'r1', enabled: true, delayMs: 0, drop: false, headers: [] })],
    });
  });

  it.each([
    [{ id: 'r', status: 600 }, /status|600|less than or equal/i],
    [{ id: 'r', status: 99 }, /status|greater than or equal/i],
    [{ id: 'r', status: 200, delayMs: 60_001 }, /delayMs/],
    [{ id: 'r', status: 200, delayMs: -1 }, /delayMs/],
    [{ id: 'r', status: 101 }, /informational/],
    [{ id: 'r', status: 200, headers: [['Content-Length', '5']] }, /set by the receiver/],
    [{ id: 'r', status: 200, headers: [['X-A', 'a\r\nInjected: yes']] }, /line breaks/],
    [{ id: 'r', status: 200, headers: [['Bad Name', 'x']] }, /not a valid header name/],
    [{ id: 'r', status: 200, body: 'a', bodyBase64: 'YQ==' }, /not both/],
  ])('rejects %j', (input, problem) => {
    const v = validateResponseRules([input]);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.join('\n')).toMatch(problem);
  });

  it('accepts the 60 s maximum delay and rejects duplicate ids', () => {
    expect(validateResponseRules([{ id: 'r', status: 200, delayMs: 60_000 }]).ok).toBe(true);
    const dup = validateResponseRules([
      { id: 'r', status: 200 },
      { id: 'r', status: 500 },
    ]);
    expect(dup.ok).toBe(false);
  });
});

describe('answerWithRule on a live connection', () => {
  let server: Server | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function serve(decision: ResponseDecision) {
    const outcomes: Promise<string>[] = [];
    let arrived!: () => void;
    const requestIn = new Promise<void>((resolve) => (arrived = resolve));
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        outcomes.push(answerWithRule(res, decision));
        arrived();
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as AddressInfo).port, requestIn, outcomes };
  }

  function call(
    port: number,
  ): Promise<{ status: number; headers: string[]; body: string } | { error: string }> {
    return new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/hook', agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.rawHeaders,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      req.end('{}');
    });
  }

  it('answers only after the delay (fake timers), with the rule status, headers and body', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { port, requestIn, outcomes } = await serve({
      ruleId: 'slow',
      ruleName: 'slow',
      status: 503,
      headers: [['Retry-After', '10']],
      body: Buffer.from('later'),
      delayMs: 30_000,
      drop: false,
    });
    let settled = false;
    const response = call(port).then((r) => {
      settled = true;
      return r;
    });
    await requestIn;
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const r = await response;
    expect(r).toMatchObject({ status: 503, body: 'later' });
    expect((r as { headers: string[] }).headers).toEqual(
      expect.arrayContaining(['Retry-After', '10', 'Content-Length', '5']),
    );
    expect(await outcomes[0]).toBe('answered');
  });

  it('drops the connection without a status line after the delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { port, requestIn, outcomes } = await serve({
      ruleId: 'drop',
      ruleName: 'drop',
      status: 200,
      headers: [],
      body: Buffer.alloc(0),
      delayMs: 5_000,
      drop: true,
    });
    const response = call(port);
    await requestIn;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await response).toEqual({ error: 'ECONNRESET' });
    expect(await outcomes[0]).toBe('dropped');
  });

  it('cancels the wait when the client gives up first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { port, requestIn, outcomes } = await serve({
      ruleId: 'slow',
      ruleName: 'slow',
      status: 200,
      headers: [],
      body: Buffer.from('x'),
      delayMs: 60_000,
      drop: false,
    });
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', agent: false });
    req.on('error', () => {});
    req.end('{}');
    await requestIn;
    req.destroy();
    expect(await outcomes[0]).toBe('client-gone');
    expect(vi.getTimerCount()).toBe(0);
  });
});
