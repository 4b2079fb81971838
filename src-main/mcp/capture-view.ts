// A capture as an agent needs it: request line, headers, body (bounded), verdict with the digests
// and diagnosis behind it, and the decoded cards. Nothing here can hold a secret: the core reports
// secret labels, never values.
import type { CaptureDetail, CaptureSummary } from '@shared/types';
import { bodyView } from './body-view';

export function captureSummaryView(c: CaptureSummary) {
  return {
    id: c.id,
    receivedAt: c.receivedAt,
    method: c.method,
    path: c.path,
    status: c.status,
    size: c.size,
    kind: c.kind,
    provider: c.provider,
    payloadFamily: c.payloadFamily,
    verdict: c.verdict,
    summary: c.summary,
    note: c.note,
    duplicateOf: c.duplicateOf,
    origin: c.origin,
  };
}

export function captureDetailView(c: CaptureDetail, maxBodyBytes: number) {
  const body = Buffer.from(c.bodyBase64, 'base64');
  const sig = c.signature;
  return {
    ...captureSummaryView(c),
    httpVersion: c.httpVersion,
    headers: c.headers,
    body: { ...bodyView(body, maxBodyBytes), truncatedByReceiver: c.bodyTruncated },
    decodedBody: c.decodedBody
      ? {
          encodings: c.decodedBody.encodings,
          error: c.decodedBody.error,
          ...(c.decodedBody.base64 !== null
            ? bodyView(Buffer.from(c.decodedBody.base64, 'base64'), maxBodyBytes)
            : {}),
        }
      : null,
    digests: {
      bodySha256: c.bodySha256,
      signatureReceived: sig?.received ?? null,
      signatureComputed: sig?.computed ?? null,
    },
    signature: sig,
    cards: c.cards,
    decoder: c.decoder,
    decoderNote: c.decoderNote,
    response: {
      status: c.status,
      headers: c.responseHeaders,
      body: bodyView(Buffer.from(c.responseBodyBase64, 'base64'), 4096),
    },
    forwards: c.forwards,
    providerOverride: c.providerOverride,
  };
}
