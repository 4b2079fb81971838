// Export the selection, what the current filter shows, or everything as HAR 1.2 / JSON; import a
// HAR file from elsewhere (captures marked "imported", bodies byte-exact where the HAR has them).
// The export choices are a form checked with startExport's schema (model/export-form.ts).
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { exportDownloadPath, type ExportCapturesInput } from '@shared/replay-types';
import { FieldGroup } from '../../components/form/Field';
import { FormError, RadioField } from '../../components/form/inputs';
import { useMutation } from '../../data/use-operation';
import { useEventValue } from '../../data/use-event-value';
import { PayloadText } from '../../components/PayloadText';
import { formatBytes } from '../../lib/format';
import { useCaptureList, useServices } from '../../state/app-context';
import { hasAnyFilter } from '../../model/capture-filters';
import { exportForm, type ExportFormValues, type ExportSelection } from '../../model/export-form';
import { downloadUrl } from './download';
import panel from '../../components/tools-panel.module.css';
import { OriginLabel } from '../replay/ReplayActions';
import styles from './ExportImportPanel.module.css';

export function ExportImportPanel({ onDone }: { onDone(): void }) {
  return (
    <div className={panel.panel} data-testid="export-panel">
      <ExportSection />
      <hr className={styles.rule} />
      <ImportSection onDone={onDone} />
    </div>
  );
}

function ExportSection() {
  const selectedId = useCaptureList((s) => s.selectedId);
  const loaded = useCaptureList((s) => s.items);
  const filtered = useCaptureList((s) => hasAnyFilter(s.filters));
  const total = useCaptureList((s) => s.total);
  // The ids are the list's, not the form's: the resolver reads them as they are when Export is pressed.
  const selection = useRef<ExportSelection>({ selectedId, loadedIds: [] });
  useEffect(() => {
    selection.current = { selectedId, loadedIds: loaded.map((c) => c.id) };
  }, [selectedId, loaded]);
  const resolver: Resolver<ExportFormValues, unknown, ExportCapturesInput> = (values, context, options) =>
    zodResolver(exportForm(selection.current))(values, context, options);
  const { register, control, handleSubmit, formState } = useForm<
    ExportFormValues,
    unknown,
    ExportCapturesInput
  >({
    defaultValues: { scope: selectedId !== null ? 'selected' : 'all', format: 'har' },
    resolver,
  });
  const format = useWatch({ control, name: 'format' });
  const [requested, setRequested] = useState(0);
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
    formState.errors.scope?.message ??
    start.error?.message ??
    (exportId !== null && progress?.state === 'failed'
      ? `The export failed: ${progress.error ?? 'unknown error'}`
      : null);

  const downloadId = result?.exportId ?? null;
  const downloadName = result?.fileName ?? '';
  useEffect(() => {
    if (downloadId !== null) downloadUrl(exportDownloadPath(downloadId), downloadName);
  }, [downloadId, downloadName]);

  const run = handleSubmit((input) => {
    setRequested(input.ids?.length ?? total);
    start.mutate(input);
  });
  const busy = running !== null;

  return (
    <section aria-labelledby="export-title">
      <h3 className={styles['section-title']} id="export-title">
        Export
      </h3>
      <form onSubmit={(e) => void run(e)} noValidate>
        <div className={styles.grid}>
          <FieldGroup legend="Captures">
            <RadioField
              value="selected"
              disabled={selectedId === null}
              label={
                selectedId !== null ? `Selected capture (#${selectedId})` : 'Selected capture (none selected)'
              }
              {...register('scope')}
            />
            {filtered && (
              <RadioField
                value="filtered"
                label={`Matching the current search (${loaded.length.toLocaleString()} loaded)`}
                {...register('scope')}
              />
            )}
            <RadioField
              value="all"
              label={`Everything stored (${total.toLocaleString()})`}
              {...register('scope')}
              data-testid="export-all"
            />
          </FieldGroup>
          <FieldGroup legend="Format">
            <RadioField
              value="har"
              label={
                <span>
                  HAR 1.2 <span className="muted">— opens in browser dev tools, Charles, Insomnia</span>
                </span>
              }
              {...register('format')}
            />
            <RadioField
              value="json"
              label={
                <span>
                  JSON <span className="muted">— Hookscope&apos;s own, with verdicts and forwards</span>
                </span>
              }
              {...register('format')}
              data-testid="export-json"
            />
          </FieldGroup>
        </div>
        <div className={`${panel.footer} ${panel['footer-start']}`}>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="export-run">
            {busy ? 'Exporting…' : `Export ${format.toUpperCase()}`}
          </button>
          {running && running.total > 0 && (
            <span className={styles.done} role="status" data-testid="export-progress">
              {running.done.toLocaleString()} of {running.total.toLocaleString()} captures written…
            </span>
          )}
          {result && (
            <span className={styles.done} role="status" data-testid="export-result">
              Saved {result.count.toLocaleString()} capture{result.count === 1 ? '' : 's'} as{' '}
              <PayloadText text={result.fileName} className="mono" /> ({formatBytes(result.bytes)})
            </span>
          )}
        </div>
      </form>
      <FormError message={error} />
      {result?.warnings.map((w) => (
        <p key={w} className={panel.warning}>
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
      <h3 className={styles['section-title']} id="import-title">
        Import a HAR file
      </h3>
      <p className={panel.help}>
        Inspect captures from elsewhere (browser dev tools, another Hookscope). They are marked{' '}
        <OriginLabel>imported</OriginLabel>, keep their bodies byte-exact where the HAR holds them, and are
        not forwarded.
      </p>
      <div className={`${panel.footer} ${panel['footer-start']}`}>
        <label className={`btn ${styles.file}`} data-busy={busy || undefined}>
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
          <span className={styles.done} role="status" data-testid="import-result">
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
      <FormError message={error} testId="import-error" />
      {result && result.warnings.length > 0 && (
        <ul className={styles.warnings} aria-label="Import warnings" data-testid="import-warnings">
          {result.warnings.map((w, i) => (
            <li key={i} className={panel.warning}>
              <PayloadText text={w} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
