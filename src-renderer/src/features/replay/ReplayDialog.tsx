// "Edit & replay": change the method, path, headers and body of a capture, optionally re-sign it
// with the stored secret, send it to a forward target or any URL, and see what the handler said.
// The replay is stored as a new capture linked to this one.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ReplayCaptureInput, ReplayResult } from '@shared/replay-types';
import type { CaptureDetail } from '@shared/types';
import { toApiError } from '../../api/api-error';
import { PayloadText } from '../../components/PayloadText';
import { useMutation } from '../../data/use-operation';
import { activeTargets, useForwardSettings } from '../forwarding/use-forwarding';
import { useSecrets } from '../secrets/use-secrets';
import { Dialog } from '../../components/Dialog';
import { OutcomeView } from './AnswerView';
import { base64ToText, normaliseBase64, textToBase64 } from './body-codec';
import { HeaderListEditor } from './HeaderListEditor';
import { outcomeSummary } from './outcome-text';
import {
  headerRows,
  lastReplayUrl,
  rememberReplayUrl,
  rowsToPairs,
  samePairs,
  urlProblem,
  type HeaderRow,
} from './replay-support';
import { providerInfo, providerName, useProviders } from '../../state/use-providers';

interface ReplayDialogProps {
  open: boolean;
  detail: CaptureDetail;
  onClose(): void;
  onOpenCapture(id: number): void;
}

export function ReplayDialog({ open, detail, onClose, onOpenCapture }: ReplayDialogProps) {
  return (
    <Dialog
      open={open}
      title={`Edit & replay #${detail.id}`}
      onClose={onClose}
      className="tunnel-dialog rp-dialog rp-dialog-wide"
      testId="replay-dialog"
    >
      <ReplayForm key={detail.id} detail={detail} onClose={onClose} onOpenCapture={onOpenCapture} />
    </Dialog>
  );
}

function ReplayForm({ detail, onClose, onOpenCapture }: Omit<ReplayDialogProps, 'open'>) {
  const replayCapture = useMutation('replayCapture');
  const { settings } = useForwardSettings();
  const { secrets } = useSecrets();
  const targets = activeTargets(settings);

  const originalText = useMemo(() => base64ToText(detail.bodyBase64), [detail.bodyBase64]);
  const [method, setMethod] = useState(detail.method);
  const [path, setPath] = useState(detail.path);
  const [rows, setRows] = useState<HeaderRow[]>(() => headerRows(detail.headers));
  const [asBase64, setAsBase64] = useState(originalText === null);
  const [body, setBody] = useState(originalText ?? detail.bodyBase64);

  const [dest, setDest] = useState<'target' | 'url'>(targets.length > 0 ? 'target' : 'url');
  const [url, setUrl] = useState(lastReplayUrl);
  const [appendPath, setAppendPath] = useState(false);

  const provider = detail.provider;
  const providers = useProviders();
  const resignable = provider !== null && providerInfo(providers, provider)?.canResign === true;
  const providerLabel = provider ? providerName(providers, provider) : '';
  const providerSecrets = (secrets ?? []).filter((s) => s.provider === provider);
  // Unset until the user ticks or unticks: follows "can re-sign" once the provider list arrives.
  const [resignChoice, setResign] = useState<boolean | null>(null);
  const resign = resignChoice ?? resignable;
  const [secretLabel, setSecretLabel] = useState('');

  const [errors, setErrors] = useState<Partial<Record<'url' | 'body' | 'method' | 'path' | 'form', string>>>(
    {},
  );
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReplayResult | null>(null);

  const toggleBase64 = () => {
    if (asBase64) {
      const normal = normaliseBase64(body);
      const text = normal === null ? null : base64ToText(normal);
      if (text === null) {
        setErrors({ body: 'These bytes are not UTF-8 text: keep editing them as base64.' });
        return;
      }
      setBody(text);
    } else {
      setBody(textToBase64(body));
    }
    setErrors({});
    setAsBase64(!asBase64);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(method)) next.method = 'A method is a token such as POST';
    if (!/^\/\S*$/.test(path)) next.path = 'A path starts with "/" and has no spaces';
    if (dest === 'url') {
      const problem = urlProblem(url);
      if (problem) next.url = problem;
    }
    const bodyBase64 = asBase64 ? normaliseBase64(body) : textToBase64(body);
    if (bodyBase64 === null) next.body = 'Not valid base64';
    setErrors(next);
    if (Object.keys(next).length > 0 || bodyBase64 === null) return;

    const pairs = rowsToPairs(rows);
    const edits: NonNullable<ReplayCaptureInput['edits']> = {};
    if (method !== detail.method) edits.method = method;
    if (path !== detail.path) edits.path = path;
    if (!samePairs(pairs, detail.headers)) edits.headers = pairs;
    if (bodyBase64 !== detail.bodyBase64) edits.bodyBase64 = bodyBase64;
    const input: ReplayCaptureInput = { id: detail.id, edits, resign: resign && resignable };
    if (resign && secretLabel) input.secretLabel = secretLabel;
    if (dest === 'url') {
      input.targetUrl = url.trim();
      input.pathMode = appendPath ? 'append' : 'replace';
      rememberReplayUrl(url.trim());
    }
    setBusy(true);
    setResult(null);
    replayCapture.mutateAsync(input).then(
      (r) => {
        setBusy(false);
        setResult(r);
      },
      (err: unknown) => {
        setBusy(false);
        setErrors({ form: toApiError(err).message });
      },
    );
  };

  return (
    <form className="rp-form" onSubmit={submit} noValidate autoComplete="off">
      <fieldset className="rp-fieldset">
        <legend className="rp-legend">Send to</legend>
        {targets.length > 0 && (
          <label className="rp-radio">
            <input
              type="radio"
              name="replay-dest"
              checked={dest === 'target'}
              onChange={() => setDest('target')}
            />
            Forward target <PayloadText text={targets[0]!.url} className="mono rp-radio-url" />
            {targets.length > 1 && <span className="muted">(first that matches)</span>}
          </label>
        )}
        <label className={targets.length > 0 ? 'rp-radio' : 'visually-hidden'}>
          <input type="radio" name="replay-dest" checked={dest === 'url'} onChange={() => setDest('url')} />
          Another URL
        </label>
        {dest === 'url' && (
          <div className="rp-url-row">
            <input
              className="rp-input mono"
              aria-label="Replay URL"
              placeholder="http://localhost:3000/webhook"
              spellCheck={false}
              value={url}
              data-testid="replay-url"
              data-autofocus={targets.length === 0 ? '' : undefined}
              aria-invalid={errors.url ? true : undefined}
              onChange={(e) => setUrl(e.currentTarget.value)}
            />
            <label className="rp-check rp-check-inline">
              <input
                type="checkbox"
                checked={appendPath}
                onChange={(e) => setAppendPath(e.currentTarget.checked)}
              />
              Append the path
            </label>
          </div>
        )}
        {errors.url && <p className="rp-field-error">{errors.url}</p>}
      </fieldset>

      <fieldset className="rp-fieldset">
        <legend className="rp-legend">Request</legend>
        <div className="rp-line">
          <input
            className="rp-input mono rp-method"
            aria-label="Method"
            spellCheck={false}
            value={method}
            aria-invalid={errors.method ? true : undefined}
            onChange={(e) => setMethod(e.currentTarget.value.toUpperCase())}
            data-testid="replay-method"
          />
          <input
            className="rp-input mono rp-path"
            aria-label="Path"
            spellCheck={false}
            value={path}
            aria-invalid={errors.path ? true : undefined}
            onChange={(e) => setPath(e.currentTarget.value)}
            data-testid="replay-path"
          />
        </div>
        {(errors.method || errors.path) && <p className="rp-field-error">{errors.method ?? errors.path}</p>}
        <details className="rp-details">
          <summary>
            Headers <span className="tab-badge">{rows.length}</span>
          </summary>
          <HeaderListEditor
            rows={rows}
            onChange={setRows}
            label="Request headers"
            autoNames={['host', 'content-length']}
            testId="replay-headers"
          />
          <p className="rp-help">Host and Content-Length are set for the target when sending.</p>
        </details>
        <div className="rp-body-head">
          <label htmlFor="replay-body" className="rp-label">
            Body
          </label>
          <span className="toolbar-spacer" />
          <label className="rp-check rp-check-inline">
            <input type="checkbox" checked={asBase64} onChange={toggleBase64} data-testid="replay-base64" />
            Base64
          </label>
        </div>
        <textarea
          id="replay-body"
          className="rp-textarea mono"
          spellCheck={false}
          rows={8}
          value={body}
          aria-invalid={errors.body ? true : undefined}
          onChange={(e) => setBody(e.currentTarget.value)}
          data-testid="replay-body"
        />
        {errors.body && <p className="rp-field-error">{errors.body}</p>}
      </fieldset>

      <div className="rp-resign">
        <label className="rp-check">
          <input
            type="checkbox"
            checked={resign && resignable}
            disabled={!resignable}
            onChange={(e) => setResign(e.currentTarget.checked)}
            data-testid="replay-resign"
          />
          Re-sign with stored secret
        </label>
        {resignable && resign && providerSecrets.length > 1 && (
          <select
            className="rp-select"
            aria-label="Secret to sign with"
            value={secretLabel}
            onChange={(e) => setSecretLabel(e.currentTarget.value)}
          >
            <option value="">{providerSecrets[0]!.label} (primary)</option>
            {providerSecrets.slice(1).map((s) => (
              <option key={s.label} value={s.label}>
                {s.label}
              </option>
            ))}
          </select>
        )}
        <p className="rp-help">
          {!resignable
            ? provider
              ? `Hookscope cannot sign for ${providerLabel}: the request goes out with its original signature.`
              : 'No provider recognised on this capture: the request goes out with its original signature.'
            : resign
              ? providerSecrets.length === 0
                ? `No ${providerLabel} secret is stored: add one under Signatures to re-sign.`
                : `Recomputes the ${providerLabel} signature (and timestamp, where the scheme has one) so the edited request verifies.`
              : 'Sent with the original signature: a handler that checks signatures should reject an edited body.'}
        </p>
      </div>

      {errors.form && (
        <p className="rp-field-error" role="alert" data-testid="replay-error">
          {errors.form}
        </p>
      )}

      {result && <ReplayResultView result={result} onOpenCapture={onOpenCapture} />}

      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="replay-send">
          {busy ? 'Sending…' : result ? 'Send again' : 'Send'}
        </button>
      </div>
    </form>
  );
}

export function ReplayResultView({
  result,
  onOpenCapture,
}: {
  result: ReplayResult;
  onOpenCapture(id: number): void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // Braces matter: newer Chromium returns a promise from scrollIntoView, not a cleanup.
    void ref.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);
  return (
    <section className="rp-result" aria-label="Replay result" data-testid="replay-result" ref={ref}>
      <div className="rp-result-head">
        <span className="rp-result-title">
          Sent to <PayloadText text={result.sent.url} className="mono" />
        </span>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="link-button"
          onClick={() => onOpenCapture(result.captureId)}
          data-testid="replay-open-capture"
        >
          Open #{result.captureId}
        </button>
      </div>
      {result.resigned && (
        <p className="rp-resigned" data-testid="replay-resigned">
          Re-signed {result.resigned.headersSet.join(', ')} with {result.resigned.provider} secret “
          <PayloadText text={result.resigned.secretLabel} />”
          {result.resigned.timestamp !== null && <> · timestamp {result.resigned.timestamp}</>}
          {result.resigned.signedUrl && (
            <>
              {' '}
              · signed URL <PayloadText text={result.resigned.signedUrl} className="mono" />
            </>
          )}
        </p>
      )}
      {result.warnings.map((w) => (
        <p key={w} className="rp-warning">
          <PayloadText text={w} />
        </p>
      ))}
      <OutcomeView outcome={result.outcome} label="Handler response" />
      <span className="visually-hidden" role="status">
        Replay: {outcomeSummary(result.outcome)}
      </span>
    </section>
  );
}
