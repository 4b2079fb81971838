// "Find the signing scheme" for a sender Hookscope does not know: the user pastes a secret they
// hold, the core tries it (findSignatureScheme) and proposes the generic HMAC scheme that reproduces
// the signature; "Use this" saves it for the capture's path and stores the secret under `generic`.
// Like AddSecretForm, the secret stays in its password field (never a draft) and is cleared once used;
// both steps are checked with the contract's rules (model/secret-forms.ts).
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SchemeFinderResult } from '@shared/signature-types';
import type { CaptureDetail } from '@shared/types';
import { toApiError } from '../../api/api-error';
import { describedBy, Field } from '../../components/form/Field';
import { FormActions, FormError, SecretInput, TextInput } from '../../components/form/inputs';
import { PayloadText } from '../../components/PayloadText';
import { useMutation, useOperation } from '../../data/use-operation';
import {
  schemeFinderForm,
  schemePrefixForm,
  type SchemeFinderValues,
  type SchemePrefixValues,
} from '../../model/secret-forms';
import { pathPrefixOf, withGenericForPath } from './scheme-finder-save';
import { SigIcon } from './SigIcon';
import { SavedNote } from '../../components/SavedNote';
import styles from './signature.module.css';

export function SchemeFinder({ detail }: { detail: CaptureDetail }) {
  const { mutateAsync: findScheme } = useMutation('findSignatureScheme');
  const { mutateAsync: updateSettings } = useMutation('updateSettings');
  const { mutateAsync: putSecret } = useMutation('putSecret');
  const settings = useOperation('getSettings', {}).data;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<SchemeFinderResult | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const finder = useForm<SchemeFinderValues, unknown, SchemeFinderValues>({
    defaultValues: { secret: '' },
    resolver: zodResolver(schemeFinderForm),
  });
  const target = useForm<SchemePrefixValues, unknown, SchemePrefixValues>({
    defaultValues: { prefix: pathPrefixOf(detail.path) },
    resolver: zodResolver(schemePrefixForm),
  });
  const busy = finder.formState.isSubmitting || target.formState.isSubmitting;
  const error = finder.formState.errors.root?.message ?? target.formState.errors.root?.message;

  if (!open) {
    return (
      <div className={styles['sig-cta-row']}>
        <button
          type="button"
          className="btn btn-xs"
          onClick={() => setOpen(true)}
          data-testid="scheme-finder-open"
        >
          <SigIcon name="key" size={12} /> Find the signing scheme…
        </button>
        {saved && (
          <SavedNote>
            Saved for <PayloadText text={saved} />: captures there are verified with this scheme.
          </SavedNote>
        )}
      </div>
    );
  }

  const find = finder.handleSubmit(async ({ secret }) => {
    setResult(null);
    try {
      setResult(await findScheme({ id: detail.id, secret }));
    } catch (err) {
      finder.setError('root', { message: toApiError(err).message });
    }
  });

  const use = target.handleSubmit(async ({ prefix }) => {
    // The secret that found the scheme: still in its field, checked again by the same rule.
    const secret = schemeFinderForm.safeParse(finder.getValues());
    if (!result?.found || !secret.success || !settings) return;
    try {
      await updateSettings({
        providerByPath: withGenericForPath(settings.providerByPath, prefix, result.config),
      });
      await putSecret({ provider: 'generic', label: prefix.slice(0, 100), secret: secret.data.secret });
    } catch (err) {
      target.setError('root', { message: toApiError(err).message });
      return;
    }
    finder.reset();
    setSaved(prefix);
    setResult(null);
    setOpen(false);
  });

  const secretError = finder.formState.errors.secret?.message;
  const prefixError = target.formState.errors.prefix?.message;
  return (
    <section
      className={styles['sig-inline-secret']}
      aria-label="Find the signing scheme"
      data-testid="scheme-finder"
    >
      <h4 className={styles['sig-inline-title']}>
        <SigIcon name="key" size={13} /> Find the signing scheme
      </h4>
      <p className={styles['sig-inline-lede']}>
        Paste the secret this sender signs with. Hookscope tries algorithms, encodings, key decodings and
        signed content (body, timestamp, id, URL) on this capture and proposes the scheme that reproduces its
        signature.
      </p>
      <form onSubmit={(e) => void find(e)} noValidate autoComplete="off">
        <Field id={`${id}-secret`} label="Secret" error={secretError}>
          <SecretInput
            {...describedBy(`${id}-secret`, secretError)}
            {...finder.register('secret')}
            data-testid="scheme-finder-secret"
          />
        </Field>
        <FormActions>
          <button
            type="button"
            className="btn btn-ghost btn-xs"
            onClick={() => {
              // The secret is not kept for next time.
              finder.reset();
              setResult(null);
              setOpen(false);
            }}
          >
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
        </FormActions>
      </form>
      <FormError message={error} />
      {result && !result.found && (
        <p
          className={styles['sig-finder-none']}
          role="status"
          data-testid="scheme-finder-result"
          data-found="false"
        >
          <PayloadText text={result.message} />
        </p>
      )}
      {result?.found && (
        <div
          className={styles['sig-finder-found']}
          role="status"
          data-testid="scheme-finder-result"
          data-found="true"
        >
          <p>
            This looks like <strong className="mono">{result.description}</strong>.
          </p>
          <form onSubmit={(e) => void use(e)} noValidate autoComplete="off">
            <Field id={`${id}-prefix`} label="Use it for captures under" error={prefixError}>
              <TextInput
                maxLength={2048}
                {...describedBy(`${id}-prefix`, prefixError)}
                {...target.register('prefix')}
                data-testid="scheme-finder-prefix"
              />
            </Field>
            <FormActions>
              <button
                type="submit"
                className="btn btn-xs btn-primary"
                disabled={busy}
                data-testid="scheme-finder-use"
              >
                Use this
              </button>
            </FormActions>
          </form>
        </div>
      )}
    </section>
  );
}
