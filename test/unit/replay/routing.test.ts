// Where forwards go and what they carry: hop-by-hop headers dropped, Host rewritten, Content-Length
// true to the bytes; target URL joining; routing by path, provider and event type (WhatsApp
// messages vs statuses).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventTypesOf, outgoingHeaders, targetsFor, targetUrlFor } from '../../../src-main/core/replay';
import { forwardSettingsSchema } from '@shared/replay-types';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/payloads/${name}`, import.meta.url));

describe('outgoingHeaders', () => {
  it('drops hop-by-hop headers (and those named in Connection), rewrites Host in place, keeps order, case and duplicates', () => {
    const out = outgoingHeaders(
      [
        ['User-Agent', 'facebookexternalua'],
        ['Host', 'abc.ngrok.app'],
        ['Connection', 'keep-alive, X-Conn-Only'],
        ['Keep-Alive', 'timeout=5'],
        ['Proxy-Authorization', 'Basic x'],
        ['TE', 'trailers'],
        ['Trailer', 'X-T'],
        ['Transfer-Encoding', 'chunked'],
        ['Upgrade', 'h2c'],
        ['X-Conn-Only', '1'],
        ['X-Hub-Signature-256', 'sha256=ab'],
        ['x-dup', '1'],
        ['X-Dup', '2'],
      ],
      { host: '127.0.0.1:3000', bodyLength: 42, method: 'POST' },
    );
    expect(out).toEqual([
      ['User-Agent', 'facebookexternalua'],
      ['Host', '127.0.0.1:3000'],
      ['X-Hub-Signature-256', 'sha256=ab'],
      ['x-dup', '1'],
      ['X-Dup', '2'],
      ['Content-Length', '42'],
    ]);
  });

  it('corrects a Content-Length in place and adds none to a bodiless GET', () => {
    expect(
      outgoingHeaders(
        [
          ['content-length', '5'],
          ['A', 'b'],
        ],
        { host: 'h', bodyLength: 3, method: 'POST' },
      ),
    ).toEqual([
      ['Host', 'h'],
      ['content-length', '3'],
      ['A', 'b'],
    ]);
    expect(outgoingHeaders([['Host', 'x']], { host: 'h', bodyLength: 0, method: 'GET' })).toEqual([
      ['Host', 'h'],
    ]);
  });
});

describe('targetUrlFor', () => {
  it.each([
    ['http://localhost:3000/webhook', '/wa/hook?x=1', 'append', 'http://localhost:3000/webhook/wa/hook?x=1'],
    ['http://localhost:3000/webhook/', '/wa', 'append', 'http://localhost:3000/webhook/wa'],
    ['http://localhost:3000', '/wa?x=1', 'append', 'http://localhost:3000/wa?x=1'],
    ['http://localhost:3000/hook?token=t', '/wa?x=1', 'append', 'http://localhost:3000/hook/wa?token=t&x=1'],
    [
      'http://localhost:3000/webhook',
      '/wa/hook?bodySHA256=ab',
      'replace',
      'http://localhost:3000/webhook?bodySHA256=ab',
    ],
    [
      'http://localhost:3000/webhook?mine=1',
      '/wa/hook?x=1',
      'replace',
      'http://localhost:3000/webhook?mine=1',
    ],
    ['https://[::1]:8443/h', '/p', 'append', 'https://[::1]:8443/h/p'],
  ] as const)('%s + %s (%s) → %s', (base, path, mode, expected) => {
    expect(targetUrlFor(base, path, mode)).toBe(expected);
  });
});

describe('event types and routing', () => {
  it('tells WhatsApp messages from statuses, and reads WaSphere, GitHub, Stripe and Twilio types', () => {
    const h = (ct = 'application/json'): [string, string][] => [['Content-Type', ct]];
    expect(eventTypesOf({ headers: h(), body: fixture('wa-text.json'), path: '/' })).toEqual(['messages']);
    expect(eventTypesOf({ headers: h(), body: fixture('wa-statuses.json'), path: '/' })).toContain(
      'statuses',
    );
    expect(eventTypesOf({ headers: h(), body: fixture('wa-statuses.json'), path: '/' })).not.toContain(
      'messages',
    );
    expect(eventTypesOf({ headers: h(), body: fixture('wasphere-real-text.json'), path: '/' })).toEqual([
      'message.received',
    ]);
    expect(
      eventTypesOf({ headers: [['X-GitHub-Event', 'push']], body: Buffer.from('{}'), path: '/' }),
    ).toEqual(['push']);
    expect(eventTypesOf({ headers: h(), body: Buffer.from('{"type":"invoice.paid"}'), path: '/' })).toEqual([
      'invoice.paid',
    ]);
    expect(
      eventTypesOf({
        headers: h('application/x-www-form-urlencoded'),
        body: fixture('twilio-status-failed.form'),
        path: '/',
      }),
    ).toEqual(['status', 'status.undelivered']);
    expect(eventTypesOf({ headers: h(), body: Buffer.from('not json'), path: '/' })).toEqual([]);
  });

  const settings = forwardSettingsSchema.parse({
    paused: false,
    targets: [
      {
        id: 'statuses',
        url: 'http://localhost:3001/statuses',
        enabled: true,
        match: { provider: 'meta', eventType: 'statuses' },
      },
      {
        id: 'messages',
        url: 'http://localhost:3002/messages',
        enabled: true,
        match: { provider: 'meta', eventType: 'messages' },
      },
      {
        id: 'wasphere',
        url: 'http://localhost:3003',
        enabled: true,
        match: { pathPrefix: '/wasphere', eventType: 'message.*' },
      },
      { id: 'off', url: 'http://localhost:3004', enabled: false, match: {} },
    ],
  });

  it('routes by provider + event type, path prefix and wildcards; disabled targets and pause send nothing', () => {
    const ids = (facts: Parameters<typeof targetsFor>[1]) => targetsFor(settings, facts).map((t) => t.id);
    expect(ids({ path: '/wa', provider: 'meta', eventTypes: ['statuses'] })).toEqual(['statuses']);
    expect(ids({ path: '/wa', provider: 'meta', eventTypes: ['messages', 'statuses'] })).toEqual([
      'statuses',
      'messages',
    ]);
    expect(ids({ path: '/wa', provider: 'github', eventTypes: ['messages'] })).toEqual([]);
    expect(ids({ path: '/wasphere/hook?x', provider: 'wasphere', eventTypes: ['message.received'] })).toEqual(
      ['wasphere'],
    );
    expect(ids({ path: '/other', provider: 'wasphere', eventTypes: ['message.received'] })).toEqual([]);
    expect(
      targetsFor({ ...settings, paused: true }, { path: '/wa', provider: 'meta', eventTypes: ['statuses'] }),
    ).toEqual([]);
  });
});
