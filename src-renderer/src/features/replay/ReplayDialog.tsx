// "Edit & replay": change the method, path, headers and body of a capture, optionally re-sign it
// with the stored secret, send it to a forward target or any URL, and see what the handler said.
// The replay is stored as a new capture linked to this one.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ReplayCaptureInput, ReplayResult } from '@shared/replay-types';
import type { CaptureDetail } from '@shared/types';
import { toApiError } from '../../api/api-error';
import { PayloadText } from '../../components/PayloadText';
import { describedBy, Field, FieldGroup } from '../../components/form/Field';
import {
  CheckboxField,
  FormError,
  RadioField,
  SelectInput,
  TextArea,
  TextInput,
} from '../../components/form/inputs';
import { useFormDraft } from '../../components/form/use-form-draft';
import { useMutation } from '../../data/use-operation';
import { replayForm, type ReplayFormValues } from '../../model/replay-form';
import { activeTargets, useForwardSettings } from '../forwarding/use-forwarding';
import { useSecrets } from '../secrets/use-secrets';
import { Dialog } from '../../components/Dialog';
import { OutcomeView } from './AnswerView';
import { base64ToText, normaliseBase64, textToBase64 } from './body-codec';
import { HeaderListDisclosure } from './HeaderListEditor';
import { outcomeSummary } from './outcome-text';
import { headerRows, rowsToPairs, samePairs } from '../../model/header-rows';
import { lastReplayUrl, rememberReplayUrl } from './replay-support';
import { providerInfo, providerName, useProviders } from '../../state/use-providers';
import panel from '../../components/tools-panel.module.css';
import answer from './answer.module.css';
import styles from './ReplayDialog.module.css';

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
      roomy
      className={styles.dialog}
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
  // What the form starts from: the capture as received.
  const [start] = useState((): ReplayFormValues => ({
    dest: targets.length > 0 ? 'target' : 'url',
    url: lastReplayUrl(),
    appendPath: false,
    method: detail.method,
    path: detail.path,
    headers: headerRows(detail.headers),
    asBase64: originalText === null,
    body: originalText ?? detail.bodyBase64,
    resign: null,
    secretLabel: '',
  }));
  const form = useForm<ReplayFormValues, unknown, ReplayFormValues>({
    defaultValues: start,
    resolver: zodResolver(replayForm),
  });
  const { register, control, setValue, setError, clearErrors, getValues, formState } = form;
  const { errors } = formState;
  const draft = useFormDraft(`replay:${detail.id}`, form, start);
  const dest = useWatch({ control, name: 'dest' });
  const asBase64 = useWatch({ control, name: 'asBase64' });
  const resignChoice = useWatch({ control, name: 'resign' });

  const provider = detail.provider;
  const providers = useProviders();
  const resignable = provider !== null && providerInfo(providers, provider)?.canResign === true;
  const providerLabel = provider ? providerName(providers, provider) : '';
  const providerSecrets = (secrets ?? []).filter((s) => s.provider === provider);
  const resign = resignChoice ?? resignable;

  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReplayResult | null>(null);

  const toggleBase64 = () => {
    const body = getValues('body');
    if (asBase64) {
      const normal = normaliseBase64(body);
      const text = normal === null ? null : base64ToText(normal);
      if (text === null) {
        setError('body', { message: 'These bytes are not UTF-8 text: keep editing them as base64.' });
        return;
      }
      setValue('body', text, { shouldDirty: true });
    } else {
      setValue('body', textToBase64(body), { shouldDirty: true });
    }
    clearErrors();
    setValue('asBase64', !asBase64, { shouldDirty: true });
  };

  const submit = form.handleSubmit((v) => {
    const bodyBase64 = v.asBase64 ? normaliseBase64(v.body) : textToBase64(v.body);
    if (bodyBase64 === null) {
      setError('body', { message: 'Not valid base64' });
      return;
    }
    const pairs = rowsToPairs(v.headers);
    const edits: NonNullable<ReplayCaptureInput['edits']> = {};
    if (v.method !== detail.method) edits.method = v.method;
    if (v.path !== detail.path) edits.path = v.path;
    if (!samePairs(pairs, detail.headers)) edits.headers = pairs;
    if (bodyBase64 !== detail.bodyBase64) edits.bodyBase64 = bodyBase64;
    const input: ReplayCaptureInput = { id: detail.id, edits, resign: resign && resignable };
    if (resign && v.secretLabel) input.secretLabel = v.secretLabel;
    if (v.dest === 'url') {
      input.targetUrl = v.url;
      input.pathMode = v.appendPath ? 'append' : 'replace';
      rememberReplayUrl(v.url);
    }
    setBusy(true);
    setResult(null);
    replayCapture.mutateAsync(input).then(
      (r) => {
        setBusy(false);
        setResult(r);
        // Sent: the edits are in the new capture, nothing is left to lose.
        draft.discard();
      },
      (err: unknown) => {
        setBusy(false);
        setError('root', { message: toApiError(err).message });
      },
    );
  });

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
      {draft.restored && (
        <p className={panel.help} role="status" data-testid="replay-draft-restored">
          Your unsent edits to this capture are back.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              draft.discard();
              form.reset(start);
            }}
          >
            Start from the capture
          </button>
        </p>
      )}
      <FieldGroup legend="Send to">
        {targets.length > 0 && (
          <RadioField
            value="target"
            label={
              <>
                Forward target{' '}
                <PayloadText text={targets[0]!.url} className={`mono ${styles['radio-url']}`} />
                {targets.length > 1 && <span className="muted">(first that matches)</span>}
              </>
            }
            {...register('dest')}
          />
        )}
        <span className={targets.length > 0 ? undefined : 'visually-hidden'}>
          <RadioField value="url" label="Another URL" {...register('dest')} />
        </span>
        {dest === 'url' && (
          <div className={styles['url-row']}>
            <TextInput
              aria-label="Replay URL"
              placeholder="http://localhost:3000/webhook"
              data-testid="replay-url"
              data-autofocus={targets.length === 0 ? '' : undefined}
              aria-invalid={errors.url ? true : undefined}
              {...register('url')}
            />
            <CheckboxField label="Append the path" {...register('appendPath')} />
          </div>
        )}
        <FormError message={errors.url?.message} />
      </FieldGroup>

      <FieldGroup legend="Request">
        <div className={styles.line}>
          <TextInput
            className={styles.method}
            aria-label="Method"
            aria-invalid={errors.method ? true : undefined}
            data-testid="replay-method"
            {...register('method', { setValueAs: (v: string) => v.toUpperCase() })}
          />
          <TextInput
            className={styles.path}
            aria-label="Path"
            aria-invalid={errors.path ? true : undefined}
            data-testid="replay-path"
            {...register('path')}
          />
        </div>
        <FormError message={errors.method?.message ?? errors.path?.message} />
        <Controller
          control={control}
          name="headers"
          render={({ field }) => (
            <HeaderListDisclosure
              rows={field.value}
              onChange={field.onChange}
              label="Request headers"
              autoNames={['host', 'content-length']}
              testId="replay-headers"
              help="Host and Content-Length are set for the target when sending."
            />
          )}
        />
        <Field
          id="replay-body"
          label="Body"
          badge={
            <CheckboxField
              label="Base64"
              checked={asBase64}
              onChange={toggleBase64}
              data-testid="replay-base64"
            />
          }
          error={errors.body?.message}
        >
          <TextArea
            rows={8}
            {...describedBy('replay-body', errors.body?.message)}
            data-testid="replay-body"
            {...register('body')}
          />
        </Field>
      </FieldGroup>

      <div className={styles.resign}>
        <CheckboxField
          label="Re-sign with stored secret"
          checked={resign && resignable}
          disabled={!resignable}
          onChange={(e) => setValue('resign', e.currentTarget.checked, { shouldDirty: true })}
          data-testid="replay-resign"
        />
        {resignable && resign && providerSecrets.length > 1 && (
          <SelectInput aria-label="Secret to sign with" {...register('secretLabel')}>
            <option value="">{providerSecrets[0]!.label} (primary)</option>
            {providerSecrets.slice(1).map((s) => (
              <option key={s.label} value={s.label}>
                {s.label}
              </option>
            ))}
          </SelectInput>
        )}
        <p className={panel.help}>
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

      <FormError message={errors.root?.message} testId="replay-error" />

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
    <section className={answer.result} aria-label="Replay result" data-testid="replay-result" ref={ref}>
      <div className={answer['result-head']}>
        <span className={answer['result-title']}>
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
        <p className={styles.resigned} data-testid="replay-resigned">
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
        <p key={w} className={panel.warning}>
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
