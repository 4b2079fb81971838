// "Find the signing scheme" for a sender Hookscope does not know: the user pastes a secret they
// hold, the core tries it (findSignatureScheme) and proposes the generic HMAC scheme that reproduces
// the signature; "Use this" saves it for the capture's path and stores the secret under `generic`.
// Like AddSecretForm, the secret stays in an uncontrolled password field, never in React state.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { SchemeFinderResult } from '@shared/signature-types';
import type { CaptureDetail } from '@shared/types';
import { toApiError } from '../../api/api-error';
import { PayloadText } from '../../components/PayloadText';
import { useMutation, useOperation } from '../../data/use-operation';
import { pathPrefixOf, withGenericForPath } from './scheme-finder-save';
import { SigIcon } from './SigIcon';

export function SchemeFinder({ detail }: { detail: CaptureDetail }) {
  const { mutateAsync: findScheme } = useMutation('findSignatureScheme');
  const { mutateAsync: updateSettings } = useMutation('updateSettings');
  const { mutateAsync: putSecret } = useMutation('putSecret');
  const settings = useOperation('getSettings', {}).data;
  const id = useId();
  const secretRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<SchemeFinderResult | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [prefix, setPrefix] = useState(pathPrefixOf(detail.path));

  if (!open) {
    return (
      <div className="sig-cta-row">
        <button
          type="button"
          className="btn btn-xs"
          onClick={() => setOpen(true)}
          data-testid="scheme-finder-open"
        >
          <SigIcon name="key" size={12} /> Find the signing scheme…
        </button>
        {saved && (
          <span className="sig-saved" role="status">
            Saved for <PayloadText text={saved} />: captures there are verified with this scheme.
          </span>
        )}
      </div>
    );
  }

  const find = (e: FormEvent) => {
    e.preventDefault();
    const secret = secretRef.current?.value ?? '';
    if (!secret) {
      setError('Paste the secret your sender signs with first.');
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    findScheme({ id: detail.id, secret }).then(
      (r) => {
        setBusy(false);
        setResult(r);
      },
      (err: unknown) => {
        setBusy(false);
        setError(toApiError(err).message);
      },
    );
  };

  const use = () => {
    const secret = secretRef.current?.value ?? '';
    if (!result?.found || !secret || !prefix.trim() || !settings) return;
    setBusy(true);
    setError(null);
    const pathPrefix = prefix.trim();
    updateSettings({
      providerByPath: withGenericForPath(settings.providerByPath, pathPrefix, result.config),
    })
      .then(() => putSecret({ provider: 'generic', label: pathPrefix.slice(0, 100), secret }))
      .then(
        () => {
          if (secretRef.current) secretRef.current.value = '';
          setBusy(false);
          setSaved(pathPrefix);
          setResult(null);
          setOpen(false);
        },
        (err: unknown) => {
          setBusy(false);
          setError(toApiError(err).message);
        },
      );
  };

  return (
    <section className="sig-inline-secret" aria-label="Find the signing scheme" data-testid="scheme-finder">
      <h4 className="sig-inline-title">
        <SigIcon name="key" size={13} /> Find the signing scheme
      </h4>
      <p className="sig-inline-lede">
        Paste the secret this sender signs with. Hookscope tries algorithms, encodings, key decodings and
        signed content (body, timestamp, id, URL) on this capture and proposes the scheme that reproduces its
        signature.
      </p>
      <form className="secret-form" onSubmit={find}>
        <label className="field field-grow" htmlFor={`${id}-secret`}>
          <span className="field-label">Secret</span>
          <input
            id={`${id}-secret`}
            ref={secretRef}
            type="password"
            className="mono"
            autoComplete="off"
            spellCheck={false}
            maxLength={4096}
            data-testid="scheme-finder-secret"
          />
        </label>
        <div className="secret-actions">
          <button type="button" className="btn btn-ghost btn-xs" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button
            type="submit"
            className="btn btn-xs btn-primary"
            disabled={busy}
            data-testid="scheme-finder-run"
          >
            {busy && !result ? 'Trying…' : 'Find'}
          </button>
        </div>
      </form>
      {error && (
        <p className="error-text" role="alert">
          <PayloadText text={error} />
        </p>
      )}
      {result && !result.found && (
        <p className="sig-finder-none" role="status" data-testid="scheme-finder-result" data-found="false">
          <PayloadText text={result.message} />
        </p>
      )}
      {result?.found && (
        <div className="sig-finder-found" role="status" data-testid="scheme-finder-result" data-found="true">
          <p>
            This looks like <strong className="mono">{result.description}</strong>.
          </p>
          <div className="field-row">
            <label className="field field-grow" htmlFor={`${id}-prefix`}>
              <span className="field-label">Use it for captures under</span>
              <input
                id={`${id}-prefix`}
                type="text"
                className="mono"
                value={prefix}
                maxLength={2048}
                onChange={(e) => setPrefix(e.target.value)}
                data-testid="scheme-finder-prefix"
              />
            </label>
          </div>
          <div className="secret-actions">
            <button
              type="button"
              className="btn btn-xs btn-primary"
              disabled={busy}
              onClick={use}
              data-testid="scheme-finder-use"
            >
              Use this
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
