// Export the selection, what the current filter shows, or everything as HAR 1.2 / JSON; import a
// HAR file from elsewhere (captures marked "imported", bodies byte-exact where the HAR has them).
import { useEffect, useRef, useState } from 'react';
import { exportDownloadPath } from '@shared/replay-types';
import { useMutation } from '../../data/use-operation';
import { useEventValue } from '../../data/use-event-value';
import { PayloadText } from '../../components/PayloadText';
import { formatBytes } from '../../lib/format';
import { useCaptureList, useServices } from '../../state/app-context';
import { hasAnyFilter } from '../../model/capture-filters';
import { downloadUrl } from './download';

type Scope = 'selected' | 'filtered' | 'all';

export function ExportImportPanel({ onDone }: { onDone(): void }) {
  return (
    <div className="tl-panel" data-testid="export-panel">
      <ExportSection />
      <hr className="tl-rule" />
      <ImportSection onDone={onDone} />
    </div>
  );
}

function ExportSection() {
  const selectedId = useCaptureList((s) => s.selectedId);
  const loadedIds = useCaptureList((s) => s.items);
  const filtered = useCaptureList((s) => hasAnyFilter(s.filters));
  const total = useCaptureList((s) => s.total);
  const [scope, setScope] = useState<Scope>(selectedId !== null ? 'selected' : 'all');
  const [format, setFormat] = useState<'har' | 'json'>('har');
  const [requested, setRequested] = useState(0);
  const [invalid, setInvalid] = useState<string | null>(null);
  const start = useMutation('startExport');
  // The export is written by a worker in the core; its progress arrives as events, which the event
  // bridge keeps per export id (so progress that beats startExport's answer is not lost).
  const exportId = start.data?.exportId ?? null;
  const progress = useEventValue('export.progress', exportId ?? '');
  const finished = exportId !== null && (progress?.state === 'done' || progress?.state === 'failed');
  const running =
    start.isPending || (exportId !== null && !finished)
      ? { done: progress?.done ?? 0, total: progress?.total ?? requested }
      : null;
  const result = exportId !== null && progress?.state === 'done' ? progress : null;
  const error =
    invalid ??
    start.error?.message ??
    (exportId !== null && progress?.state === 'failed'
      ? `The export failed: ${progress.error ?? 'unknown error'}`
      : null);

  const downloadId = result?.exportId ?? null;
  const downloadName = result?.fileName ?? '';
  useEffect(() => {
    if (downloadId !== null) downloadUrl(exportDownloadPath(downloadId), downloadName);
  }, [downloadId, downloadName]);

  const effectiveScope: Scope = scope === 'selected' && selectedId === null ? 'all' : scope;
  const run = () => {
    const ids =
      effectiveScope === 'selected'
        ? [selectedId!]
        : effectiveScope === 'filtered'
          ? loadedIds.map((c) => c.id)
          : undefined;
    if (ids && ids.length === 0) {
      setInvalid('Nothing to export: no capture matches the current filter.');
      return;
    }
    setInvalid(null);
    setRequested(ids?.length ?? total);
    start.mutate(ids ? { ids, format } : { format });
  };
  const busy = running !== null;

  return (
    <section aria-labelledby="export-title">
      <h3 className="tl-section-title" id="export-title">
        Export
      </h3>
      <div className="ex-grid">
        <fieldset className="rp-fieldset">
          <legend className="rp-legend">Captures</legend>
          <label className="rp-radio">
            <input
              type="radio"
              name="export-scope"
              checked={effectiveScope === 'selected'}
              disabled={selectedId === null}
              onChange={() => setScope('selected')}
            />
            {selectedId !== null ? `Selected capture (#${selectedId})` : 'Selected capture (none selected)'}
          </label>
          {filtered && (
            <label className="rp-radio">
              <input
                type="radio"
                name="export-scope"
                checked={effectiveScope === 'filtered'}
                onChange={() => setScope('filtered')}
              />
              Matching the current search ({loadedIds.length.toLocaleString()} loaded)
            </label>
          )}
          <label className="rp-radio">
            <input
              type="radio"
              name="export-scope"
              checked={effectiveScope === 'all'}
              onChange={() => setScope('all')}
              data-testid="export-all"
            />
            Everything stored ({total.toLocaleString()})
          </label>
        </fieldset>
        <fieldset className="rp-fieldset">
          <legend className="rp-legend">Format</legend>
          <label className="rp-radio">
            <input
              type="radio"
              name="export-format"
              checked={format === 'har'}
              onChange={() => setFormat('har')}
            />
            <span>
              HAR 1.2 <span className="muted">— opens in browser dev tools, Charles, Insomnia</span>
            </span>
          </label>
          <label className="rp-radio">
            <input
              type="radio"
              name="export-format"
              checked={format === 'json'}
              onChange={() => setFormat('json')}
              data-testid="export-json"
            />
            <span>
              JSON <span className="muted">— Hookscope&apos;s own, with verdicts and forwards</span>
            </span>
          </label>
        </fieldset>
      </div>
      <div className="tl-footer tl-footer-left">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={run}
          data-testid="export-run"
        >
          {busy ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </button>
        {running && running.total > 0 && (
          <span className="ex-done" role="status" data-testid="export-progress">
            {running.done.toLocaleString()} of {running.total.toLocaleString()} captures written…
          </span>
        )}
        {result && (
          <span className="ex-done" role="status" data-testid="export-result">
            Saved {result.count.toLocaleString()} capture{result.count === 1 ? '' : 's'} as{' '}
            <PayloadText text={result.fileName} className="mono" /> ({formatBytes(result.bytes)})
          </span>
        )}
      </div>
      {error && (
        <p className="rp-field-error" role="alert">
          {error}
        </p>
      )}
      {result?.warnings.map((w) => (
        <p key={w} className="rp-warning">
          <PayloadText text={w} />
        </p>
      ))}
    </section>
  );
}

function ImportSection({ onDone }: { onDone(): void }) {
  const { captures } = useServices();
  const fileRef = useRef<HTMLInputElement>(null);
  const importHar = useMutation('importHar');
  const [reading, setReading] = useState(false);
  const [fileName, setFileName] = useState('');
  const busy = reading || importHar.isPending;
  const result = importHar.data ? { ...importHar.data, fileName } : null;
  const error = importHar.error?.message ?? null;

  const importFile = (file: File) => {
    importHar.reset();
    setReading(true);
    setFileName(file.name);
    void file.text().then((har) => {
      setReading(false);
      importHar.mutate({ har }, { onSettled: () => fileRef.current && (fileRef.current.value = '') });
    });
  };

  return (
    <section aria-labelledby="import-title">
      <h3 className="tl-section-title" id="import-title">
        Import a HAR file
      </h3>
      <p className="rp-help">
        Inspect captures from elsewhere (browser dev tools, another Hookscope). They are marked{' '}
        <span className="rp-origin">imported</span>, keep their bodies byte-exact where the HAR holds them,
        and are not forwarded.
      </p>
      <div className="tl-footer tl-footer-left">
        <label className="btn ex-file" data-busy={busy || undefined}>
          <input
            ref={fileRef}
            type="file"
            accept=".har,.json,application/json"
            className="visually-hidden"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) importFile(file);
            }}
            data-testid="import-file"
          />
          {busy ? 'Importing…' : 'Choose a .har file…'}
        </label>
        {result && (
          <span className="ex-done" role="status" data-testid="import-result">
            Imported {result.ids.length.toLocaleString()} capture{result.ids.length === 1 ? '' : 's'} from{' '}
            <PayloadText text={result.fileName} className="mono" />
            {result.ids.length > 0 && (
              <>
                {' '}
                ·{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    captures.select(result.ids[0]!);
                    onDone();
                  }}
                >
                  Open #{result.ids[0]}
                </button>
              </>
            )}
          </span>
        )}
      </div>
      {error && (
        <p className="rp-field-error" role="alert" data-testid="import-error">
          <PayloadText text={error} />
        </p>
      )}
      {result && result.warnings.length > 0 && (
        <ul className="ex-warnings" aria-label="Import warnings" data-testid="import-warnings">
          {result.warnings.map((w, i) => (
            <li key={i} className="rp-warning">
              <PayloadText text={w} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
