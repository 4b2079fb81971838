// Verify a request pasted from production logs or another tool: headers, body (text or base64),
// optional provider, URL, secrets to try and the moment to judge timestamps at. Nothing is stored;
// the answer is the same report a capture gets, shown with the same view. What the paste cannot be
// read as, or the API would refuse, is said under the field it came from (model/verify-form.ts).
import { useId, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SignatureReport, VerifyRequestInput } from '@shared/signature-types';
import { toApiError } from '../../api/api-error';
import { describedBy, Field, FieldGroup, FieldRow } from '../../components/form/Field';
import {
  FormActions,
  FormError,
  SecretInput,
  SelectInput,
  TextArea,
  TextInput,
} from '../../components/form/inputs';
import { ProviderOptions } from '../../components/ProviderOptions';
import { formatByteCount } from '../../lib/format';
import { useMutation } from '../../data/use-operation';
import { bodyToBase64, parseHeaderText, parseNow } from '../../model/pasted-request';
import { emptyVerifyForm, verifyForm, type VerifyFormValues } from '../../model/verify-form';
import { SignatureView } from '../signature/SignatureView';
import styles from './VerifyPanel.module.css';

const methods = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'];
const maxSecrets = 20;

export function VerifyPanel() {
  const verifyRequest = useMutation('verifyRequest');
  const id = useId();
  const [report, setReport] = useState<SignatureReport | null>(null);
  // Checked as the user pastes: what cannot be read shows at once, under its field.
  const { register, control, handleSubmit, setValue, setError, formState } = useForm<
    VerifyFormValues,
    unknown,
    VerifyRequestInput
  >({ defaultValues: emptyVerifyForm, resolver: zodResolver(verifyForm), mode: 'onChange' });
  const { errors, isSubmitting } = formState;
  const secrets = useFieldArray({ control, name: 'secrets' });
  const [headersText, bodyText, bodyMode, nowText] = useWatch({
    control,
    name: ['headersText', 'bodyText', 'bodyMode', 'nowText'],
  });
  // What the paste reads as, shown while it is valid.
  const pasted = parseHeaderText(headersText);
  const body = bodyToBase64(bodyText, bodyMode);
  const now = parseNow(nowText);

  const submit = handleSubmit(async (input) => {
    try {
      setReport(await verifyRequest.mutateAsync(input));
    } catch (err) {
      setError('root', { message: toApiError(err).message });
    }
  });

  const headersStatus = headersText.trim()
    ? `${pasted.headers.length} header${pasted.headers.length === 1 ? '' : 's'}${pasted.method ? ` · ${pasted.method} ${pasted.target}` : ''}`
    : null;
  const bodyStatus = body.ok
    ? `${formatByteCount(body.byteLength)}${bodyMode === 'text' ? ' as UTF-8, line endings as LF (use Base64 for exact bytes)' : ''}`
    : null;
  const nowStatus =
    now.ok && now.unix !== undefined
      ? `= ${new Date(now.unix * 1000).toISOString().replace('T', ' ').replace('.000Z', ' UTC')}`
      : null;

  return (
    <div className={styles.panel} data-testid="verify-panel">
      <form
        className={styles.form}
        onSubmit={(e) => void submit(e)}
        aria-label="Pasted request"
        noValidate
        autoComplete="off"
      >
        <FieldRow>
          <Field id={`${id}-method`} label="Method" error={errors.method?.message} className={styles.method}>
            {pasted.method ? (
              // A pasted request line decides the method.
              <SelectInput id={`${id}-method`} value={pasted.method} disabled onChange={() => undefined}>
                <option>{pasted.method}</option>
              </SelectInput>
            ) : (
              <SelectInput {...describedBy(`${id}-method`, errors.method?.message)} {...register('method')}>
                {methods.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </SelectInput>
            )}
          </Field>
          <Field id={`${id}-url`} label="URL as the provider called it" error={errors.url?.message}>
            <TextInput
              placeholder={pasted.target ?? 'https://example.com/webhooks/stripe'}
              {...describedBy(`${id}-url`, errors.url?.message)}
              {...register('url')}
              data-testid="verify-url"
            />
          </Field>
        </FieldRow>
        <Field id={`${id}-provider`} label="Provider" error={errors.provider?.message}>
          <SelectInput
            {...describedBy(`${id}-provider`, errors.provider?.message)}
            {...register('provider')}
            data-testid="verify-provider"
          >
            <option value="">Auto-detect from headers</option>
            <ProviderOptions />
          </SelectInput>
        </Field>
        <Field
          id={`${id}-headers`}
          label={
            <>
              Headers <span className={styles.note}>one per line, Name: value</span>
            </>
          }
          error={errors.headersText?.message}
          help={errors.headersText ? null : headersStatus}
        >
          <TextArea
            rows={6}
            placeholder={'Content-Type: application/json\nStripe-Signature: t=1763884801,v1=5257a8…'}
            {...describedBy(`${id}-headers`, errors.headersText?.message, headersStatus)}
            {...register('headersText')}
            data-testid="verify-headers"
          />
        </Field>
        <Field
          id={`${id}-body`}
          label="Body"
          badge={
            <span className={styles.segmented} role="group" aria-label="Body encoding">
              {(['text', 'base64'] as const).map((m) => (
                <button
                  key={m}
                  type="button"
                  className={styles['segmented-button']}
                  aria-pressed={bodyMode === m}
                  onClick={() => setValue('bodyMode', m, { shouldValidate: true })}
                >
                  {m === 'text' ? 'Text' : 'Base64'}
                </button>
              ))}
            </span>
          }
          error={errors.bodyText?.message}
          help={errors.bodyText ? null : bodyStatus}
        >
          <TextArea
            rows={7}
            placeholder={bodyMode === 'text' ? '{"id":"evt_…","type":"invoice.paid",…}' : 'eyJpZCI6ImV2dF8…'}
            {...describedBy(`${id}-body`, errors.bodyText?.message, bodyStatus)}
            {...register('bodyText')}
            data-testid="verify-body"
          />
        </Field>
        <FieldGroup
          className={styles.secrets}
          legend={
            <>
              Secrets to try <span className={styles.note}>optional; the stored ones are used otherwise</span>
            </>
          }
        >
          {secrets.fields.map((field, i) => (
            <Field
              key={field.id}
              id={`${id}-secret-${i}`}
              label={`Secret to try ${i + 1}`}
              hideLabel
              error={errors.secrets?.[i]?.value?.message}
            >
              <SecretInput
                placeholder="Secret or public key"
                {...describedBy(`${id}-secret-${i}`, errors.secrets?.[i]?.value?.message)}
                {...register(`secrets.${i}.value`)}
                data-testid="verify-secret"
              />
            </Field>
          ))}
          {secrets.fields.length < maxSecrets && (
            <button type="button" className="link-button" onClick={() => secrets.append({ value: '' })}>
              + another secret
            </button>
          )}
        </FieldGroup>
        <Field
          id={`${id}-now`}
          label={
            <>
              Judge timestamps at <span className={styles.note}>unix seconds or a date; empty: now</span>
            </>
          }
          error={errors.nowText?.message}
          help={errors.nowText ? null : nowStatus}
        >
          <TextInput
            placeholder="1763884801 or 2026-11-23T08:00:00Z"
            {...describedBy(`${id}-now`, errors.nowText?.message, nowStatus)}
            {...register('nowText')}
            data-testid="verify-now"
          />
        </Field>
        <FormError message={errors.root?.message} />
        <FormActions className={styles.actions}>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={isSubmitting}
            data-testid="verify-submit"
          >
            {isSubmitting ? 'Verifying…' : 'Verify'}
          </button>
        </FormActions>
      </form>
      <div className={styles.result} aria-live="polite" data-testid="verify-result">
        {report ? (
          <SignatureView report={report} />
        ) : (
          <div className={`${styles.empty} muted`}>
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
