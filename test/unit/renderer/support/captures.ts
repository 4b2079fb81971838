// Capture shapes for renderer tests: a summary with every field, overridable.
import type { CaptureDetail, CaptureSummary } from '@shared/types';

export const summary = (over: Partial<CaptureSummary> = {}): CaptureSummary => ({
  id: 1,
  receivedAt: '2026-12-04T20:00:00.000000Z',
  method: 'POST',
  path: '/webhook',
  status: 200,
  size: 10,
  contentType: 'application/json',
  kind: 'request',
  note: null,
  provider: null,
  payloadFamily: null,
  verdict: null,
  summary: null,
  duplicateOf: null,
  origin: null,
  replayOf: null,
  timestampAge: null,
  forward: null,
  ...over,
});

export const detail = (over: Partial<CaptureDetail> = {}): CaptureDetail => ({
  ...summary(over),
  httpVersion: '1.1',
  remoteAddress: '127.0.0.1',
  headers: [],
  trailers: [],
  query: [],
  bodyBase64: '',
  bodyTruncated: false,
  bodySha256: '',
  responseHeaders: [],
  responseBodyBase64: '',
  signature: null,
  cards: [],
  decoder: null,
  decoderNote: null,
  decodedBody: null,
  providerOverride: null,
  originDetail: null,
  forwards: [],
  ...over,
});

/** Summaries with ids from `from` down to `to` (newest first, as pages come). */
export const range = (from: number, to: number, over: Partial<CaptureSummary> = {}): CaptureSummary[] =>
  Array.from({ length: from - to + 1 }, (_, i) => summary({ ...over, id: from - i }));
