// Property: random bodies signed with node:crypto verify as pass; flipping any one byte fails.
// Runs across schemes with different templates, encodings and key derivations.
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';
import { NOW, request, secretsOf } from './helpers';

interface Case {
  provider: string;
  secret: string;
  sign(body: Buffer): [string, string][];
}

const whsec = `whsec_${randomBytes(32).toString('base64')}`;
const cases: Case[] = [
  {
    provider: 'meta',
    secret: randomBytes(16).toString('hex'),
    sign: (b) => [['X-Hub-Signature-256', `sha256=${mac('sha256', cases[0]!.secret, b, 'hex')}`]],
  },
  {
    provider: 'stripe',
    secret: 'whsec_' + randomBytes(24).toString('hex'),
    sign: (b) => [
      [
        'Stripe-Signature',
        `t=${NOW},v1=${mac('sha256', cases[1]!.secret, Buffer.concat([Buffer.from(`${NOW}.`), b]), 'hex')}`,
      ],
    ],
  },
  {
    provider: 'standard-webhooks',
    secret: whsec,
    sign: (b) => [
      ['webhook-id', 'msg_prop'],
      ['webhook-timestamp', String(NOW)],
      [
        'webhook-signature',
        `v1,${mac('sha256', Buffer.from(whsec.slice(6), 'base64'), Buffer.concat([Buffer.from(`msg_prop.${NOW}.`), b]), 'base64')}`,
      ],
    ],
  },
  {
    provider: 'shopify',
    secret: randomBytes(20).toString('hex'),
    sign: (b) => [['X-Shopify-Hmac-Sha256', mac('sha256', cases[3]!.secret, b, 'base64')]],
  },
  {
    provider: 'slack',
    secret: randomBytes(16).toString('hex'),
    sign: (b) => [
      ['X-Slack-Request-Timestamp', String(NOW)],
      [
        'X-Slack-Signature',
        `v0=${mac('sha256', cases[4]!.secret, Buffer.concat([Buffer.from(`v0:${NOW}:`), b]), 'hex')}`,
      ],
    ],
  },
];

function mac(alg: string, key: string | Buffer, data: Buffer, enc: 'hex' | 'base64'): string {
  return createHmac(alg, key).update(data).digest(enc);
}

function analyse(c: Case, headers: [string, string][], body: Buffer) {
  const req: AnalysisRequest = request({ headers, body });
  return analyseSignature(req, secretsOf({ [c.provider]: [c.secret] }));
}

describe('property: sign → pass, flip one byte → fail', () => {
  for (const c of cases) {
    it(`${c.provider}: 60 random bodies`, () => {
      for (let i = 0; i < 60; i++) {
        const body = randomBytes(randomInt(1, 4096));
        const headers = c.sign(body);
        const ok = analyse(c, headers, body);
        expect(ok.verdict, `pass for body #${i}`).toBe('pass');
        expect(ok.provider).toBe(c.provider);

        const flipped = Buffer.from(body);
        const at = randomInt(0, flipped.length);
        flipped[at] = (flipped[at] ?? 0) ^ (1 << randomInt(0, 8));
        const bad = analyse(c, headers, flipped);
        expect(bad.verdict, `fail after flipping byte ${at} of body #${i}`).toBe('fail');
        expect(bad.reason).toBe('digest-mismatch');
      }
    });
  }
});
