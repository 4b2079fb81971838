// The bytes a body view shows: the wire bytes, or — when the sender used Content-Encoding — the
// decoded bytes, computed once per capture. The wire bytes stay one click away in the toolbar.
import { useEffect, useMemo, useState } from 'react';
import type { CaptureDetail } from '@shared/types';
import { base64ToBytes, headerValue } from '../../lib/bytes';
import { type DecodeResult, decodeContentEncoding, parseContentEncoding } from './content-decoding';

export interface BodyBytes {
  wire: Uint8Array;
  codings: string[];
  decoded: { status: 'none' } | { status: 'pending' } | { status: 'done'; result: DecodeResult };
}

export function useDecodedBody(detail: CaptureDetail): BodyBytes {
  const wire = useMemo(() => base64ToBytes(detail.bodyBase64), [detail.bodyBase64]);
  const codings = useMemo(
    () => parseContentEncoding(headerValue(detail.headers, 'content-encoding')),
    [detail.headers],
  );
  const [decoded, setDecoded] = useState<{ id: number; result: DecodeResult } | null>(null);
  // The core already undid the encoding (bounded, and with brotli, which Chromium's
  // DecompressionStream lacks): use that; decode in the browser only when it did not.
  const fromCore = useMemo((): DecodeResult | null => {
    const view = detail.decodedBody;
    if (!view) return null;
    if (view.base64 !== null) return { ok: true, bytes: base64ToBytes(view.base64), steps: view.encodings };
    return view.error ? { ok: false, reason: view.error } : null;
  }, [detail.decodedBody]);

  useEffect(() => {
    if (codings.length === 0 || wire.length === 0 || fromCore) return;
    // A result is labelled with its capture, so one that lands after a switch is never shown.
    void decodeContentEncoding(wire, codings).then((result) => setDecoded({ id: detail.id, result }));
  }, [wire, codings, detail.id, fromCore]);

  if (codings.length === 0 || wire.length === 0) return { wire, codings, decoded: { status: 'none' } };
  if (fromCore) return { wire, codings, decoded: { status: 'done', result: fromCore } };
  if (!decoded || decoded.id !== detail.id) return { wire, codings, decoded: { status: 'pending' } };
  return { wire, codings, decoded: { status: 'done', result: decoded.result } };
}
