// Compose a test event: the providers' sample events (listEventTemplates, grouped by provider),
// editable, signed with the chosen stored secret, with its equivalent curl; Send delivers it (to the
// receiver by default, so it lands in the list) and shows the answer. Every recomposition passes the
// first one's `stamp`, so ids and timestamps stay put: the curl, the headers shown and what Send
// delivers are one and the same request. The form is checked with composeEvent's rules
// (model/compose-form.ts) and kept as a draft, so closing the tools loses no edit.
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ComposedEvent, EventTemplateInfo, SentTestEvent } from '@shared/replay-types';
import { CopyButton } from '../../components/CopyButton';
import { describedBy, Field, FieldGroup, FieldRow } from '../../components/form/Field';
import { FormError, RadioField, SelectInput, TextArea, TextInput } from '../../components/form/inputs';
import { useFormDraft } from '../../components/form/use-form-draft';
import { PayloadText } from '../../components/PayloadText';
import { useMutation, useOperation } from '../../data/use-operation';
import { OutcomeView } from '../replay/AnswerView';
import { base64ToDisplayText } from '../replay/body-codec';
import { HeaderListDisclosure } from '../replay/HeaderListEditor';
import {
  composeForm,
  composeInput,
  composeStart,
  compositionKey,
  type ComposeFormValues,
  type ComposeRequest,
} from '../../model/compose-form';
import { editedKeys, mergeComposedHeaders } from '../../model/composed-headers';
import { headerRows } from '../../model/header-rows';
import { providerName, useProviders } from '../../state/use-providers';
import { useSecrets } from '../secrets/use-secrets';
import panel from '../../components/tools-panel.module.css';
import answer from '../replay/answer.module.css';
import styles from './ComposePanel.module.css';

export function ComposePanel() {
  const { data: templates, error } = useOperation('listEventTemplates', {});
  if (error) return <p className="error-text">Could not load the templates: {error.message}</p>;
  if (!templates) return <p className="muted">Loading…</p>;
  if (templates.length === 0) return <p className="muted">No templates.</p>;
  return <ComposeForm templates={templates} />;
}

function ComposeForm({ templates }: { templates: EventTemplateInfo[] }) {
  // Composing is not a cached read: its timestamps are "now". A mutation's per-call callbacks fire
  // only for the latest call, so an answer overtaken by a newer request is never shown.
  const { mutate: composeBase } = useMutation('composeEvent');
  const { mutate: recompose } = useMutation('composeEvent');
  const sendEvent = useMutation('sendTestEvent');
  const providers = useProviders();
  const { secrets } = useSecrets();
  const [start] = useState(() => composeStart(templates[0]!.id));
  const form = useForm<ComposeFormValues, unknown, ComposeRequest>({
    defaultValues: start,
    resolver: zodResolver(composeForm),
    mode: 'onChange',
  });
  const { register, control, setValue, getValues, handleSubmit, formState } = form;
  const { errors } = formState;
  // Unsent edits outlive the panel (closing the tools, switching tab).
  useFormDraft('compose', form, start);
  const values = useWatch({ control }) as ComposeFormValues;
  const { template: templateId, secretLabel, dest } = values;
  const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
  const providerSecrets = (secrets ?? []).filter((s) => s.provider === template.provider);

  /** The template as composed before any edit (body/headers to compare edits against). */
  const key = compositionKey(values);
  const [baseFor, setBaseFor] = useState<{ key: string; event: ComposedEvent } | null>(null);
  const base = baseFor?.key === key ? baseFor.event : null;
  const baseBody = useMemo(() => (base ? base64ToDisplayText(base.bodyBase64) : ''), [base]);
  const [preview, setPreview] = useState<ComposedEvent | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = sendEvent.isPending;
  const [sentFor, setSentFor] = useState<{ key: string; sent: SentTestEvent } | null>(null);
  const sent = sentFor?.key === key ? sentFor.sent : null;

  const groups = useMemo(() => {
    const map = new Map<string, EventTemplateInfo[]>();
    for (const t of templates) map.set(t.provider, [...(map.get(t.provider) ?? []), t]);
    return [...map];
  }, [templates]);

  // A new template or secret: start from the template again — unless the body and headers are a
  // kept draft over this very template and secret, whose edits stay.
  useEffect(() => {
    const composing = compositionKey({ template: templateId, secretLabel });
    composeBase(
      { template: templateId, ...(secretLabel ? { secretLabel } : {}) },
      {
        onSuccess: (c) => {
          const current = getValues();
          const resumed = current.composedFrom === composing;
          setBaseFor({ key: composing, event: c });
          setPreview(c);
          if (!resumed || !current.bodyEdited) setValue('body', base64ToDisplayText(c.bodyBase64));
          setValue(
            'headers',
            resumed
              ? mergeComposedHeaders(current.headers, c.headers, new Set(current.editedKeys))
              : headerRows(c.headers),
          );
          if (!resumed) {
            setValue('editedKeys', []);
            setValue('bodyEdited', false);
          }
          setValue('composedFrom', composing);
          setProblem(null);
        },
        onError: (e) => setProblem(e.message),
      },
    );
  }, [composeBase, templateId, secretLabel, getValues, setValue]);

  // Edits and the destination: recompose (debounced) so the curl and signature follow. A form the
  // API would refuse is not recomposed (its fields say why).
  const checked = composeForm.safeParse(values);
  const editKey =
    checked.success && base
      ? JSON.stringify(composeInput(checked.data, { stamp: base.stamp, body: baseBody }))
      : null;
  useEffect(() => {
    if (editKey === null) return;
    const t = setTimeout(() => {
      recompose(JSON.parse(editKey) as Parameters<typeof recompose>[0], {
        onSuccess: (c) => {
          setPreview(c);
          // The signature and other derived headers were recomputed: show them.
          setValue(
            'headers',
            mergeComposedHeaders(getValues('headers'), c.headers, new Set(getValues('editedKeys'))),
          );
          setProblem(null);
        },
        onError: (e) => setProblem(e.message),
      });
    }, 250);
    return () => clearTimeout(t);
  }, [recompose, editKey, getValues, setValue]);

  const send = handleSubmit((request) => {
    setSentFor(null);
    const sending = key;
    sendEvent.mutate(composeInput(request, base && { stamp: base.stamp, body: baseBody }), {
      onSuccess: (r) => {
        setSentFor({ key: sending, sent: r });
        setPreview(r.composed);
        setProblem(null);
      },
      onError: (e) => setProblem(e.message),
    });
  });

  return (
    <form
      className={panel.panel}
      data-testid="compose-panel"
      onSubmit={(e) => void send(e)}
      noValidate
      autoComplete="off"
    >
      <FieldRow>
        <Field id="compose-template" label="Event" error={errors.template?.message}>
          <SelectInput
            {...describedBy('compose-template', errors.template?.message)}
            {...register('template', { onChange: () => setValue('secretLabel', '') })}
            data-testid="compose-template"
          >
            {groups.map(([provider, list]) => (
              <optgroup key={provider} label={providerName(providers, provider)}>
                {list.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectInput>
        </Field>
        <Field id="compose-secret" label="Signed with">
          <SelectInput
            id="compose-secret"
            disabled={providerSecrets.length === 0}
            {...register('secretLabel')}
            data-testid="compose-secret"
          >
            {providerSecrets.length === 0 ? (
              <option value="">no {template.provider} secret stored — unsigned</option>
            ) : (
              providerSecrets.map((s, i) => (
                <option key={s.label} value={i === 0 ? '' : s.label}>
                  {s.label}
                  {i === 0 ? ' (primary)' : ''}
                </option>
              ))
            )}
          </SelectInput>
        </Field>
      </FieldRow>
      <p className={`${panel.help} ${styles.desc}`}>
        <span className={`${styles.route} mono`}>
          {template.method} {template.path}
        </span>{' '}
        · {template.description}
      </p>

      <FieldGroup legend="Send to">
        <div className={styles.dest}>
          <RadioField
            value="receiver"
            label="Hookscope’s receiver (it lands in the list)"
            {...register('dest')}
          />
          <RadioField value="url" label="Another base URL" {...register('dest')} />
        </div>
        {dest === 'url' && (
          <Field id="compose-base-url" label="Base URL" hideLabel error={errors.baseUrl?.message}>
            <TextInput
              {...describedBy('compose-base-url', errors.baseUrl?.message)}
              {...register('baseUrl')}
              data-testid="compose-base-url"
            />
          </Field>
        )}
      </FieldGroup>

      {base ? (
        <>
          <Controller
            control={control}
            name="headers"
            render={({ field }) => (
              <HeaderListDisclosure
                rows={field.value}
                onChange={(next) => {
                  const edited = editedKeys(field.value, next, new Set(getValues('editedKeys')));
                  setValue('editedKeys', [...edited]);
                  field.onChange(next);
                }}
                label="Event headers"
                help="Headers you edit or add replace the template's by name; the others, the signature among them, are recomputed after every edit."
              />
            )}
          />
          {errors.headers?.message && <FormError message={errors.headers.message} />}
          <Field id="compose-body" label="Body" error={errors.body?.message}>
            <TextArea
              rows={9}
              {...describedBy('compose-body', errors.body?.message)}
              {...register('body', { onChange: () => setValue('bodyEdited', true) })}
              data-testid="compose-body"
            />
          </Field>
        </>
      ) : (
        !problem && <p className="muted">Composing…</p>
      )}

      {preview && (
        <div className={styles.curl}>
          <div className={styles['curl-head']}>
            <span className={styles.label}>Equivalent curl</span>
            {preview.signed ? (
              <span className={styles.signed} data-testid="compose-signed">
                signed {preview.signed.headersSet.join(', ')} · “
                <PayloadText text={preview.signed.secretLabel} />”
              </span>
            ) : (
              <span className={styles.unsigned}>unsigned</span>
            )}
            <span className="toolbar-spacer" />
            <CopyButton label="Copy curl" showLabel getText={() => preview.curl} />
          </div>
          <pre className={`${styles['curl-text']} mono`} data-testid="compose-curl">
            <PayloadText text={preview.curl} />
          </pre>
          {preview.warnings.map((w) => (
            <p key={w} className={panel.warning}>
              <PayloadText text={w} />
            </p>
          ))}
        </div>
      )}

      <FormError message={problem} testId="compose-error" />
      {sent && (
        <section className={answer.result} aria-label="Send result" data-testid="compose-result">
          <div className={answer['result-head']}>
            <span className={answer['result-title']}>
              Sent to <PayloadText text={sent.composed.url} className="mono" />
            </span>
          </div>
          <OutcomeView outcome={sent.outcome} label="Answer" />
        </section>
      )}

      <div className={panel.footer}>
        <button type="submit" className="btn btn-primary" disabled={busy || !base} data-testid="compose-send">
          {busy ? 'Sending…' : 'Send test event'}
        </button>
      </div>
    </form>
  );
}
