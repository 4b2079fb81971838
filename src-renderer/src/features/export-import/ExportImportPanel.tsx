// Export the selection, what the current filter shows, or everything as HAR 1.2 / JSON; import a
// HAR file from elsewhere (captures marked "imported", bodies byte-exact where the HAR has them).
import { useEffect, useRef, useState } from 'react';
import {
  exportDownloadPath,
  type ExportProgress,
  type ImportResult,
} from '../../../../src-main/shared/replay-types';
import { toApiError } from '../../api/api-error';
import { PayloadText } from '../../components/PayloadText';
import { formatBytes } from '../../lib/format';
import { useCaptureList, useServices } from '../../state/app-context';
import { hasAnyFilter } from '../../state/capture-filters';
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
  const { client } = useServices();
  const selectedId = useCaptureList((s) => s.selectedId);
  const loadedIds = useCaptureList((s) => s.items);
  const filtered = useCaptureList((s) => hasAnyFilter(s.filters));
  const total = useCaptureList((s) => s.total);
  const [scope, setScope] = useState<Scope>(selectedId !== null ? 'selected' : 'all');
  const [format, setFormat] = useState<'har' | 'json'>('har');
  const [running, setRunning] = useState<{ exportId: string | null; done: number; total: number } | null>(
    null,
  );
  const [result, setResult] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exportId = running?.exportId ?? null;

  // The export is written by a worker in the core; its progress arrives as events.
  useEffect(() => {
    if (exportId === null) return;
    return client.subscribe((envelope) => {
      if (envelope.event !== 'export.progress') return;
      const p = envelope.payload as ExportProgress;
      if (p.exportId !== exportId) return;
      if (p.state === 'running') setRunning({ exportId, done: p.done, total: p.total });
      else {
        setRunning(null);
        if (p.state === 'failed') setError(`The export failed: ${p.error ?? 'unknown error'}`);
        else {
          setResult(p);
          downloadUrl(exportDownloadPath(p.exportId), p.fileName);
        }
      }
    });
  }, [client, exportId]);

  const effectiveScope: Scope = scope === 'selected' && selectedId === null ? 'all' : scope;
  const run = () => {
    const ids =
      effectiveScope === 'selected'
        ? [selectedId!]
        : effectiveScope === 'filtered'
          ? loadedIds.map((c) => c.id)
          : undefined;
    if (ids && ids.length === 0) {
      setError('Nothing to export: no capture matches the current filter.');
      return;
    }
    setRunning({ exportId: null, done: 0, total: ids?.length ?? total });
    setError(null);
    setResult(null);
    client.call('startExport', ids ? { ids, format } : { format }).then(
      (started) => setRunning((r) => (r ? { ...r, exportId: started.exportId } : r)),
      (e: unknown) => {
        setRunning(null);
        setError(toApiError(e).message);
      },
    );
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
  const { client, captures } = useServices();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(ImportResult & { fileName: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);

  const importFile = (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    file
      .text()
      .then((har) => client.call('importHar', { har }))
      .then(
        (r) => {
          setBusy(false);
          setResult({ ...r, fileName: file.name });
          if (fileRef.current) fileRef.current.value = '';
        },
        (e: unknown) => {
          setBusy(false);
          setError(toApiError(e).message);
          if (fileRef.current) fileRef.current.value = '';
        },
      );
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
