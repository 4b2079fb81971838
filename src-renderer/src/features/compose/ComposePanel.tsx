// Compose a test event: the providers' sample events (listEventTemplates, grouped by provider),
// editable, signed with the chosen stored secret, with its equivalent curl; Send delivers it (to the
// receiver by default, so it lands in the list) and shows the answer. Every recomposition passes the
// first one's `stamp`, so ids and timestamps stay put: the curl, the headers shown and what Send
// delivers are one and the same request.
import { useEffect, useMemo, useState } from 'react';
import type {
  ComposedEvent,
  ComposeEventInput,
  EventTemplateInfo,
  SentTestEvent,
} from '@shared/replay-types';
import { CopyButton } from '../../components/CopyButton';
import { PayloadText } from '../../components/PayloadText';
import { useMutation, useOperation } from '../../data/use-operation';
import { OutcomeView } from '../replay/AnswerView';
import { base64ToDisplayText } from '../replay/body-codec';
import { HeaderListEditor } from '../replay/HeaderListEditor';
import { headerRows, type HeaderRow } from '../../model/header-rows';
import { urlProblem } from '../../model/replay-form';
import { editedKeys, headerOverrides, mergeComposedHeaders } from '../../model/composed-headers';
import { providerName, useProviders } from '../../state/use-providers';
import { useSecrets } from '../secrets/use-secrets';

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
  const [templateId, setTemplateId] = useState(templates[0]!.id);
  const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
  const providerSecrets = (secrets ?? []).filter((s) => s.provider === template.provider);
  const [secretLabel, setSecretLabel] = useState('');
  const [dest, setDest] = useState<'receiver' | 'url'>('receiver');
  const [baseUrl, setBaseUrl] = useState('http://localhost:3000');

  /** The template as composed before any edit (body/headers to compare edits against). */
  const baseKey = `${templateId}\u0000${secretLabel}`;
  const [baseFor, setBaseFor] = useState<{ key: string; event: ComposedEvent } | null>(null);
  const base = baseFor?.key === baseKey ? baseFor.event : null;
  const [body, setBody] = useState('');
  const [rows, setRows] = useState<HeaderRow[]>([]);
  /** Keys of header rows the user changed or added (the rest follow each recomposition). */
  const [edited, setEdited] = useState<ReadonlySet<number>>(() => new Set());
  const [preview, setPreview] = useState<ComposedEvent | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = sendEvent.isPending;
  const [sentFor, setSentFor] = useState<{ key: string; sent: SentTestEvent } | null>(null);
  const sent = sentFor?.key === baseKey ? sentFor.sent : null;

  const groups = useMemo(() => {
    const map = new Map<string, EventTemplateInfo[]>();
    for (const t of templates) map.set(t.provider, [...(map.get(t.provider) ?? []), t]);
    return [...map];
  }, [templates]);

  const urlError = dest === 'url' ? urlProblem(baseUrl) : null;
  const input = (withEdits: boolean): ComposeEventInput => {
    const out: ComposeEventInput = { template: templateId };
    if (secretLabel) out.secretLabel = secretLabel;
    if (dest === 'url' && !urlError) out.baseUrl = baseUrl.trim();
    if (base) out.stamp = base.stamp;
    if (withEdits && base) {
      const overrides: NonNullable<ComposeEventInput['overrides']> = {};
      if (body !== base64ToDisplayText(base.bodyBase64)) overrides.body = body;
      const changed = headerOverrides(rows, edited);
      if (changed.length) overrides.headers = changed;
      if (overrides.body !== undefined || overrides.headers) out.overrides = overrides;
    }
    return out;
  };

  // A new template or secret: start from the template again.
  useEffect(() => {
    const request: ComposeEventInput = { template: templateId, ...(secretLabel ? { secretLabel } : {}) };
    composeBase(request, {
      onSuccess: (c) => {
        setBaseFor({ key: `${templateId}\u0000${secretLabel}`, event: c });
        setPreview(c);
        setBody(base64ToDisplayText(c.bodyBase64));
        setRows(headerRows(c.headers));
        setEdited(new Set());
        setProblem(null);
      },
      onError: (e) => setProblem(e.message),
    });
  }, [composeBase, templateId, secretLabel]);

  // Edits and the destination: recompose (debounced) so the curl and signature follow.
  const editKey = JSON.stringify(input(true));
  useEffect(() => {
    if (!base) return;
    const t = setTimeout(() => {
      recompose(JSON.parse(editKey) as ComposeEventInput, {
        onSuccess: (c) => {
          setPreview(c);
          // The signature and other derived headers were recomputed: show them.
          setRows((current) => mergeComposedHeaders(current, c.headers, edited));
          setProblem(null);
        },
        onError: (e) => setProblem(e.message),
      });
    }, 250);
    return () => clearTimeout(t);
  }, [recompose, base, editKey, edited]);

  const send = () => {
    if (urlError) return;
    setSentFor(null);
    const key = baseKey;
    sendEvent.mutate(input(true), {
      onSuccess: (r) => {
        setSentFor({ key, sent: r });
        setPreview(r.composed);
        setProblem(null);
      },
      onError: (e) => setProblem(e.message),
    });
  };

  return (
    <div className="tl-panel cp-panel" data-testid="compose-panel">
      <div className="cp-top">
        <label className="tl-field">
          <span className="tl-field-label">Event</span>
          <select
            className="rp-select"
            value={templateId}
            onChange={(e) => {
              setTemplateId(e.currentTarget.value);
              setSecretLabel('');
            }}
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
          </select>
        </label>
        <label className="tl-field">
          <span className="tl-field-label">Signed with</span>
          <select
            className="rp-select"
            value={secretLabel}
            disabled={providerSecrets.length === 0}
            onChange={(e) => setSecretLabel(e.currentTarget.value)}
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
          </select>
        </label>
      </div>
      <p className="rp-help cp-desc">
        <span className="cp-route mono">
          {template.method} {template.path}
        </span>{' '}
        · {template.description}
      </p>

      <fieldset className="rp-fieldset">
        <legend className="rp-legend">Send to</legend>
        <div className="cp-dest">
          <label className="rp-radio">
            <input
              type="radio"
              name="compose-dest"
              checked={dest === 'receiver'}
              onChange={() => setDest('receiver')}
            />
            Hookscope&apos;s receiver (it lands in the list)
          </label>
          <label className="rp-radio">
            <input
              type="radio"
              name="compose-dest"
              checked={dest === 'url'}
              onChange={() => setDest('url')}
            />
            Another base URL
          </label>
        </div>
        {dest === 'url' && (
          <input
            className="rp-input mono"
            aria-label="Base URL"
            spellCheck={false}
            value={baseUrl}
            aria-invalid={urlError ? true : undefined}
            onChange={(e) => setBaseUrl(e.currentTarget.value)}
          />
        )}
        {urlError && <p className="rp-field-error">{urlError}</p>}
      </fieldset>

      {base ? (
        <>
          <details className="rp-details">
            <summary>
              Headers <span className="tab-badge">{rows.length}</span>
            </summary>
            <HeaderListEditor
              rows={rows}
              onChange={(next) => {
                setEdited((e) => editedKeys(rows, next, e));
                setRows(next);
              }}
              label="Event headers"
            />
            <p className="rp-help">
              Headers you edit or add replace the template&apos;s by name; the others, the signature among
              them, are recomputed after every edit.
            </p>
          </details>
          <div className="rp-fieldset">
            <label className="rp-label" htmlFor="compose-body">
              Body
            </label>
            <textarea
              id="compose-body"
              className="rp-textarea mono"
              rows={9}
              spellCheck={false}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              data-testid="compose-body"
            />
          </div>
        </>
      ) : (
        !problem && <p className="muted">Composing…</p>
      )}

      {preview && (
        <div className="cp-curl">
          <div className="cp-curl-head">
            <span className="rp-label">Equivalent curl</span>
            {preview.signed ? (
              <span className="cp-signed" data-testid="compose-signed">
                signed {preview.signed.headersSet.join(', ')} · “
                <PayloadText text={preview.signed.secretLabel} />”
              </span>
            ) : (
              <span className="cp-unsigned">unsigned</span>
            )}
            <span className="toolbar-spacer" />
            <CopyButton label="Copy curl" showLabel getText={() => preview.curl} />
          </div>
          <pre className="cp-curl-text mono" data-testid="compose-curl">
            <PayloadText text={preview.curl} />
          </pre>
          {preview.warnings.map((w) => (
            <p key={w} className="rp-warning">
              <PayloadText text={w} />
            </p>
          ))}
        </div>
      )}

      {problem && (
        <p className="rp-field-error" role="alert" data-testid="compose-error">
          <PayloadText text={problem} />
        </p>
      )}
      {sent && (
        <section className="rp-result" aria-label="Send result" data-testid="compose-result">
          <div className="rp-result-head">
            <span className="rp-result-title">
              Sent to <PayloadText text={sent.composed.url} className="mono" />
            </span>
          </div>
          <OutcomeView outcome={sent.outcome} label="Answer" />
        </section>
      )}

      <div className="tl-footer">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || !base || urlError !== null}
          onClick={send}
          data-testid="compose-send"
        >
          {busy ? 'Sending…' : 'Send test event'}
        </button>
      </div>
    </div>
  );
}
