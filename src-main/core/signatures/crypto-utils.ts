// The few crypto primitives the module needs, all from node:crypto.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { DigestEncoding, HashAlgorithm, KeyDerivation } from './types';

export function hmacRaw(algorithm: HashAlgorithm, key: Buffer, content: Buffer): Buffer {
  return createHmac(algorithm, key).update(content).digest();
}

export function encodeDigest(raw: Buffer, encoding: DigestEncoding): string {
  return raw.toString(encoding);
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Constant-time comparison of two strings. Lengths are compared first (a length is not secret:
 * every digest of a scheme has the same length), then timingSafeEqual on equal-length buffers.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  if (ab.length !== bb.length) return false;
  return timingSafeEqual(ab, bb);
}

/** Constant-time comparison of raw digest bytes. */
export function bytesEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL_RE = /^[A-Za-z0-9_-]+={0,2}$/;
const HEX_RE = /^(?:[0-9a-fA-F]{2})+$/;

/**
 * Turn secret text into HMAC key bytes. Returns null when the text cannot be decoded the requested
 * way (so a probe does not silently hash garbage).
 */
export function deriveKey(secret: string, how: KeyDerivation): Buffer | null {
  switch (how) {
    case 'raw':
      return Buffer.from(secret, 'utf8');
    case 'whsec-base64': {
      const body = secret.startsWith('whsec_') ? secret.slice(6) : secret;
      return BASE64_RE.test(body) ? Buffer.from(body, 'base64') : null;
    }
    case 'base64':
      if (BASE64_RE.test(secret)) return Buffer.from(secret, 'base64');
      return BASE64URL_RE.test(secret) ? Buffer.from(secret, 'base64url') : null;
    case 'hex':
      return HEX_RE.test(secret) ? Buffer.from(secret, 'hex') : null;
  }
}

export function keyDerivationLabel(how: KeyDerivation): string {
  switch (how) {
    case 'raw':
      return 'raw text (UTF-8 bytes of the secret as shown)';
    case 'whsec-base64':
      return 'whsec_ prefix stripped, then base64-decoded';
    case 'base64':
      return 'base64-decoded';
    case 'hex':
      return 'hex-decoded';
  }
}

export function algorithmLabel(a: HashAlgorithm): string {
  return a === 'sha1' ? 'HMAC-SHA1' : a === 'sha256' ? 'HMAC-SHA256' : 'HMAC-SHA512';
}

/** Try to read a received digest as raw bytes (hex first, then base64/base64url). */
export function decodeDigestCandidates(value: string): Buffer[] {
  const out: Buffer[] = [];
  const v = value.trim();
  if (HEX_RE.test(v)) out.push(Buffer.from(v, 'hex'));
  if (BASE64_RE.test(v) && v.length % 4 === 0) out.push(Buffer.from(v, 'base64'));
  else if (BASE64URL_RE.test(v)) out.push(Buffer.from(v, 'base64url'));
  return out;
}
