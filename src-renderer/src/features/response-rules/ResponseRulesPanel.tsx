// Response rules: what the receiver answers instead of the default "200 after storing", matched in
// order. Each rule: match (methods, path, provider) → status, headers, body, delay (≤ 60 s) or a
// dropped connection. The list is a draft until saved; each field is checked with the contract's
// rules (model/rule-form.ts) and says what is wrong under it. The capture is always stored first.
import { useMemo, useState } from 'react';
import {
  Controller,
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ResponseRule } from '@shared/replay-types';
import { describedBy, Field, FieldRow } from '../../components/form/Field';
import {
  CheckboxField,
  FormError,
  RemoveRowButton,
  SelectInput,
  TextArea,
  TextInput,
} from '../../components/form/inputs';
import { useFormDraft } from '../../components/form/use-form-draft';
import { Icon } from '../../components/Icon';
import { PayloadText } from '../../components/PayloadText';
import { ProviderOptions } from '../../components/ProviderOptions';
import { useOperation } from '../../data/use-operation';
import {
  ruleForm,
  ruleValues,
  rulesForm,
  rulesValues,
  type RuleFormValues,
  type RulesFormValues,
} from '../../model/rule-form';
import { DraftFooter, useDraftSave } from '../replay/DraftFooter';
import { HeaderListEditor } from '../replay/HeaderListEditor';
import { answerSummary, blankRule, matchSummary, maxDelaySeconds, rulePresets } from './rule-text';
import panel from '../../components/tools-panel.module.css';
import styles from './ResponseRulesPanel.module.css';

export function ResponseRulesPanel() {
  const { data, error, refetch } = useOperation('getResponseRules', {});
  const saved = data?.rules ?? null;
  if (error && !saved)
    return (
      <p className="error-text">
        Could not load the rules: {error.message}{' '}
        <button type="button" className="link-button" onClick={() => void refetch()}>
          Retry
        </button>
      </p>
    );
  if (!saved) return <p className="muted">Loading…</p>;
  return <RulesForm saved={saved} />;
}

function RulesForm({ saved }: { saved: ResponseRule[] }) {
  const values = useMemo(() => rulesValues(saved), [saved]);
  const form = useForm<RulesFormValues, unknown, { rules: ResponseRule[] }>({
    defaultValues: values,
    resolver: zodResolver(rulesForm),
  });
  const { register, control, handleSubmit, reset, formState } = form;
  // Unsaved edits outlive the panel (closing the tools, switching tab) until saved or reverted.
  const draft = useFormDraft('response-rules', form, values);
  const rules = useFieldArray({ control, name: 'rules' });
  const [editing, setEditing] = useState<string | null>(null);
  const saving = useDraftSave('setResponseRules');

  const add = (rule: ResponseRule) => {
    rules.append(ruleValues(rule));
    setEditing(rule.id);
  };

  const save = handleSubmit(
    (next) =>
      saving.run(next, (kept) => {
        reset(rulesValues(kept.rules));
        draft.discard();
      }),
    // A refused field may be in a closed editor: open the first rule that has one.
    (errors) => {
      const index = errors.rules?.findIndex?.((e) => e !== undefined) ?? -1;
      const rule = index >= 0 ? form.getValues(`rules.${index}`) : undefined;
      if (rule) setEditing(rule.ruleId);
    },
  );

  return (
    <form
      className={panel.panel}
      data-testid="rules-panel"
      onSubmit={(e) => void save(e)}
      noValidate
      autoComplete="off"
    >
      <p className={panel.intro}>
        Rules are tried in order; the first that matches decides the answer. No match: the default{' '}
        <strong>200 after storing</strong>. The capture is always stored before any delay or drop — use this
        to watch how Meta, WaSphere or Stripe retry after a 500 or a timeout.
      </p>

      {rules.fields.length === 0 ? (
        <div className={panel.empty}>
          <p>No rules: every request gets 200 after it is stored.</p>
        </div>
      ) : (
        <ol className={panel.cards}>
          {rules.fields.map((field, i) => (
            <RuleCard
              key={field.id}
              index={i}
              count={rules.fields.length}
              control={control}
              register={register}
              errors={formState.errors.rules?.[i]}
              editing={editing === field.ruleId}
              onEdit={(open) => setEditing(open ? field.ruleId : null)}
              onMove={(by) => rules.move(i, i + by)}
              onRemove={() => rules.remove(i)}
            />
          ))}
        </ol>
      )}
      <FormError message={formState.errors.rules?.root?.message} />

      <div className={styles['add-row']}>
        <button type="button" className="btn btn-xs" onClick={() => add(blankRule())} data-testid="add-rule">
          + Add rule
        </button>
        <span className={`muted ${styles['presets-label']}`}>Presets:</span>
        {rulePresets.map((p) => (
          <button
            key={p.key}
            type="button"
            className={`btn btn-xs btn-ghost ${styles.preset}`}
            onClick={() => add(p.rule())}
            data-testid={`preset-${p.key}`}
          >
            {p.label}
          </button>
        ))}
      </div>

      <DraftFooter
        save={saving}
        dirty={formState.isDirty}
        onRevert={() => {
          draft.discard();
          reset(values);
        }}
        saveLabel="Save rules"
        saveTestId="save-rules"
      />
    </form>
  );
}

interface RuleCardProps {
  index: number;
  count: number;
  control: Control<RulesFormValues, unknown, { rules: ResponseRule[] }>;
  register: UseFormRegister<RulesFormValues>;
  errors: FieldErrors<RuleFormValues> | undefined;
  editing: boolean;
  onEdit(open: boolean): void;
  onMove(by: number): void;
  onRemove(): void;
}

function RuleCard({
  index: i,
  count,
  control,
  register,
  errors,
  editing,
  onEdit,
  onMove,
  onRemove,
}: RuleCardProps) {
  const typed = useWatch({ control, name: `rules.${i}` });
  // The one-line summary reads the rule as it would be saved; a rule with a refused field says so.
  const parsed = ruleForm.safeParse(typed);
  const hasErrors = errors !== undefined && Object.keys(errors).length > 0;
  return (
    <li className={panel.card} data-enabled={typed.enabled} data-testid="response-rule">
      <div className={panel['card-head']}>
        <span className={styles.order} aria-hidden="true">
          {i + 1}
        </span>
        <CheckboxField
          label={<span className="visually-hidden">Rule {i + 1} enabled</span>}
          {...register(`rules.${i}.enabled`)}
        />
        <div className={`${styles.grow} ${styles.summary} ${panel.fades}`}>
          <span className={styles.name}>
            {typed.name.trim() ? (
              <PayloadText text={typed.name} />
            ) : (
              <span className="muted">Unnamed rule</span>
            )}
          </span>
          <span className={styles.line}>
            {parsed.success ? (
              <>
                When <PayloadText text={matchSummary(parsed.data)} /> →{' '}
                <span className={styles.answer} data-drop={parsed.data.drop || undefined}>
                  {answerSummary(parsed.data)}
                </span>
              </>
            ) : (
              <span className={styles.invalid}>Not valid yet: see the fields</span>
            )}
          </span>
        </div>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={`Move rule ${i + 1} up`}
          title="Move up"
          disabled={i === 0}
          onClick={() => onMove(-1)}
        >
          <Icon name="chevronDown" className={styles.up} />
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={`Move rule ${i + 1} down`}
          title="Move down"
          disabled={i === count - 1}
          onClick={() => onMove(1)}
        >
          <Icon name="chevronDown" />
        </button>
        <button
          type="button"
          className="btn btn-xs"
          aria-expanded={editing}
          data-invalid={hasErrors || undefined}
          onClick={() => onEdit(!editing)}
        >
          {editing ? 'Done' : 'Edit'}
        </button>
        <RemoveRowButton label={`Delete rule ${i + 1}`} title="Delete rule" onClick={onRemove} />
      </div>
      {typed.disabledReason && !typed.enabled && (
        <p className={styles.disabled} role="note" data-testid="rule-disabled-reason">
          Disabled at start-up: <PayloadText text={typed.disabledReason} />
        </p>
      )}
      {editing && <RuleEditor index={i} control={control} register={register} errors={errors} />}
    </li>
  );
}

function RuleEditor({
  index: i,
  control,
  register,
  errors,
}: {
  index: number;
  control: Control<RulesFormValues, unknown, { rules: ResponseRule[] }>;
  register: UseFormRegister<RulesFormValues>;
  errors: FieldErrors<RuleFormValues> | undefined;
}) {
  const drop = useWatch({ control, name: `rules.${i}.drop` });
  const bodyBase64 = useWatch({ control, name: `rules.${i}.bodyBase64` });
  const id = (name: string) => `rule-${i}-${name}`;
  const error = (name: keyof RuleFormValues) => errors?.[name]?.message;

  return (
    <div className={styles.editor} role="group" aria-label={`Rule ${i + 1} settings`}>
      <Field id={id('name')} label="Name" error={error('name')}>
        <TextInput
          mono={false}
          placeholder="e.g. Meta: answer 500 to see retries"
          {...describedBy(id('name'), error('name'))}
          {...register(`rules.${i}.name`)}
        />
      </Field>

      <FieldRow>
        <Field id={id('methods')} label="Methods" error={error('methods')}>
          <TextInput
            placeholder="POST, PUT (any)"
            {...describedBy(id('methods'), error('methods'))}
            {...register(`rules.${i}.methods`)}
          />
        </Field>
        <Field id={id('path-mode')} label="Path match">
          <SelectInput id={id('path-mode')} {...register(`rules.${i}.pathMode`)}>
            <option value="prefix">path starts with</option>
            <option value="glob">path matches (glob)</option>
            <option value="exact">path is</option>
          </SelectInput>
        </Field>
        <Field id={id('path')} label="Path" error={error('path')}>
          <TextInput
            placeholder="/webhooks/whatsapp (any)"
            {...describedBy(id('path'), error('path'))}
            {...register(`rules.${i}.path`)}
          />
        </Field>
        <Field id={id('provider')} label="Provider" error={error('provider')}>
          <SelectInput
            {...describedBy(id('provider'), error('provider'))}
            {...register(`rules.${i}.provider`)}
          >
            <option value="">any provider</option>
            <ProviderOptions />
          </SelectInput>
        </Field>
      </FieldRow>

      <FieldRow>
        <Field id={id('status')} label="Status" error={error('status')} className={styles.number}>
          <TextInput
            inputMode="numeric"
            readOnly={drop}
            {...describedBy(id('status'), error('status'))}
            {...register(`rules.${i}.status`)}
            data-testid="rule-status"
          />
        </Field>
        <Field
          id={id('delay')}
          label={`Delay (s, ≤ ${maxDelaySeconds})`}
          error={error('delaySeconds')}
          className={styles.number}
        >
          <TextInput
            inputMode="decimal"
            {...describedBy(id('delay'), error('delaySeconds'))}
            {...register(`rules.${i}.delaySeconds`)}
            data-testid="rule-delay"
          />
        </Field>
      </FieldRow>
      <CheckboxField label="Drop the connection (no answer)" {...register(`rules.${i}.drop`)} />

      {!drop && (
        <>
          <Controller
            control={control}
            name={`rules.${i}.headers`}
            render={({ field }) => (
              <HeaderListEditor rows={field.value} onChange={field.onChange} label="Response headers" />
            )}
          />
          <FormError message={error('headers')} />
          {bodyIsBinary(bodyBase64) ? (
            <p className={panel.help}>
              Binary body ({bodyBase64.length} base64 characters), set through the API.
            </p>
          ) : (
            <Field id={id('body')} label="Response body" hideLabel error={error('body')}>
              <TextArea
                rows={4}
                placeholder="Response body (optional)"
                {...describedBy(id('body'), error('body'))}
                {...register(`rules.${i}.body`)}
              />
            </Field>
          )}
        </>
      )}
    </div>
  );
}

const bodyIsBinary = (bodyBase64: string | null): bodyBase64 is string => bodyBase64 !== null;
