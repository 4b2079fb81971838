// The signature report's preview of the signed content is, for most senders (Meta, GitHub, Stripe's
// payload part…), the body itself, escaped: stored with every analysis it was a second copy of the
// body (a quarter of a 2 KB WhatsApp capture's analysis, compressed). The stored analysis keeps an
// empty preview and a mark instead, and the preview is rebuilt from the body when the detail is
// built. Previews of anything else (a timestamp prefix, a canonical request) are kept as they are.
import { escapePreview } from '../signatures/signed-content';
import type { StoredAnalysis } from './capture-mapping';

/**
 * escapePreview stops at 8192 characters, and a character takes at most 3 bytes (4-byte sequences
 * give 2 characters): the preview of the body never reads past this prefix.
 */
const PREVIEW_PREFIX_BYTES = 8192 * 3 + 4;

/** The analysis to store: without the preview when that is the body's. */
export function withoutBodyPreview(analysis: StoredAnalysis, body: Buffer): StoredAnalysis {
  const content = analysis.signature?.signedContent;
  if (!analysis.signature || !content || content.preview === '') return analysis;
  const fromBody = escapePreview(body.subarray(0, PREVIEW_PREFIX_BYTES));
  if (fromBody.preview !== content.preview || fromBody.truncated !== content.previewTruncated)
    return analysis;
  return {
    ...analysis,
    signature: { ...analysis.signature, signedContent: { ...content, preview: '' } },
    previewIsBody: true,
  };
}

/** The analysis as stored, with the body's preview put back (`bodyBase64`: the whole body). */
export function withBodyPreview(analysis: StoredAnalysis, bodyBase64: string): StoredAnalysis {
  const { previewIsBody, ...rest } = analysis;
  const content = rest.signature?.signedContent;
  if (!previewIsBody || !rest.signature || !content) return rest;
  // Base64 of the prefix only: 4 characters for every 3 bytes.
  const prefix = Buffer.from(bodyBase64.slice(0, Math.ceil(PREVIEW_PREFIX_BYTES / 3) * 4), 'base64');
  return {
    ...rest,
    signature: { ...rest.signature, signedContent: { ...content, preview: escapePreview(prefix).preview } },
  };
}
