// The Conversations view: decoded cards grouped by contact into chat threads, from the server's
// thread index (every capture, paged). Thread list with a search over contacts and message text on
// the left (same frame as the capture list), the selected thread on the right.
import { useEffect, useState } from 'react';
import type { ConversationSummary } from '@shared/cards';
import { SearchInput } from '../../components/form/SearchInput';
import { Kbd } from '../../components/Kbd';
import { useThread, useThreadList } from './use-conversations';
import { ThreadList } from './ThreadList';
import { ThreadView } from './ThreadView';
import frame from '../layout/workspace.module.css';
import detailStyles from '../detail/detail.module.css';
import styles from '../messages/messages.module.css';

interface ConversationsViewProps {
  /** The Captures | Conversations switch, rendered at the top of the left pane. */
  viewSwitch: React.ReactNode;
  onOpenCapture(id: number): void;
}

export function ConversationsView({ viewSwitch, onOpenCapture }: ConversationsViewProps) {
  const [query, setQuery] = useState('');
  const search = useDeferredSearch(query);
  const state = useThreadList(search);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = state.threads.find((c) => c.key === selectedKey) ?? state.threads[0] ?? null;

  return (
    <>
      <section className={frame['list-pane']} aria-label="Conversations">
        {viewSwitch}
        <div className={frame['list-toolbar']}>
          <SearchInput
            label="Search conversations"
            placeholder="Search names, numbers and messages"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.stopPropagation();
                setQuery('');
              }
            }}
            data-testid="thread-search"
          />
        </div>
        {state.error && (
          <div className="banner banner-error" role="alert">
            {state.error}{' '}
            <button type="button" className="link-button" onClick={state.retry}>
              Retry
            </button>
          </div>
        )}
        {state.loaded && state.threads.length === 0 ? (
          <div className={`panel-empty ${styles['thread-empty']}`}>
            {search.trim() === ''
              ? 'No conversations yet. Decoded messages from WhatsApp, Messenger, Instagram and SMS webhooks are grouped here by contact.'
              : 'No conversation matches this search.'}
          </div>
        ) : (
          <ThreadList
            conversations={state.threads}
            selectedKey={selected?.key ?? null}
            onSelect={setSelectedKey}
            more={
              state.hasMore ? (
                <button
                  type="button"
                  className="btn btn-xs"
                  disabled={state.loadingMore}
                  onClick={state.loadMore}
                  data-testid="threads-load-more"
                >
                  {state.loadingMore ? 'Loading…' : 'Load older conversations'}
                </button>
              ) : null
            }
          />
        )}
        <footer className={frame['list-footer']}>
          <span data-testid="thread-count">
            {state.threads.length.toLocaleString('en-US')}
            {state.hasMore ? '+' : ''} conversation
            {state.threads.length === 1 ? '' : 's'}
            {search.trim() !== '' ? ' found' : ''}
          </span>
          <span className="toolbar-spacer" />
          <span className={frame.hints} aria-hidden="true">
            <Kbd>V</Kbd> captures
          </span>
        </footer>
      </section>
      <div className={`${frame.splitter} ${styles['thread-splitter']}`} aria-hidden="true" />
      {selected ? (
        <ThreadPane key={selected.key} summary={selected} onOpenCapture={onOpenCapture} />
      ) : (
        <section
          className={`${detailStyles.detail} ${detailStyles['detail-idle']}`}
          aria-label="Conversation"
        >
          <p className="muted">{state.loaded ? 'Select a conversation.' : 'Loading conversations…'}</p>
        </section>
      )}
    </>
  );
}

/** The search sent to the server once typing pauses. */
function useDeferredSearch(query: string): string {
  const [sent, setSent] = useState(query);
  useEffect(() => {
    const t = setTimeout(() => setSent(query), 200);
    return () => clearTimeout(t);
  }, [query]);
  return sent;
}

function ThreadPane({
  summary,
  onOpenCapture,
}: {
  summary: ConversationSummary;
  onOpenCapture(id: number): void;
}) {
  const thread = useThread(summary.key);
  if (thread.conversation) {
    return (
      <ThreadView
        conversation={thread.conversation}
        onOpenCapture={onOpenCapture}
        older={thread.hasOlder ? { loading: thread.loadingOlder, load: thread.loadOlder } : null}
      />
    );
  }
  return (
    <section className={`${detailStyles.detail} ${detailStyles['detail-idle']}`} aria-label="Conversation">
      <p className={thread.error ? 'error-text' : 'muted'}>
        {thread.error ?? (thread.loaded ? 'This conversation has no messages any more.' : 'Loading…')}
      </p>
    </section>
  );
}
