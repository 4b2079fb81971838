// The Conversations view: decoded cards grouped by contact into chat threads. Thread list on the
// left (same frame as the capture list), the selected thread on the right.
import { useMemo, useState } from 'react';
import { Icon } from '../../components/Icon';
import { Kbd } from '../../components/Kbd';
import { useConversations } from './use-conversations';
import { ThreadList } from './ThreadList';
import { ThreadView } from './ThreadView';

interface ConversationsViewProps {
  /** The Captures | Conversations switch, rendered at the top of the left pane. */
  viewSwitch: React.ReactNode;
  onOpenCapture(id: number): void;
}

function matches(query: string, ...fields: (string | null)[]): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return fields.some((f) => f !== null && f.toLowerCase().includes(q));
}

export function ConversationsView({ viewSwitch, onOpenCapture }: ConversationsViewProps) {
  const state = useConversations();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [query, setQuery] = useState('');

  const visible = useMemo(
    () => state.conversations.filter((c) => matches(query, c.contactName, c.contact, c.key)),
    [state.conversations, query],
  );
  const selected = visible.find((c) => c.key === selectedKey) ?? visible[0] ?? null;

  return (
    <>
      <section className="list-pane thread-pane" aria-label="Conversations">
        {viewSwitch}
        <div className="list-toolbar">
          <label className="search-field">
            <Icon name="search" />
            <input
              type="search"
              className="search-input"
              placeholder="Filter by name or number"
              aria-label="Filter conversations"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && query) {
                  e.stopPropagation();
                  setQuery('');
                }
              }}
            />
          </label>
        </div>
        {state.error && (
          <div className="banner banner-error" role="alert">
            {state.error}{' '}
            <button type="button" className="link-button" onClick={state.retry}>
              Retry
            </button>
          </div>
        )}
        {state.loaded && visible.length === 0 ? (
          <div className="panel-empty thread-empty">
            {state.conversations.length === 0
              ? 'No conversations yet. Decoded messages from WhatsApp, Messenger, Instagram and SMS webhooks are grouped here by contact.'
              : 'No conversation matches this filter.'}
          </div>
        ) : (
          <ThreadList conversations={visible} selectedKey={selected?.key ?? null} onSelect={setSelectedKey} />
        )}
        <footer className="list-footer">
          <span data-testid="thread-count">
            {state.conversations.length.toLocaleString('en-US')} conversation
            {state.conversations.length === 1 ? '' : 's'}
          </span>
          {state.unthreaded > 0 && (
            <span
              className="muted"
              title="Account-level events and payload errors belong to no contact: see them in Captures"
            >
              · {state.unthreaded.toLocaleString('en-US')} account event{state.unthreaded === 1 ? '' : 's'}
            </span>
          )}
          <span className="toolbar-spacer" />
          <span className="hints" aria-hidden="true">
            <Kbd>V</Kbd> captures
          </span>
        </footer>
      </section>
      <div className="splitter thread-splitter" aria-hidden="true" />
      {selected ? (
        <ThreadView key={selected.key} conversation={selected} onOpenCapture={onOpenCapture} />
      ) : (
        <section className="detail detail-idle" aria-label="Conversation">
          <p className="muted">{state.loaded ? 'Select a conversation.' : 'Loading conversations…'}</p>
        </section>
      )}
    </>
  );
}
