// Forwarding: the local handlers every capture is sent to as it arrives, with routing rules (path
// prefix, provider, event type) and a pause switch. Edits are a draft until saved.
import { useDraftState } from '../../components/form/use-form-draft';
import { forwardSettingsSchema, type ForwardSettings, type ForwardTarget } from '@shared/replay-types';
import { Icon } from '../../components/Icon';
import { ProviderOptions } from '../../components/ProviderOptions';
import { DraftFooter, useDraftSave } from '../replay/DraftFooter';
import { useForwardSettings } from './use-forwarding';

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

const newId = () => `target-${Math.random().toString(36).slice(2, 8)}`;

function emptyTarget(): ForwardTarget {
  return { id: newId(), url: 'http://localhost:3000/webhook', enabled: true, pathMode: 'append', match: {} };
}

function ForwardingForm({ saved }: { saved: ForwardSettings }) {
  // Unsaved edits outlive the panel (closing the tools, switching tab) until saved or reverted.
  const [draft, setDraft] = useDraftState<ForwardSettings>('forward-settings', saved);
  const saving = useDraftSave('setForwardSettings');
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const updateTarget = (id: string, patch: Partial<ForwardTarget>) =>
    setDraft((d) => ({ ...d, targets: d.targets.map((t) => (t.id === id ? { ...t, ...patch } : t)) }));
  const updateMatch = (t: ForwardTarget, key: keyof ForwardTarget['match'], value: string) => {
    const match = { ...t.match };
    if (value.trim() === '') delete match[key];
    else match[key] = value.trim();
    updateTarget(t.id, { match });
  };

  const save = (next: ForwardSettings) => {
    const parsed = forwardSettingsSchema.safeParse(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const at =
        issue.path[0] === 'targets' && typeof issue.path[1] === 'number'
          ? `Target ${issue.path[1] + 1}: `
          : '';
      saving.setError(`${at}${issue.path.at(-1) === 'url' ? 'URL — ' : ''}${issue.message}`);
      return;
    }
    saving.run(parsed.data, setDraft);
  };

  return (
    <div className="tl-panel" data-testid="forwarding-panel">
      <p className="tl-intro">
        Every capture is sent to each enabled target that matches — method, headers and the exact body bytes —{' '}
        <strong>after</strong> Hookscope has answered the provider. What your handler answers shows in the
        capture&apos;s Response tab. Replays and imports are not forwarded.
      </p>

      <label className="tl-switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={!draft.paused}
          onChange={(e) => setDraft({ ...draft, paused: !e.currentTarget.checked })}
          data-testid="forwarding-enabled"
        />
        <span>
          {draft.paused
            ? 'Forwarding paused — captures are stored and answered, not sent on'
            : 'Forwarding on'}
        </span>
      </label>

      {draft.targets.length === 0 ? (
        <div className="tl-empty">
          <p>No targets yet. Add your local handler, e.g. http://localhost:3000/webhook.</p>
        </div>
      ) : (
        <ol className="tl-cards">
          {draft.targets.map((t, i) => (
            <li key={t.id} className="tl-card" data-enabled={t.enabled} data-testid="forward-target">
              <div className="tl-card-head">
                <input
                  type="checkbox"
                  checked={t.enabled}
                  aria-label={`Target ${i + 1} enabled`}
                  onChange={(e) => updateTarget(t.id, { enabled: e.currentTarget.checked })}
                />
                <input
                  className="rp-input mono tl-grow"
                  aria-label={`Target ${i + 1} URL`}
                  spellCheck={false}
                  value={t.url}
                  placeholder="http://localhost:3000/webhook"
                  onChange={(e) => updateTarget(t.id, { url: e.currentTarget.value })}
                  data-testid="forward-url"
                />
                <select
                  className="rp-select"
                  aria-label={`Target ${i + 1} path mode`}
                  value={t.pathMode}
                  onChange={(e) =>
                    updateTarget(t.id, { pathMode: e.currentTarget.value as 'append' | 'replace' })
                  }
                  title="append: URL + the path the provider called; replace: the URL as typed (query kept)"
                >
                  <option value="append">append path</option>
                  <option value="replace">replace path</option>
                </select>
                <button
                  type="button"
                  className="btn btn-ghost btn-icon"
                  aria-label={`Remove target ${i + 1}`}
                  title="Remove target"
                  onClick={() => setDraft({ ...draft, targets: draft.targets.filter((x) => x.id !== t.id) })}
                >
                  <Icon name="trash" />
                </button>
              </div>
              <div className="tl-match">
                <span className="tl-match-label">Only when</span>
                <input
                  className="rp-input mono"
                  aria-label={`Target ${i + 1} path prefix`}
                  placeholder="path starts with… (any)"
                  spellCheck={false}
                  value={t.match.pathPrefix ?? ''}
                  onChange={(e) => updateMatch(t, 'pathPrefix', e.currentTarget.value)}
                />
                <select
                  className="rp-select"
                  aria-label={`Target ${i + 1} provider`}
                  value={t.match.provider ?? ''}
                  onChange={(e) => updateMatch(t, 'provider', e.currentTarget.value)}
                >
                  <option value="">any provider</option>
                  <ProviderOptions />
                </select>
                <input
                  className="rp-input mono"
                  aria-label={`Target ${i + 1} event type`}
                  placeholder="event type, e.g. statuses, message.* (any)"
                  spellCheck={false}
                  value={t.match.eventType ?? ''}
                  onChange={(e) => updateMatch(t, 'eventType', e.currentTarget.value)}
                />
              </div>
            </li>
          ))}
        </ol>
      )}

      <button
        type="button"
        className="btn btn-xs"
        disabled={draft.targets.length >= 20}
        onClick={() => setDraft({ ...draft, targets: [...draft.targets, emptyTarget()] })}
        data-testid="add-forward-target"
      >
        + Add target
      </button>
      <p className="rp-help">
        Event types: WhatsApp <code>messages</code> / <code>statuses</code>, WaSphere{' '}
        <code>message.received</code>, GitHub <code>push</code>, Stripe <code>invoice.paid</code>;{' '}
        <code>*</code> is a wildcard.
      </p>

      <DraftFooter
        save={saving}
        dirty={dirty}
        onRevert={() => setDraft(saved)}
        onSave={() => save(draft)}
        saveLabel="Save"
        saveTestId="save-forwarding"
      />
    </div>
  );
}
