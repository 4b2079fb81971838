// Discord interactions: `X-Signature-Ed25519` (hex, 64-byte signature) over
// `<X-Signature-Timestamp><body>` (no separator), checked with the application's Ed25519 public key
// (64 hex chars). PING ({"type":1}) is a handshake; Discord also sends deliberately bad signatures
// and expects 401, so a PING that fails verification is its probe, not a failure.
import { createPublicKey } from 'node:crypto';
import type { HandshakeInfo } from '@shared/signature-types';
import { isRecord, publicKeyScheme, readBareSignature, smallJson } from '../../signatures/provider-kit';
import type { PublicKeyScheme, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const SIGNATURE = 'X-Signature-Ed25519';
const TIMESTAMP = 'X-Signature-Timestamp';
// DER SubjectPublicKeyInfo prefix for a raw 32-byte Ed25519 key (RFC 8410).
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function parseEd25519PublicKey(text: string): ReturnType<PublicKeyScheme['parseKey']> {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    if (/^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/.test(hex)) {
      return { error: 'this is a bot token, not the application public key (64 hex characters)' };
    }
    return { error: `expected 64 hex characters (32-byte Ed25519 key), got ${hex.length} characters` };
  }
  try {
    const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]);
    return { key: createPublicKey({ key: der, format: 'der', type: 'spki' }) };
  } catch {
    return { error: 'not a valid Ed25519 public key' };
  }
}

const scheme = publicKeyScheme('ed25519', 'hex', '{timestamp}{body}', parseEd25519PublicKey);

function read(view: RequestView): ReadResult {
  return readBareSignature(view, {
    header: SIGNATURE,
    timestampHeader: TIMESTAMP,
    scheme,
    format: { id: 'discord-ed25519', label: 'Discord: Ed25519 over <timestamp><body>' },
    timestamp: (ts, source) =>
      ts === null
        ? null
        : {
            raw: ts,
            source,
            unix: /^\d+$/.test(ts) ? Number(ts) : null,
            unit: 's',
            maxAgeSeconds: null,
            maxAheadSeconds: null,
            signed: true,
          },
    warnings: () => [],
  });
}

function isPing(view: RequestView): boolean {
  const json = smallJson(view.req.body, 4096);
  return isRecord(json) && json.type === 1;
}

export const detectDiscord = (view: RequestView): number => (view.headers.has(SIGNATURE) ? 95 : 0);

export const discordVerification: SignatureVerification = {
  handshake: (view): HandshakeInfo | null =>
    isPing(view)
      ? {
          kind: 'discord-ping',
          note: 'Discord PING: answer 200 with {"type":1} when the signature is valid, 401 otherwise.',
          expectedResponse: { status: 200, contentType: 'application/json', body: '{"type":1}' },
        }
      : null,
  failedSignatureIsHandshake: (view): HandshakeInfo | null =>
    isPing(view)
      ? {
          kind: 'discord-probe',
          note: "Discord's deliberate invalid-signature probe (or a key mismatch): your endpoint must answer 401, or Discord removes it.",
          expectedResponse: { status: 401, contentType: null, body: '' },
        }
      : null,
  read,
};
