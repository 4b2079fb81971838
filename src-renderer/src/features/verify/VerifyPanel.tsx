// Verify a request pasted from production logs or another tool: headers, body (text or base64),
// optional provider, URL, secrets to try and the moment to judge timestamps at. Nothing is stored;
// the answer is the same report a capture gets, shown with the same view.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { SignatureReport } from '@shared/signature-types';
import { toApiError } from '../../api/api-error';
import { PayloadText } from '../../components/PayloadText';
import { ProviderOptions } from '../../components/ProviderOptions';
import { formatByteCount } from '../../lib/format';
import { useMutation } from '../../data/use-operation';
import { SignatureView } from '../signature/SignatureView';
import { bodyToBase64, parseHeaderText, parseNow } from './parse-pasted';

const methods = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];
const maxSecrets = 20;

export function VerifyPanel() {
  const verifyRequest = useMutation('verifyRequest');
  const id = useId();
  const [method, setMethod] = useState('POST');
  const [url, setUrl] = useState('');
  const [provider, setProvider] = useState('');
  const [headersText, setHeadersText] = useState('');
  const [bodyText, setBodyText] = useState('');
  const [bodyMode, setBodyMode] = useState<'text' | 'base64'>('text');
  const [nowText, setNowText] = useState('');
  const [secretFields, setSecretFields] = useState(1);
  const secretsRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<SignatureReport | null>(null);

  const parsed = useMemo(() => parseHeaderText(headersText), [headersText]);
  const body = useMemo(() => bodyToBase64(bodyText, bodyMode), [bodyText, bodyMode]);
  const now = useMemo(() => parseNow(nowText), [nowText]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parsed.errors.length) return setError(parsed.errors[0]!);
    if (!body.ok) return setError(body.error);
    if (!now.ok) return setError(now.error);
    const secrets = [...(secretsRef.current?.querySelectorAll('input') ?? [])]
      .map((input) => input.value)
      .filter((v) => v !== '');
    setBusy(true);
    setError(null);
    verifyRequest
      .mutateAsync({
        method: (parsed.method ?? method).toUpperCase(),
        url: url.trim() || parsed.target || '/',
        headers: parsed.headers,
        bodyBase64: body.base64,
        ...(provider ? { provider } : {}),
        ...(secrets.length ? { secrets } : {}),
        ...(now.unix !== undefined ? { now: now.unix } : {}),
      })
      .then(
        (r) => {
          setBusy(false);
          setReport(r);
        },
        (err: unknown) => {
          setBusy(false);
          setError(toApiError(err).message);
        },
      );
  };

  return (
    <div className="verify-panel" data-testid="verify-panel">
      <form className="verify-form" onSubmit={submit} aria-label="Pasted request">
        <div className="field-row">
          <label className="field" htmlFor={`${id}-method`}>
            <span className="field-label">Method</span>
            <select
              id={`${id}-method`}
              value={parsed.method ?? method}
              disabled={!!parsed.method}
              onChange={(e) => setMethod(e.target.value)}
            >
              {(parsed.method && !methods.includes(parsed.method)
                ? [parsed.method, ...methods]
                : methods
              ).map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label className="field field-grow" htmlFor={`${id}-url`}>
            <span className="field-label">URL as the provider called it</span>
            <input
              id={`${id}-url`}
              type="text"
              className="mono"
              placeholder={parsed.target ?? 'https://example.com/webhooks/stripe'}
              value={url}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setUrl(e.target.value)}
              data-testid="verify-url"
            />
          </label>
        </div>
        <label className="field" htmlFor={`${id}-provider`}>
          <span className="field-label">Provider</span>
          <select
            id={`${id}-provider`}
            value={provider}
            onChange={(e) => setProvider(e.target.value)}
            data-testid="verify-provider"
          >
            <option value="">Auto-detect from headers</option>
            <ProviderOptions />
          </select>
        </label>
        <label className="field" htmlFor={`${id}-headers`}>
          <span className="field-label">
            Headers <span className="field-note">one per line, Name: value</span>
          </span>
          <textarea
            id={`${id}-headers`}
            className="mono"
            rows={6}
            spellCheck={false}
            placeholder={'Content-Type: application/json\nStripe-Signature: t=1763884801,v1=5257a8…'}
            value={headersText}
            onChange={(e) => setHeadersText(e.target.value)}
            data-testid="verify-headers"
          />
          <span className={`field-status${parsed.errors.length ? ' error-text' : ''}`} aria-live="polite">
            {parsed.errors.length
              ? parsed.errors[0]
              : headersText.trim()
                ? `${parsed.headers.length} header${parsed.headers.length === 1 ? '' : 's'}${parsed.method ? ` · ${parsed.method} ${parsed.target}` : ''}`
                : ''}
          </span>
        </label>
        <div className="field">
          <span className="field-label verify-body-label">
            <label htmlFor={`${id}-body`}>Body</label>
            <span className="segmented" role="group" aria-label="Body encoding">
              {(['text', 'base64'] as const).map((m) => (
                <button
                  key={m}
                  type="button"
                  className="segmented-btn"
                  aria-pressed={bodyMode === m}
                  onClick={() => setBodyMode(m)}
                >
                  {m === 'text' ? 'Text' : 'Base64'}
                </button>
              ))}
            </span>
          </span>
          <textarea
            id={`${id}-body`}
            className="mono"
            rows={7}
            spellCheck={false}
            placeholder={bodyMode === 'text' ? '{"id":"evt_…","type":"invoice.paid",…}' : 'eyJpZCI6ImV2dF8…'}
            value={bodyText}
            onChange={(e) => setBodyText(e.target.value)}
            data-testid="verify-body"
          />
          <span className={`field-status${body.ok ? '' : ' error-text'}`}>
            {body.ok
              ? `${formatByteCount(body.byteLength)}${bodyMode === 'text' ? ' as UTF-8, line endings as LF (use Base64 for exact bytes)' : ''}`
              : body.error}
          </span>
        </div>
        <div className="field">
          <span className="field-label">
            Secrets to try <span className="field-note">optional; the stored ones are used otherwise</span>
          </span>
          <div className="verify-secrets" ref={secretsRef}>
            {Array.from({ length: secretFields }, (_, i) => (
              <input
                key={i}
                type="password"
                className="mono"
                aria-label={`Secret to try ${i + 1}`}
                placeholder="Secret or public key"
                autoComplete="off"
                spellCheck={false}
                maxLength={4096}
                data-testid="verify-secret"
              />
            ))}
          </div>
          {secretFields < maxSecrets && (
            <button
              type="button"
              className="link-button verify-more"
              onClick={() => setSecretFields((n) => n + 1)}
            >
              + another secret
            </button>
          )}
        </div>
        <label className="field" htmlFor={`${id}-now`}>
          <span className="field-label">
            Judge timestamps at <span className="field-note">unix seconds or a date; empty: now</span>
          </span>
          <input
            id={`${id}-now`}
            type="text"
            className="mono"
            placeholder="1763884801 or 2026-11-23T08:00:00Z"
            value={nowText}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setNowText(e.target.value)}
            data-testid="verify-now"
          />
          <span className={`field-status${now.ok ? '' : ' error-text'}`}>
            {now.ok
              ? now.unix !== undefined
                ? `= ${new Date(now.unix * 1000).toISOString().replace('T', ' ').replace('.000Z', ' UTC')}`
                : ''
              : now.error}
          </span>
        </label>
        {error && (
          <p className="error-text" role="alert">
            <PayloadText text={error} />
          </p>
        )}
        <div className="secret-actions">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="verify-submit">
            {busy ? 'Verifying…' : 'Verify'}
          </button>
        </div>
      </form>
      <div className="verify-result" aria-live="polite" data-testid="verify-result">
        {report ? (
          <SignatureView report={report} />
        ) : (
          <div className="verify-empty muted">
            <p>Paste a request and press Verify. Nothing is stored.</p>
            <p>
              The answer is the same report a captured webhook gets: verdict, received vs computed, the signed
              content and, when it fails, the most likely cause with a fix.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
