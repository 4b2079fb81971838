// HMAC helpers for signers. Written against node:crypto directly (not the verifier's scheme
// objects) so a signer bug and a verifier bug cannot cancel out in the re-sign tests.
import { createHmac } from 'node:crypto';

export type Alg = 'sha1' | 'sha256' | 'sha512';

export function hmac(alg: Alg, key: string | Buffer, ...parts: (string | Buffer)[]): Buffer {
  const mac = createHmac(alg, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

/** Standard Webhooks keys: "whsec_" stripped, the rest base64. Null when it is not base64. */
export function whsecKey(secret: string): Buffer | null {
  const body = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  return /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? Buffer.from(body, 'base64') : null;
}

export function keyFrom(secret: string, encoding: 'raw' | 'base64' | 'hex' | 'whsec-base64'): Buffer | null {
  switch (encoding) {
    case 'raw':
      return Buffer.from(secret, 'utf8');
    case 'whsec-base64':
      return whsecKey(secret);
    case 'base64':
      if (/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return Buffer.from(secret, 'base64');
      return /^[A-Za-z0-9_-]+={0,2}$/.test(secret) ? Buffer.from(secret, 'base64url') : null;
    case 'hex':
      return /^(?:[0-9a-fA-F]{2})+$/.test(secret) ? Buffer.from(secret, 'hex') : null;
  }
}
