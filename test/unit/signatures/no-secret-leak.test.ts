// Secrets never appear in a report (pass, fail, every diagnosis path, handshakes), nor in its parts.
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature, type SecretLookup } from '../../../src-main/core/signatures';
import { NOW, request, secretsOf, whatsappBody } from './helpers';

function expectNoLeak(report: unknown, secrets: string[]) {
  const json = JSON.stringify(report);
  for (const s of secrets) {
    for (const form of [s, s.trim(), Buffer.from(s).toString('base64'), Buffer.from(s).toString('hex')]) {
      if (form.length >= 8) expect(json.includes(form), `report contains a form of the secret`).toBe(false);
    }
    if (s.startsWith('whsec_')) expect(json.includes(s.slice(6))).toBe(false);
  }
}

describe('reports never contain secret values', () => {
  const secret = `S3cr3t-${randomBytes(12).toString('hex')}`;
  const sig = (key: string, body: Buffer) => `sha256=${createHmac('sha256', key).update(body).digest('hex')}`;
  const scenarios: {
    name: string;
    headers: [string, string][];
    body: Buffer;
    secrets: SecretLookup;
    all: string[];
  }[] = [
    {
      name: 'pass',
      headers: [['X-Hub-Signature-256', sig(secret, whatsappBody)]],
      body: whatsappBody,
      secrets: secretsOf({ meta: [secret] }),
      all: [secret],
    },
    {
      name: 'fail with full diagnosis',
      headers: [['X-Hub-Signature-256', sig('other', whatsappBody)]],
      body: whatsappBody,
      secrets: secretsOf({ meta: [secret] }),
      all: [secret],
    },
    {
      name: 'secret with whitespace (diagnosed)',
      headers: [['X-Hub-Signature-256', sig(secret, whatsappBody)]],
      body: whatsappBody,
      secrets: secretsOf({ meta: [` ${secret}\n`] }),
      all: [` ${secret}\n`, secret],
    },
    {
      name: 'secret from another provider (diagnosed)',
      headers: [['X-Hub-Signature-256', sig(secret, whatsappBody)]],
      body: whatsappBody,
      secrets: secretsOf({ meta: ['wrong-wrong-wrong'], wasphere: [secret] }),
      all: [secret, 'wrong-wrong-wrong'],
    },
    {
      name: 'access token flagged',
      headers: [['X-Hub-Signature-256', sig('x', whatsappBody)]],
      body: whatsappBody,
      secrets: secretsOf({ meta: [`EAAG${'Zq9w1'.repeat(20)}`] }),
      all: [`EAAG${'Zq9w1'.repeat(20)}`],
    },
    {
      name: 'whsec derivation (diagnosed)',
      headers: [
        ['webhook-id', 'msg_1'],
        ['webhook-timestamp', String(NOW)],
        [
          'webhook-signature',
          `v1,${createHmac('sha256', 'whsec_bGVhay10ZXN0LWtleS1ieXRlcy0xMjM0NTY=').update(`msg_1.${NOW}.{}`).digest('base64')}`,
        ],
      ],
      body: Buffer.from('{}'),
      secrets: secretsOf({ 'standard-webhooks': ['whsec_bGVhay10ZXN0LWtleS1ieXRlcy0xMjM0NTY='] }),
      all: ['whsec_bGVhay10ZXN0LWtleS1ieXRlcy0xMjM0NTY='],
    },
    {
      name: 'zoom handshake',
      headers: [
        ['x-zm-request-timestamp', String(NOW)],
        ['x-zm-signature', 'v0=00'],
      ],
      body: Buffer.from('{"payload":{"plainToken":"abc"},"event":"endpoint.url_validation"}'),
      secrets: secretsOf({ zoom: [secret] }),
      all: [secret],
    },
  ];
  for (const s of scenarios) {
    it(s.name, () => {
      const report = analyseSignature(request({ headers: s.headers, body: s.body }), s.secrets);
      expect(report.verdict).not.toBe('unsigned');
      expectNoLeak(report, s.all);
    });
  }
});
