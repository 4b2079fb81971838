// Forwarding: the local handlers every capture is sent to as it arrives, with routing rules (path
// prefix, provider, event type) and a pause switch. Edits are a draft until saved; each field is
// checked with the contract's rules (model/forward-form.ts) and says what is wrong under it.
import { useMemo } from 'react';
import {
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { MAX_FORWARD_TARGETS, type ForwardSettings } from '@shared/replay-types';
import { describedBy, Field } from '../../components/form/Field';
import { CheckboxField, RemoveRowButton, SelectInput, TextInput } from '../../components/form/inputs';
import { useFormDraft } from '../../components/form/use-form-draft';
import { ProviderOptions } from '../../components/ProviderOptions';
import {
  forwardForm,
  forwardValues,
  newForwardTarget,
  type ForwardFormValues,
  type ForwardTargetValues,
} from '../../model/forward-form';
import { DraftFooter, useDraftSave } from '../replay/DraftFooter';
import { useForwardSettings } from './use-forwarding';
import panel from '../../components/tools-panel.module.css';
import styles from './ForwardingPanel.module.css';

export function ForwardingPanel() {
  const { settings, error, reload } = useForwardSettings();
  if (error && !settings)
    return (
      <p className="error-text">
        Could not load forwarding: {error}{' '}
        <button type="button" className="link-button" onClick={reload}>
          Retry
        </button>
      </p>
    );
  if (!settings) return <p className="muted">Loading…</p>;
  return <ForwardingForm saved={settings} />;
}

function ForwardingForm({ saved }: { saved: ForwardSettings }) {
  const values = useMemo(() => forwardValues(saved), [saved]);
  const form = useForm<ForwardFormValues, unknown, ForwardSettings>({
    defaultValues: values,
    resolver: zodResolver(forwardForm),
  });
  const { register, control, handleSubmit, reset, formState } = form;
  // Unsaved edits outlive the panel (closing the tools, switching tab) until saved or reverted.
  const draft = useFormDraft('forward-settings', form, values);
  const targets = useFieldArray({ control, name: 'targets' });
  const paused = useWatch({ control, name: 'paused' });
  const saving = useDraftSave('setForwardSettings');

  const save = handleSubmit((next) =>
    saving.run(next, (kept) => {
      draft.discard();
      reset(forwardValues(kept));
    }),
  );

  return (
    <form
      className={panel.panel}
      data-testid="forwarding-panel"
      onSubmit={(e) => void save(e)}
      noValidate
      autoComplete="off"
    >
      <p className={panel.intro}>
        Every capture is sent to each enabled target that matches — method, headers and the exact body bytes —{' '}
        <strong>after</strong> Hookscope has answered the provider. What your handler answers shows in the
        capture&apos;s Response tab. Replays and imports are not forwarded.
      </p>

      <CheckboxField
        role="switch"
        checked={!paused}
        onChange={(e) => form.setValue('paused', !e.currentTarget.checked, { shouldDirty: true })}
        data-testid="forwarding-enabled"
        label={
          <span className={panel['switch-label']}>
            {paused ? 'Forwarding paused — captures are stored and answered, not sent on' : 'Forwarding on'}
          </span>
        }
      />

      {targets.fields.length === 0 ? (
        <div className={panel.empty}>
          <p>No targets yet. Add your local handler, e.g. http://localhost:3000/webhook.</p>
        </div>
      ) : (
        <ol className={panel.cards}>
          {targets.fields.map((field, i) => (
            <TargetRow
              key={field.id}
              index={i}
              control={control}
              register={register}
              errors={formState.errors.targets?.[i]}
              onRemove={() => targets.remove(i)}
            />
          ))}
        </ol>
      )}

      <button
        type="button"
        className="btn btn-xs"
        disabled={targets.fields.length >= MAX_FORWARD_TARGETS}
        onClick={() => targets.append(newForwardTarget())}
        data-testid="add-forward-target"
      >
        + Add target
      </button>
      <p className={panel.help}>
        Event types: WhatsApp <code>messages</code> / <code>statuses</code>, WaSphere{' '}
        <code>message.received</code>, GitHub <code>push</code>, Stripe <code>invoice.paid</code>;{' '}
        <code>*</code> is a wildcard.
      </p>

      <DraftFooter
        save={saving}
        dirty={formState.isDirty}
        onRevert={() => {
          draft.discard();
          reset(values);
        }}
        saveLabel="Save"
        saveTestId="save-forwarding"
      />
    </form>
  );
}

function TargetRow({
  index: i,
  control,
  register,
  errors,
  onRemove,
}: {
  index: number;
  control: Control<ForwardFormValues, unknown, ForwardSettings>;
  register: UseFormRegister<ForwardFormValues>;
  errors: FieldErrors<ForwardTargetValues> | undefined;
  onRemove(): void;
}) {
  const enabled = useWatch({ control, name: `targets.${i}.enabled` });
  const id = (name: string) => `forward-${i}-${name}`;
  return (
    <li className={panel.card} data-enabled={enabled} data-testid="forward-target">
      <div className={panel['card-head']}>
        <CheckboxField
          label={<span className="visually-hidden">Target {i + 1} enabled</span>}
          {...register(`targets.${i}.enabled`)}
        />
        <Field
          id={id('url')}
          label={`Target ${i + 1} URL`}
          hideLabel
          error={errors?.url?.message}
          className={styles.url}
        >
          <TextInput
            placeholder="http://localhost:3000/webhook"
            {...describedBy(id('url'), errors?.url?.message)}
            {...register(`targets.${i}.url`)}
            data-testid="forward-url"
          />
        </Field>
        <Field id={id('mode')} label={`Target ${i + 1} path mode`} hideLabel className={styles.inline}>
          <SelectInput
            id={id('mode')}
            title="append: URL + the path the provider called; replace: the URL as typed (query kept)"
            {...register(`targets.${i}.pathMode`)}
          >
            <option value="append">append path</option>
            <option value="replace">replace path</option>
          </SelectInput>
        </Field>
        <RemoveRowButton label={`Remove target ${i + 1}`} title="Remove target" onClick={onRemove} />
      </div>
      <div className={`${styles.match} ${panel.fades}`}>
        <span className={styles['match-label']}>Only when</span>
        <Field
          id={id('prefix')}
          label={`Target ${i + 1} path prefix`}
          hideLabel
          error={errors?.pathPrefix?.message}
          className={styles.inline}
        >
          <TextInput
            placeholder="path starts with… (any)"
            {...describedBy(id('prefix'), errors?.pathPrefix?.message)}
            {...register(`targets.${i}.pathPrefix`)}
          />
        </Field>
        <Field
          id={id('provider')}
          label={`Target ${i + 1} provider`}
          hideLabel
          error={errors?.provider?.message}
          className={styles.inline}
        >
          <SelectInput
            {...describedBy(id('provider'), errors?.provider?.message)}
            {...register(`targets.${i}.provider`)}
          >
            <option value="">any provider</option>
            <ProviderOptions />
          </SelectInput>
        </Field>
        <Field
          id={id('event')}
          label={`Target ${i + 1} event type`}
          hideLabel
          error={errors?.eventType?.message}
          className={styles.inline}
        >
          <TextInput
            placeholder="event type, e.g. statuses, message.* (any)"
            {...describedBy(id('event'), errors?.eventType?.message)}
            {...register(`targets.${i}.eventType`)}
          />
        </Field>
      </div>
    </li>
  );
}
