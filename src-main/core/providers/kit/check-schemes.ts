// Schemes that are not an HMAC: a token the sender sends as is (compared for equality), and a plain
// hash over the secret followed by the signed content (HubSpot v1/v2). Both state what they compute
// so the report can show it — except the token, which is the secret itself and is never echoed.
import { createHash, timingSafeEqual } from 'node:crypto';
import { compileTemplate } from '../../signatures/signed-content';
import type { CheckScheme } from '../../signatures/types';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The header carries the secret itself; nothing about the request is signed. */
export const tokenEqualityScheme: CheckScheme = {
  kind: 'check',
  algorithm: 'token equality',
  encoding: 'hex',
  template: '(nothing is signed: the header carries the token itself)',
  keyDerivation: 'compared as is',
  asymmetric: false,
  content: () => Buffer.alloc(0),
  check: (secret, _content, entry) => ({ matches: sameText(secret, entry.trim()), computed: null }),
};

/** Lowercase hex SHA-256 of `<secret><template>` (no HMAC: the secret is simply prepended). */
export function secretPrefixedSha256(template: string): CheckScheme {
  return {
    kind: 'check',
    algorithm: 'SHA-256 of secret + content (not an HMAC)',
    encoding: 'hex',
    template: `{secret}${template}`,
    keyDerivation: 'raw text, prepended to the content',
    asymmetric: false,
    content: compileTemplate(template),
    check: (secret, content, entry) => {
      const computed = createHash('sha256').update(secret, 'utf8').update(content).digest('hex');
      return { matches: sameText(computed, entry.trim().toLowerCase()), computed };
    },
  };
}
