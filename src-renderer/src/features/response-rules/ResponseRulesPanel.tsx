// Response rules: what the receiver answers instead of the default "200 after storing", matched in
// order. Each rule: match (methods, path, provider) → status, headers, body, delay (≤ 60 s) or a
// dropped connection. The list is a draft until saved; the capture is always stored first.
import { useState } from 'react';
import { setResponseRulesInput, type ResponseRule } from '@shared/replay-types';
import { Icon } from '../../components/Icon';
import { PayloadText } from '../../components/PayloadText';
import { ProviderOptions } from '../../components/ProviderOptions';
import { useDraftState } from '../../components/form/use-form-draft';
import { useOperation } from '../../data/use-operation';
import { DraftFooter, useDraftSave } from '../replay/DraftFooter';
import { HeaderListEditor } from '../replay/HeaderListEditor';
import { headerRows, rowsToPairs, type HeaderRow } from '../replay/replay-support';
import { answerSummary, blankRule, matchSummary, maxDelaySeconds, rulePresets } from './rule-text';

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
  // Unsaved edits outlive the panel (closing the tools, switching tab) until saved or reverted.
  const [draft, setDraft] = useDraftState<ResponseRule[]>('response-rules', saved);
  const [editing, setEditing] = useState<string | null>(null);
  const saving = useDraftSave('setResponseRules');
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const update = (id: string, patch: Partial<ResponseRule>) =>
    setDraft((d) => d.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const move = (index: number, by: number) =>
    setDraft((d) => {
      const next = [...d];
      const [rule] = next.splice(index, 1);
      next.splice(index + by, 0, rule!);
      return next;
    });
  const add = (rule: ResponseRule) => {
    setDraft((d) => [...d, rule]);
    setEditing(rule.id);
  };

  const save = () => {
    const cleaned = draft.map((r) => ({ ...r, name: r.name?.trim() ? r.name.trim() : undefined }));
    const parsed = setResponseRulesInput.safeParse({ rules: cleaned });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const index = typeof issue.path[1] === 'number' ? issue.path[1] : null;
      saving.setError(
        `${index !== null ? `Rule ${index + 1}` : 'Rules'} (${issue.path.slice(2).join('.') || 'rule'}): ${issue.message}`,
      );
      return;
    }
    saving.run(parsed.data, (r) => setDraft(r.rules));
  };

  return (
    <div className="tl-panel" data-testid="rules-panel">
      <p className="tl-intro">
        Rules are tried in order; the first that matches decides the answer. No match: the default{' '}
        <strong>200 after storing</strong>. The capture is always stored before any delay or drop — use this
        to watch how Meta, WaSphere or Stripe retry after a 500 or a timeout.
      </p>

      {draft.length === 0 ? (
        <div className="tl-empty">
          <p>No rules: every request gets 200 after it is stored.</p>
        </div>
      ) : (
        <ol className="tl-cards">
          {draft.map((rule, i) => (
            <li key={rule.id} className="tl-card" data-enabled={rule.enabled} data-testid="response-rule">
              <div className="tl-card-head">
                <span className="tl-order" aria-hidden="true">
                  {i + 1}
                </span>
                <input
                  type="checkbox"
                  checked={rule.enabled}
                  aria-label={`Rule ${i + 1} enabled`}
                  onChange={(e) => update(rule.id, { enabled: e.currentTarget.checked })}
                />
                <div className="tl-grow tl-rule-summary">
                  <span className="tl-rule-name">
                    {rule.name ? (
                      <PayloadText text={rule.name} />
                    ) : (
                      <span className="muted">Unnamed rule</span>
                    )}
                  </span>
                  <span className="tl-rule-line">
                    When <PayloadText text={matchSummary(rule)} /> →{' '}
                    <span className="tl-rule-answer" data-drop={rule.drop || undefined}>
                      {answerSummary(rule)}
                    </span>
                  </span>
                </div>
                <button
                  type="button"
                  className="btn btn-ghost btn-icon"
                  aria-label={`Move rule ${i + 1} up`}
                  title="Move up"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  <Icon name="chevronDown" className="tl-up" />
                </button>
                <button
                  type="button"
                  className="btn btn-ghost btn-icon"
                  aria-label={`Move rule ${i + 1} down`}
                  title="Move down"
                  disabled={i === draft.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <Icon name="chevronDown" />
                </button>
                <button
                  type="button"
                  className="btn btn-xs"
                  aria-expanded={editing === rule.id}
                  onClick={() => setEditing(editing === rule.id ? null : rule.id)}
                >
                  {editing === rule.id ? 'Done' : 'Edit'}
                </button>
                <button
                  type="button"
                  className="btn btn-ghost btn-icon"
                  aria-label={`Delete rule ${i + 1}`}
                  title="Delete rule"
                  onClick={() => setDraft(draft.filter((r) => r.id !== rule.id))}
                >
                  <Icon name="trash" />
                </button>
              </div>
              {rule.disabledReason && !rule.enabled && (
                <p className="tl-rule-disabled" role="note" data-testid="rule-disabled-reason">
                  Disabled at start-up: <PayloadText text={rule.disabledReason} />
                </p>
              )}
              {editing === rule.id && (
                <RuleEditor rule={rule} index={i} onChange={(p) => update(rule.id, p)} />
              )}
            </li>
          ))}
        </ol>
      )}

      <div className="tl-add-row">
        <button type="button" className="btn btn-xs" onClick={() => add(blankRule())} data-testid="add-rule">
          + Add rule
        </button>
        <span className="muted tl-presets-label">Presets:</span>
        {rulePresets.map((p) => (
          <button
            key={p.key}
            type="button"
            className="btn btn-xs btn-ghost tl-preset"
            onClick={() => add(p.rule())}
            data-testid={`preset-${p.key}`}
          >
            {p.label}
          </button>
        ))}
      </div>

      <DraftFooter
        save={saving}
        dirty={dirty}
        onRevert={() => setDraft(saved)}
        onSave={save}
        saveLabel="Save rules"
        saveTestId="save-rules"
      />
    </div>
  );
}

function RuleEditor({
  rule,
  index,
  onChange,
}: {
  rule: ResponseRule;
  index: number;
  onChange(patch: Partial<ResponseRule>): void;
}) {
  const [rows, setRows] = useState<HeaderRow[]>(() => headerRows(rule.headers));
  const [methods, setMethods] = useState((rule.match.methods ?? []).join(', '));
  const id = (s: string) => `rule-${rule.id}-${s}`;
  const setMatch = (patch: Partial<ResponseRule['match']>) => {
    const match = { ...rule.match, ...patch };
    for (const k of Object.keys(match) as (keyof typeof match)[]) if (match[k] === undefined) delete match[k];
    onChange({ match });
  };
  const [pathMode, setPathMode] = useState<'prefix' | 'glob' | 'exact'>(rule.match.path?.mode ?? 'prefix');
  const bodyIsBase64 = rule.body === undefined && rule.bodyBase64 !== undefined;

  return (
    <div className="tl-editor" role="group" aria-label={`Rule ${index + 1} settings`}>
      <label className="tl-field">
        <span className="tl-field-label">Name</span>
        <input
          id={id('name')}
          className="rp-input"
          value={rule.name ?? ''}
          placeholder="e.g. Meta: answer 500 to see retries"
          onChange={(e) => onChange({ name: e.currentTarget.value })}
        />
      </label>

      <div className="tl-field-group">
        <span className="tl-field-label">Match</span>
        <div className="tl-match">
          <input
            className="rp-input mono"
            aria-label="Methods"
            placeholder="methods: POST, PUT (any)"
            spellCheck={false}
            value={methods}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setMethods(text);
              const list = text
                .split(/[\s,]+/)
                .map((m) => m.trim().toUpperCase())
                .filter(Boolean);
              setMatch({ methods: list.length ? list : undefined });
            }}
          />
          <select
            className="rp-select"
            aria-label="Path match"
            value={pathMode}
            onChange={(e) => {
              const mode = e.currentTarget.value as 'prefix' | 'glob' | 'exact';
              setPathMode(mode);
              if (rule.match.path) setMatch({ path: { ...rule.match.path, mode } });
            }}
          >
            <option value="prefix">path starts with</option>
            <option value="glob">path matches (glob)</option>
            <option value="exact">path is</option>
          </select>
          <input
            className="rp-input mono"
            aria-label="Path"
            placeholder="/webhooks/whatsapp (any)"
            spellCheck={false}
            value={rule.match.path?.value ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setMatch({
                path: value === '' ? undefined : { mode: pathMode, value },
              });
            }}
          />
          <select
            className="rp-select"
            aria-label="Provider"
            value={rule.match.provider ?? ''}
            onChange={(e) => setMatch({ provider: e.currentTarget.value || undefined })}
          >
            <option value="">any provider</option>
            <ProviderOptions />
          </select>
        </div>
      </div>

      <div className="tl-field-group">
        <span className="tl-field-label">Answer</span>
        <div className="tl-answer-row">
          <label className="tl-inline">
            Status
            <input
              className="rp-input mono tl-num"
              type="number"
              min={100}
              max={599}
              value={Number.isFinite(rule.status) ? rule.status : ''}
              disabled={rule.drop}
              onChange={(e) => onChange({ status: e.currentTarget.valueAsNumber })}
              data-testid="rule-status"
            />
          </label>
          <label className="tl-inline">
            Delay
            <input
              className="rp-input mono tl-num"
              type="number"
              min={0}
              max={maxDelaySeconds}
              step={0.5}
              value={rule.delayMs / 1000}
              onChange={(e) => {
                const s = e.currentTarget.valueAsNumber;
                onChange({
                  delayMs: Number.isFinite(s)
                    ? Math.round(Math.min(Math.max(s, 0), maxDelaySeconds) * 1000)
                    : 0,
                });
              }}
            />
            s <span className="muted">(≤ {maxDelaySeconds})</span>
          </label>
          <label className="rp-check rp-check-inline">
            <input
              type="checkbox"
              checked={rule.drop}
              onChange={(e) => onChange({ drop: e.currentTarget.checked })}
            />
            Drop the connection (no answer)
          </label>
        </div>
        {!rule.drop && (
          <>
            <HeaderListEditor
              rows={rows}
              onChange={(next) => {
                setRows(next);
                onChange({ headers: rowsToPairs(next) });
              }}
              label="Response headers"
            />
            {bodyIsBase64 ? (
              <p className="rp-help">
                Binary body ({rule.bodyBase64!.length} base64 characters), set through the API.
              </p>
            ) : (
              <textarea
                className="rp-textarea mono"
                aria-label="Response body"
                rows={4}
                placeholder="Response body (optional)"
                spellCheck={false}
                value={rule.body ?? ''}
                onChange={(e) =>
                  onChange({ body: e.currentTarget.value === '' ? undefined : e.currentTarget.value })
                }
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
