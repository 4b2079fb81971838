// Store rows → contract shapes. Kept apart from the service so every adapter sees identical data.
import { createHash } from 'node:crypto';
import type { CaptureDetail, CaptureSummary } from '@shared/types';
import type { SignatureReport, SignatureVerdict } from '@shared/signature-types';
import type { Card } from '@shared/cards';
import type { CaptureListRow, CaptureRow } from '../store/capture-store';
import { microsToIso } from '../store/clock';
import { forwardBrief, outcomeBits } from '../replay/forward-brief';
import { decodeContentEncoding, headerValue, queryPairs } from '../decoders/content';
import { withBodyPreview } from './body-preview';

/** The derived analysis stored as JSON with each capture. */
export interface StoredAnalysis {
  /** The analysis code that wrote it (ANALYSIS_VERSION); older ones are redone in the background. */
  version?: number;
  signature: SignatureReport | null;
  cards: Card[];
  decoder: string | null;
  /** The decoder's remark: "no decoder", "card limit reached…", "recognised, but nothing to show". */
  decoderNote?: string | null;
  /** The signed content's preview is the body's, left out of what is stored (body-preview.ts). */
  previewIsBody?: boolean;
}

/**
 * What the detail shows of the body: copies of all of it (base64, digest, decoded view). For a body
 * stored in parts, the analysis worker computes them (16 MB in base64 and SHA-256 is tens of ms).
 */
export interface BodyViews {
  bodyBase64: string;
  bodySha256: string;
  decodedBody: CaptureDetail['decodedBody'];
}

/** A capture without its body: what the receiver's loop reads of a large one. */
export type CaptureHead = Omit<CaptureRow, 'body'>;

export function toSummary(row: CaptureListRow | CaptureHead): CaptureSummary {
  const bits = 'forwards' in row ? row.forwards.map(outcomeBits) : row.forwardBits;
  return {
    id: row.id,
    receivedAt: microsToIso(row.receivedAtUs),
    method: row.method,
    path: row.path,
    status: row.status,
    size: row.bodySize,
    contentType: row.contentType,
    kind: row.kind,
    note: row.note,
    provider: row.provider,
    payloadFamily: row.payloadFamily,
    verdict: (row.verdict as SignatureVerdict | null) ?? null,
    summary: row.summary,
    duplicateOf: row.duplicateOf,
    timestampAge: row.timestampAge,
    origin: row.origin?.kind ?? null,
    replayOf: row.origin?.kind === 'replay' ? row.origin.replayOf : null,
    forward: forwardBrief(bits),
  };
}

export function bodyViews(row: CaptureRow): BodyViews {
  return {
    bodyBase64: row.body.toString('base64'),
    bodySha256: createHash('sha256').update(row.body).digest('hex'),
    decodedBody: decodedView(row),
  };
}

export function toDetail(row: CaptureRow): CaptureDetail {
  return detailWith(row, bodyViews(row));
}

export function detailWith(row: CaptureHead, views: BodyViews): CaptureDetail {
  const stored = (row.analysis ?? null) as StoredAnalysis | null;
  const analysis = stored && withBodyPreview(stored, views.bodyBase64);
  return {
    ...toSummary(row),
    httpVersion: row.httpVersion,
    remoteAddress: row.remoteAddress,
    headers: row.headers,
    trailers: row.trailers ?? [],
    query: queryPairs(row.path),
    bodyBase64: views.bodyBase64,
    bodyTruncated: row.bodyTruncated,
    bodySha256: views.bodySha256,
    responseHeaders: row.responseHeaders,
    responseBodyBase64: row.responseBody.toString('base64'),
    signature: analysis?.signature ?? null,
    cards: analysis?.cards ?? [],
    decoder: analysis?.decoder ?? null,
    decoderNote: analysis?.decoderNote ?? null,
    decodedBody: views.decodedBody,
    providerOverride: row.providerOverride,
    originDetail: row.origin,
    forwards: row.forwards,
  };
}

function decodedView(row: CaptureRow): CaptureDetail['decodedBody'] {
  if (!headerValue(row.headers, 'content-encoding') || row.body.length === 0 || row.bodyTruncated)
    return null;
  const decoded = decodeContentEncoding(row.headers, row.body);
  if (decoded.error) return { encodings: [], base64: null, error: decoded.error };
  if (decoded.encodings.length === 0) return null;
  return { encodings: decoded.encodings, base64: decoded.bytes.toString('base64'), error: null };
}
