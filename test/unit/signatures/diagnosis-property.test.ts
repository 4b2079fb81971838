// Property: over many generated failures (random JSON bodies, four signing schemes, one known
// breakage each), the diagnosis names at most one exact cause, and it is the smallest change that
// reproduces the signature; changes that reproduce it too are folded into it. When nothing
// reproduces it, "the secret is the likely cause" leads. Signatures come from node:crypto here,
// never from the module under test.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature } from '../../../src-main/core/signatures';
import { NOW, request, secretsOf } from './helpers';

/** Deterministic PRNG (mulberry32) so a failure names a reproducible seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['id', 'type', 'zeta', 'amount', 'note', 'beta', 'url', 'items', 'from', 'alpha', 'text'];
const STRINGS = ['café', 'hello world', 'http://x.test/a/b', 'déjà vu 😀', 'a,b:c', 'Ünïcødé', 'plain'];

function randomValue(next: () => number, depth: number): unknown {
  const r = next();
  if (depth > 2 || r < 0.35) return STRINGS[Math.floor(next() * STRINGS.length)];
  if (r < 0.5) return Math.floor(next() * 1e6);
  if (r < 0.58) return next() < 0.5;
  if (r < 0.75) return Array.from({ length: 1 + Math.floor(next() * 3) }, () => randomValue(next, depth + 1));
  return randomObject(next, depth + 1);
}

/** Keys never already sorted ("zulu" comes first), so "sorted keys" is always a change. */
function randomObject(next: () => number, depth: number): Record<string, unknown> {
  const keys = [...WORDS].sort(() => next() - 0.5).slice(0, 2 + Math.floor(next() * 4));
  const out: Record<string, unknown> = { zulu: 'café' };
  for (const k of keys) out[k] = randomValue(next, depth);
  return out;
}

function sortKeys(_k: string, v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, (v as Record<string, unknown>)[k]]),
  );
}

const mac = (alg: string, key: string, data: string | Buffer, enc: 'hex' | 'base64') =>
  createHmac(alg, key).update(data).digest(enc);

interface Scheme {
  provider: string;
  sign(secret: string, body: Buffer): [string, string][];
}

const schemes: Scheme[] = [
  { provider: 'meta', sign: (k, b) => [['X-Hub-Signature-256', `sha256=${mac('sha256', k, b, 'hex')}`]] },
  { provider: 'shopify', sign: (k, b) => [['X-Shopify-Hmac-Sha256', mac('sha256', k, b, 'base64')]] },
  {
    provider: 'stripe',
    sign: (k, b) => [
      [
        'Stripe-Signature',
        `t=${NOW},v1=${mac('sha256', k, Buffer.concat([Buffer.from(`${NOW}.`), b]), 'hex')}`,
      ],
    ],
  },
  {
    provider: 'slack',
    sign: (k, b) => [
      ['X-Slack-Request-Timestamp', String(NOW)],
      ['X-Slack-Signature', `v0=${mac('sha256', k, Buffer.concat([Buffer.from(`v0:${NOW}:`), b]), 'hex')}`],
    ],
  },
];

interface Breakage {
  name: string;
  /** The cause the diagnosis must name as the single exact one (null: nothing reproduces). */
  expected: string | null;
  /** Other changes that also reproduce the signature and must be folded into the cause. */
  folded?: string[];
  signed(v: unknown): string;
  received(v: unknown): Buffer;
  /** Stored secret, from the one that signed. */
  stored?(secret: string): string;
}

const compact = (v: unknown) => JSON.stringify(v);
const pretty = (v: unknown, n = 2) => JSON.stringify(v, null, n);

const breakages: Breakage[] = [
  {
    name: 'newline added to compact JSON',
    expected: 'trailing-newline',
    folded: ['json-reserialized'],
    signed: compact,
    received: (v) => Buffer.from(`${compact(v)}\n`),
  },
  {
    name: 'CRLF added',
    expected: 'trailing-newline',
    folded: ['json-reserialized'],
    signed: compact,
    received: (v) => Buffer.from(`${compact(v)}\r\n`),
  },
  {
    name: 'final newline stripped from pretty JSON',
    expected: 'trailing-newline',
    folded: ['json-reserialized'],
    signed: (v) => `${pretty(v)}\n`,
    received: (v) => Buffer.from(pretty(v)),
  },
  {
    name: 'LF turned into CRLF in pretty JSON',
    expected: 'line-endings',
    folded: ['json-reserialized'],
    signed: (v) => pretty(v),
    received: (v) => Buffer.from(pretty(v).replace(/\n/g, '\r\n')),
  },
  {
    name: 'compact JSON pretty-printed',
    expected: 'json-reserialized',
    signed: compact,
    received: (v) => Buffer.from(pretty(v)),
  },
  {
    name: '4-space JSON compacted',
    expected: 'json-reserialized',
    signed: (v) => pretty(v, 4),
    received: (v) => Buffer.from(compact(v)),
  },
  {
    name: 'sorted keys lost',
    expected: 'json-reserialized',
    signed: (v) => JSON.stringify(v, sortKeys),
    received: (v) => Buffer.from(compact(v)),
  },
  {
    name: 'BOM added',
    expected: 'utf8-bom',
    signed: compact,
    received: (v) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(compact(v))]),
  },
  {
    name: 'UTF-8 read as Latin-1',
    expected: 'charset-mangled',
    signed: compact,
    received: (v) => Buffer.from(Buffer.from(compact(v)).toString('latin1'), 'utf8'),
  },
  {
    name: 'secret stored with a newline',
    expected: 'secret-whitespace',
    signed: compact,
    received: (v) => Buffer.from(compact(v)),
    stored: (s) => `${s}\n`,
  },
  {
    name: 'wrong secret',
    expected: null,
    signed: compact,
    received: (v) => Buffer.from(compact(v)),
    stored: () => 'a-different-secret-entirely-42',
  },
];

describe('property: one exact cause, the smallest change', () => {
  for (const scheme of schemes) {
    it(`${scheme.provider}: ${breakages.length} breakages × 6 generated bodies`, () => {
      let checked = 0;
      for (let seed = 1; seed <= 6; seed++) {
        const next = rng(seed * 7919 + scheme.provider.length);
        const value = randomObject(next, 0);
        const secret = `s-${Math.floor(next() * 1e9).toString(36)}-secret`;
        for (const b of breakages) {
          const where = `${scheme.provider}, seed ${seed}, ${b.name}`;
          const signedBody = Buffer.from(b.signed(value));
          const received = b.received(value);
          expect(
            !received.equals(signedBody) || b.stored !== undefined,
            `${where}: the breakage changes something`,
          ).toBe(true);
          const report = analyseSignature(
            request({ headers: scheme.sign(secret, signedBody), body: received }),
            secretsOf({ [scheme.provider]: [b.stored ? b.stored(secret) : secret] }),
          );
          expect(report.verdict, where).toBe('fail');
          const exact = report.diagnosis.filter((d) => d.exact);
          expect(
            exact.length,
            `${where}: ${report.diagnosis.map((d) => d.code).join(', ')}`,
          ).toBeLessThanOrEqual(1);
          if (b.expected === null) {
            expect(exact, where).toEqual([]);
            expect(report.diagnosis[0]?.code, where).toBe('secret-likely');
          } else {
            expect(report.diagnosis[0]?.code, where).toBe(b.expected);
            expect(report.diagnosis[0]?.exact, where).toBe(true);
            for (const code of b.folded ?? []) {
              expect(
                report.diagnosis[0]?.alsoReproducedBy?.map((x) => x.code),
                where,
              ).toContain(code);
            }
            expect(
              report.diagnosis.map((d) => d.code),
              where,
            ).not.toContain('secret-likely');
          }
          checked++;
        }
      }
      expect(checked).toBe(6 * breakages.length);
    });
  }
});
