// Derived analysis of one capture: provider, signature verdict, decoded cards, summary and
// redelivery detection. Pure over the stored row plus the secrets and settings of the moment,
// so it is recomputed whenever those change.
import type { CaptureRow, CaptureAnalysisColumns } from '../store/capture-store';
import type { Settings } from '@shared/types';
import type { StoredAnalysis } from './capture-mapping';
import { withoutBodyPreview } from './body-preview';
import { decodeContentEncoding, headerValue } from '../decoders/content';
import { decodePayload } from '../decoders/payloads';
import { genericConfigFor } from '../providers/generic/config-for-path';
import { signerOf, type SignerAnswer } from '../providers/signer-of';
import { analyseSignature, type AnalysisRequest, type SecretLookup } from '../signatures';

export interface AnalysisContext {
  /** Marks the capture's idempotency keys as seen; returns the capture it duplicates, if any. */
  claimDedupeKeys(id: number, keys: string[]): number | null;
  secrets: SecretLookup;
  settings: Settings;
  /** Public base URL providers call (setting or tunnel), for URL-signing schemes. */
  publicUrl: string | null;
}

/**
 * Bump when the analysis would now say something different about a stored capture (a new
 * decoder, a fixed verdict): captures analysed by an older version are re-analysed in the
 * background after the upgrade, with analysis.progress events.
 */
export const ANALYSIS_VERSION = 1;

export function analyseCapture(row: CaptureRow, context: AnalysisContext): CaptureAnalysisColumns {
  if (row.kind === 'rejected') {
    const analysis: StoredAnalysis = { version: ANALYSIS_VERSION, signature: null, cards: [], decoder: null };
    return {
      provider: null,
      payloadFamily: null,
      verdict: null,
      summary: row.note,
      duplicateOf: null,
      timestampAge: null,
      analysis,
    };
  }
  // Signatures are computed over the wire bytes; decoders read the content-decoded view
  // (a gzip'd WhatsApp batch still becomes cards).
  const request = (signer: SignerAnswer | null): AnalysisRequest => ({
    method: row.method,
    url: callUrl(row, context.publicUrl),
    path: row.path,
    headers: row.headers,
    body: row.body,
    receivedAtUnix: row.receivedAtUs / 1e6,
    publicUrl: context.publicUrl,
    provider: signer?.provider,
    providerSource: signer?.source,
    generic: genericConfigFor(context.settings, row.path),
    verifyToken: context.settings.metaVerifyToken,
  });
  const decoded = decodeContentEncoding(row.headers, row.body);
  const payload = decodePayload({
    headers: row.headers,
    body: decoded.bytes,
    contentType: row.contentType,
    path: row.path,
  });
  const signer = signerOf({
    override: row.providerOverride,
    method: row.method,
    path: row.path,
    headers: row.headers,
    body: row.body,
    providerByPath: context.settings.providerByPath,
    // Only a delivery is expected to be signed: a handshake decoding as WhatsApp is still a handshake.
    payloadFamily: row.kind === 'request' ? payload.decoder : null,
  });
  const signature = analyseSignature(request(signer), context.secrets);
  const duplicateOf = payload.dedupeKeys.length ? context.claimDedupeKeys(row.id, payload.dedupeKeys) : null;
  const analysis = withoutBodyPreview(
    {
      version: ANALYSIS_VERSION,
      signature,
      cards: payload.cards,
      decoder: payload.decoder,
      decoderNote: payload.note,
    },
    row.body,
  );
  const isHandshake = row.kind === 'handshake';
  return {
    provider: signature.provider,
    payloadFamily: payload.decoder,
    verdict: signature.provider || signature.verdict === 'handshake' ? signature.verdict : null,
    summary: isHandshake ? row.note : payload.summary,
    duplicateOf,
    timestampAge: signature.verdict === 'stale' ? (signature.timestamp?.ageAtCapture ?? null) : null,
    analysis,
  };
}

/** The URL the sender called: the public URL when known, else what the Host header says. */
export function callUrl(row: CaptureRow, publicUrl: string | null): string | null {
  if (publicUrl) return publicUrl.replace(/\/+$/, '') + row.path;
  const host = headerValue(row.headers, 'host');
  return host ? `http://${host}${row.path}` : null;
}
