// Small pieces with behaviour of their own: escaped previews, timestamp windows, token patterns,
// templates, URL variants.
import { describe, expect, it } from 'vitest';
import { looksLikeToken } from '../../../src-main/core/signatures';
import { compileTemplate, escapePreview } from '../../../src-main/core/signatures/signed-content';
import { judgeTimestamp, timestampRule } from '../../../src-main/core/signatures/timestamp';
import { portVariants } from '../../../src-main/core/signatures/url-candidates';

describe('escapePreview', () => {
  it('escapes control characters, BOM and non-UTF-8 bytes; keeps UTF-8 text', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('a\\b\r\n\té€😀'),
      Buffer.from([0xff, 0x00]),
    ]);
    expect(escapePreview(bytes).preview).toBe('\\ufeffa\\\\b\\r\\n\\té€😀\\xff\\x00');
  });
  it('cuts long content and says so', () => {
    const r = escapePreview(Buffer.alloc(100_000, 0x61), 1000);
    expect(r.truncated).toBe(true);
    expect(r.preview.length).toBe(1000);
  });
});

describe('timestamps', () => {
  it('judges at capture time and now separately, both directions', () => {
    const rule = timestampRule('1000', 'X-Ts', { maxAgeSeconds: 300, maxAheadSeconds: 300 });
    expect(judgeTimestamp(rule, 1200, 5000)).toMatchObject({
      ageAtCapture: 200,
      ageNow: 4000,
      rejectedAtCapture: false,
      rejectedNow: true,
    });
    expect(judgeTimestamp(rule, 600, 600).rejectedAtCapture).toBe(true);
  });
  it('converts milliseconds and rejects garbage', () => {
    expect(
      timestampRule('1700000000123', 'b', { maxAgeSeconds: 60, maxAheadSeconds: 60, unit: 'ms' }).unix,
    ).toBeCloseTo(1700000000.123);
    expect(timestampRule('12abc', 'h', { maxAgeSeconds: 1, maxAheadSeconds: 1 }).unix).toBeNull();
  });
});

describe('token patterns', () => {
  it.each([
    ['meta', `EAAG${'a1B2c'.repeat(10)}`, /Meta/],
    ['stripe', 'sk_live_51Habcdefghijklmnop', /Stripe secret/],
    ['slack', 'xoxb-1234-5678-abcdefgh', /Slack OAuth/],
    ['slack', 'Jhj5dZrVaK7ZwHHjRyZWjbDl', /verification token/],
    ['discord', 'MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB', /Discord bot/],
    ['twilio', `SK${'0'.repeat(32)}`, /Twilio API key/],
  ])('%s: %s', (provider, value, kind) => {
    expect(looksLikeToken(provider, value)).toMatch(kind);
  });
  it('does not flag real-looking signing secrets', () => {
    expect(looksLikeToken('stripe', 'whsec_abcdefghijklmnopqrstuvwxyz012345')).toBeNull();
    expect(looksLikeToken('meta', 'd3b07384d113edec49eaa6238ad5ff00')).toBeNull();
  });
});

describe('templates and URLs', () => {
  it('compiles templates with the body as bytes', () => {
    const f = compileTemplate('v0:{timestamp}:{body}');
    expect(f(Buffer.from([0xff]), { timestamp: '1', id: null, url: null, method: 'POST' })).toEqual(
      Buffer.from([0x76, 0x30, 0x3a, 0x31, 0x3a, 0xff]),
    );
  });
  it('port variants mirror twilio-node', () => {
    expect(portVariants('https://a.test/x?y=1')).toEqual([
      'https://a.test/x?y=1',
      'https://a.test:443/x?y=1',
    ]);
    expect(portVariants('https://a.test:8443/x')).toEqual(['https://a.test:8443/x', 'https://a.test/x']);
  });
});
