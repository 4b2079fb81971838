// The Body tab: picks a sensible view for the payload (JSON tree, pretty text, raw text, hex, form)
// and keeps the others one click away. For Content-Encoded bodies it shows the decoded bytes with
// the wire bytes a toggle away — the wire bytes are what signatures are computed over.
import { useMemo, useState } from 'react';
import type { CaptureDetail, HeaderPair } from '@shared/types';
import { CopyButton } from '../../components/CopyButton';
import { PairsTable } from '../../components/PairsTable';
import { charsetOf, decodeText, looksBinary } from '../../lib/bytes';
import { formatByteCount, formatBytes } from '../../lib/format';
import { HexView } from './HexView';
import { JsonTreeView } from './JsonTreeView';
import { looksLikeJson, parseJson, type JsonParseResult } from '../../model/json-parse';
import { TextView } from './TextView';
import { useAfterPaint } from './use-after-paint';
import { useDecodedBody } from './use-decoded-body';
import styles from './body.module.css';

import { type BodyView, preferredBodyView, rememberBodyView } from './body-view-preference';

const viewLabels: Record<BodyView, string> = {
  tree: 'Tree',
  pretty: 'Pretty',
  raw: 'Raw',
  hex: 'Hex',
  form: 'Form',
};

const parse = (text: string): JsonParseResult => parseJson(text);
const pretty = (parsed: JsonParseResult): string | null =>
  parsed.ok ? JSON.stringify(parsed.value, null, 2) : null;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function formPairs(text: string): HeaderPair[] {
  return [...new URLSearchParams(text)].map(([k, v]) => [k, v] as HeaderPair);
}

export function BodyTab({ detail }: { detail: CaptureDetail }) {
  const body = useDecodedBody(detail);
  const [source, setSource] = useState<'decoded' | 'wire'>('decoded');
  const [chosenView, setChosenView] = useState<BodyView | null>(null);

  const decodedOk =
    body.decoded.status === 'done' && body.decoded.result.ok ? body.decoded.result.bytes : null;
  const decodeError =
    body.decoded.status === 'done' && !body.decoded.result.ok ? body.decoded.result.reason : null;
  // When decoding is impossible the wire bytes are all there is; the banner says why.
  const showingDecoded = source === 'decoded' && body.codings.length > 0 && decodeError === null;
  const bytes = showingDecoded ? decodedOk : body.wire;

  const charset = charsetOf(detail.contentType);
  const binary = useMemo(() => (bytes ? looksBinary(bytes) : false), [bytes]);
  const sniff = useMemo(() => (bytes ? decodeText(bytes.subarray(0, 1024), charset) : ''), [bytes, charset]);
  const jsonish = !binary && looksLikeJson(sniff, detail.contentType);
  const formish = !binary && /application\/x-www-form-urlencoded/i.test(detail.contentType ?? '');

  const available: BodyView[] = [
    ...(jsonish ? (['tree', 'pretty'] as const) : []),
    ...(formish ? (['form'] as const) : []),
    'raw',
    'hex',
  ];
  const fallback: BodyView = binary ? 'hex' : jsonish ? 'tree' : formish ? 'form' : 'raw';
  const preferredView = preferredBodyView();
  const finalView: BodyView =
    chosenView && available.includes(chosenView)
      ? chosenView
      : preferredView && available.includes(preferredView) && (!binary || preferredView === 'hex')
        ? preferredView
        : fallback;

  const needsText = finalView !== 'hex' && bytes !== null;
  const text = useMemo(
    () => (needsText && bytes ? decodeText(bytes, charset) : null),
    [needsText, bytes, charset],
  );
  const parsed = useAfterPaint(
    (finalView === 'tree' || finalView === 'pretty') && jsonish ? text : null,
    parse,
    text?.length ?? 0,
  );
  const parsedValue = parsed.status === 'ready' ? parsed.value : null;
  const prettyText = useAfterPaint(finalView === 'pretty' ? parsedValue : null, pretty, text?.length ?? 0);

  const pick = (v: BodyView) => {
    rememberBodyView(v);
    setChosenView(v);
  };

  if (detail.size === 0 && body.wire.length === 0) {
    return <div className="panel-empty">No body — this request had 0 bytes of content.</div>;
  }

  const copyText = (): string => {
    if (finalView === 'hex' || !bytes) return bytesToBase64(bytes ?? body.wire);
    if (finalView === 'pretty' && prettyText.status === 'ready' && prettyText.value !== null)
      return prettyText.value;
    return text ?? '';
  };

  return (
    <div className={styles['body-tab']}>
      <div className={styles['body-toolbar']}>
        <div className={styles['segmented']} role="group" aria-label="Body view">
          {available.map((v) => (
            <button
              key={v}
              type="button"
              className={styles['segment']}
              aria-pressed={finalView === v}
              onClick={() => pick(v)}
              data-view={v}
            >
              {viewLabels[v]}
            </button>
          ))}
        </div>
        {body.codings.length > 0 && (
          <div className={styles['segmented']} role="group" aria-label="Body bytes">
            <button
              type="button"
              className={styles['segment']}
              aria-pressed={showingDecoded}
              disabled={decodeError !== null}
              onClick={() => setSource('decoded')}
              title={decodeError ?? `Undo Content-Encoding: ${body.codings.join(', ')}`}
            >
              Decoded {body.codings.join('+')}
            </button>
            <button
              type="button"
              className={styles['segment']}
              aria-pressed={!showingDecoded}
              onClick={() => setSource('wire')}
              title="The exact bytes received — what signatures are computed over"
            >
              Wire bytes
            </button>
          </div>
        )}
        <span className="toolbar-spacer" />
        <span className={styles['body-size']} title={bytes ? formatByteCount(bytes.length) : undefined}>
          {bytes ? formatBytes(bytes.length) : '…'}
          {showingDecoded && decodedOk && (
            <span className="muted"> from {formatBytes(body.wire.length)}</span>
          )}
        </span>
        <CopyButton
          label={finalView === 'hex' ? 'Copy as base64' : 'Copy body'}
          getText={copyText}
          showLabel
        />
      </div>

      {detail.bodyTruncated && (
        <div className="banner banner-warn" role="status">
          {detail.size > body.wire.length
            ? `Only the first ${formatBytes(body.wire.length)} were kept — the request carried ${formatBytes(detail.size)}.`
            : `This body may be incomplete${detail.note ? `: ${detail.note}` : '.'}`}
        </div>
      )}
      {decodeError !== null && (
        <div className="banner banner-warn" role="status">
          Could not undo Content-Encoding {body.codings.join(', ')}: {decodeError}. Showing the wire bytes.
        </div>
      )}
      {parsed.status === 'ready' && !parsed.value.ok && (finalView === 'tree' || finalView === 'pretty') && (
        <div className="banner banner-warn" role="status">
          Not valid JSON: {parsed.value.message}. Showing the raw text.
        </div>
      )}

      <div className={styles['body-view']} data-body-view={finalView}>
        {bytes === null ? (
          <div className={styles['body-placeholder']}>Decoding {body.codings.join(', ')}…</div>
        ) : finalView === 'hex' ? (
          <HexView key={`${detail.id}-${source}`} bytes={bytes} label="Body bytes in hex" />
        ) : finalView === 'form' && text !== null ? (
          <div className="scroll-pane">
            <PairsTable pairs={formPairs(text)} label="Form fields" nameHeading="Field" separator="=" />
          </div>
        ) : finalView === 'tree' || finalView === 'pretty' ? (
          parsed.status === 'pending' ? (
            <div className={styles['body-placeholder']}>
              Parsing {formatBytes(text?.length ?? 0)} of JSON…
            </div>
          ) : !parsed.value.ok ? (
            <TextView text={text ?? ''} label="Body text" />
          ) : finalView === 'tree' ? (
            <JsonTreeView
              key={`${detail.id}-${source}`}
              value={parsed.value.value}
              label="Body as a JSON tree"
            />
          ) : prettyText.status === 'ready' && prettyText.value !== null ? (
            <TextView text={prettyText.value} label="Body as formatted JSON" />
          ) : (
            <div className={styles['body-placeholder']}>Formatting…</div>
          )
        ) : (
          <TextView text={text ?? ''} label="Body text" />
        )}
      </div>
    </div>
  );
}
