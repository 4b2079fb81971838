// Words for verdicts and reasons, shared by the banner, the list badge and the verify panel.
import type { HandshakeInfo, SignatureReason, SignatureVerdict } from '@shared/signature-types';

export const verdictTitles: Record<SignatureVerdict, string> = {
  pass: 'Signature valid',
  fail: 'Signature does not match',
  stale: 'Signature valid, but the timestamp is outside the window',
  handshake: 'Verification handshake',
  unverifiable: 'Cannot be verified offline',
  'no-secret': 'Signed, but no secret is stored',
  unsigned: 'Not signed',
};

export const reasonLabels: Record<SignatureReason, string> = {
  verified: 'verified',
  handshake: 'handshake',
  'needs-network': 'needs network',
  'no-secret': 'no secret',
  'no-provider': 'no provider',
  'missing-header': 'missing header',
  'malformed-header': 'malformed header',
  'no-matching-version': 'no matching version',
  'digest-mismatch': 'digest mismatch',
  'timestamp-missing': 'timestamp missing',
  'timestamp-outside-window': 'timestamp outside window',
  'handshake-refused': 'handshake refused',
  'body-hash-mismatch': 'body hash mismatch',
  'item-signature-mismatch': 'an item does not verify',
  'invalid-key': 'invalid key',
  'provider-does-not-sign': 'provider does not sign',
};

/** What the signature of a handshake request says, beside "handshake" (Slack, Zoom and Discord sign theirs). */
export const handshakeSignatureLabels: Record<NonNullable<HandshakeInfo['signatureVerdict']>, string> = {
  pass: 'signature valid',
  fail: 'signature does not match',
  stale: 'signature valid, timestamp outside the window',
  'no-secret': 'signature not checked: no secret stored',
  unsigned: 'not signed',
};

/** The banner title: the verdict, sharpened by the reason when that says more. */
export function verdictTitle(verdict: SignatureVerdict, reason: SignatureReason): string {
  if (verdict === 'fail') {
    switch (reason) {
      case 'timestamp-outside-window':
        return 'Timestamp outside the accepted window';
      case 'timestamp-missing':
        return 'Signed timestamp missing';
      case 'missing-header':
        return 'Signature header missing';
      case 'malformed-header':
        return 'Malformed signature header';
      case 'no-matching-version':
        return 'No supported signature version';
      case 'invalid-key':
        return 'The stored key is not valid';
      case 'body-hash-mismatch':
        return 'Body hash does not match';
      case 'item-signature-mismatch':
        return 'One of the signed items does not match';
      case 'handshake-refused':
        return 'Verification handshake refused';
      default:
        break;
    }
  }
  if (verdict === 'unsigned' && reason === 'provider-does-not-sign') {
    return 'This provider does not sign its webhooks';
  }
  return verdictTitles[verdict] ?? verdict;
}
