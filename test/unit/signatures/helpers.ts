// Test helpers: build requests and secret lookups, and sign with node:crypto directly (the tests
// never use the module under test to produce the signatures they check).
import { createHmac } from 'node:crypto';
import type { AnalysisRequest, LabelledSecret, SecretLookup } from '../../../src-main/core/signatures';

export const NOW = 1_750_000_000;

export function request(over: Partial<AnalysisRequest> & { headers: [string, string][] }): AnalysisRequest {
  return {
    method: 'POST',
    url: 'https://hooks.example.test/webhook',
    path: '/webhook',
    body: Buffer.alloc(0),
    receivedAtUnix: NOW,
    nowUnix: NOW,
    ...over,
  };
}

/** { meta: ['s1', 's2'] } → labelled secrets "meta #1", "meta #2"; or pass explicit labels. */
export function secretsOf(map: Record<string, (string | LabelledSecret)[]>): SecretLookup {
  return (id) =>
    (map[id] ?? []).map((s, i) => (typeof s === 'string' ? { label: `${id} #${i + 1}`, value: s } : s));
}

export const noSecrets: SecretLookup = () => [];

export function hmac(
  alg: 'sha1' | 'sha256' | 'sha512',
  key: string | Buffer,
  data: string | Buffer,
  enc: 'hex' | 'base64',
): string {
  return createHmac(alg, key).update(data).digest(enc);
}

export const whatsappBody = Buffer.from(
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
              contacts: [{ profile: { name: 'Alice' }, wa_id: '447700900456' }],
              messages: [
                {
                  from: '447700900456',
                  id: 'wamid.HBgLNDQ3NzAwOTAwNDU2FQIAEhgg',
                  timestamp: '1749999990',
                  type: 'text',
                  text: { body: 'Hello, is this working?' },
                },
              ],
            },
            field: 'messages',
          },
        ],
      },
    ],
  }),
);

export function codes(report: { diagnosis: { code: string }[] }): string[] {
  return report.diagnosis.map((d) => d.code);
}
