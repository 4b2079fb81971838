// Conversations from the server's thread index (all of history, not the newest N captures): the
// thread list in pages with a search over contacts and text, and one thread's cards in pages from
// the newest back. Both refresh (debounced) when captures arrive or get analysed, so statuses land
// on their messages live; what is on screen stays while a refresh is in flight.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conversation, ConversationSummary } from '../../../../src-main/shared/cards';
import type { InspectorClient } from '../../api/client';
import { toApiError } from '../../api/api-error';
import { useServices } from '../../state/app-context';

/** Threads fetched per page of the list. */
export const threadPageSize = 100;
/** Captures fetched per page of one thread. */
export const capturePageSize = 300;
const debounceMs = 250;
/** The most captures getConversation returns at once. */
const maxCapturesAtOnce = 1000;

/**
 * Calls `load` now and again (debounced) after capture events and reconnects; one call at a time,
 * a call asked for meanwhile runs once the current one ends.
 */
function useLiveLoad(client: InspectorClient, load: () => Promise<void>, attempt = 0): void {
  useEffect(() => {
    let alive = true;
    let inFlight = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = async () => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      try {
        await load();
      } finally {
        inFlight = false;
        if (alive && again) {
          again = false;
          void run();
        }
      }
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (alive) void run();
      }, debounceMs);
    };
    void run();
    const unsubscribe = client.subscribe((envelope) => {
      if (
        envelope.event === 'capture.added' ||
        envelope.event === 'capture.updated' ||
        envelope.event === 'captures.cleared'
      )
        schedule();
    });
    const unwatch = client.onConnectionChange((state) => {
      if (state === 'live') schedule();
    });
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
      unsubscribe();
      unwatch();
    };
  }, [client, load, attempt]);
}

export interface ThreadListState {
  threads: ConversationSummary[];
  /** More (older) threads exist on the server. */
  hasMore: boolean;
  loadingMore: boolean;
  loaded: boolean;
  error: string | null;
  loadMore(): void;
  retry(): void;
}

/** The thread list for `query` (contact name, number or message text; empty: every thread). */
export function useThreadList(query: string): ThreadListState {
  const { client } = useServices();
  const [threads, setThreads] = useState<ConversationSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // A refresh reloads as many threads as are shown, so scrolling down is not undone by new events.
  const shown = useRef(threadPageSize);
  const shownFor = useRef(query);

  const load = useCallback(async () => {
    try {
      const q = query.trim();
      // A new search starts from its first page.
      if (shownFor.current !== query) {
        shownFor.current = query;
        shown.current = threadPageSize;
      }
      const page = await client.call('listConversations', {
        ...(q ? { query: q } : {}),
        limit: Math.min(500, shown.current),
      });
      setThreads(page.conversations);
      setNextCursor(page.nextCursor);
      setError(null);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setLoaded(true);
    }
  }, [client, query]);
  useLiveLoad(client, load, version);

  const loadMore = useCallback(() => {
    if (nextCursor === null || loadingMore) return;
    setLoadingMore(true);
    const q = query.trim();
    client
      .call('listConversations', { ...(q ? { query: q } : {}), cursor: nextCursor, limit: threadPageSize })
      .then(
        (page) => {
          setThreads((current) => {
            const known = new Set(current.map((t) => t.key));
            const next = [...current, ...page.conversations.filter((t) => !known.has(t.key))];
            shown.current = next.length;
            return next;
          });
          setNextCursor(page.nextCursor);
        },
        (e: unknown) => setError(toApiError(e).message),
      )
      .finally(() => setLoadingMore(false));
  }, [client, nextCursor, loadingMore, query]);

  return {
    threads,
    hasMore: nextCursor !== null,
    loadingMore,
    loaded,
    error,
    loadMore,
    retry: () => setVersion((v) => v + 1),
  };
}

export interface ThreadState {
  conversation: Conversation | null;
  /** Older captures of the thread exist on the server. */
  hasOlder: boolean;
  loadingOlder: boolean;
  loaded: boolean;
  error: string | null;
  loadOlder(): void;
}

/** One thread's cards, newest captures first in pages; `loadOlder` extends it back in time. */
export function useThread(key: string): ThreadState {
  const { client } = useServices();
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [olderCursor, setOlderCursor] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const captures = useRef(capturePageSize);

  const load = useCallback(async () => {
    try {
      const result = await client.call('getConversation', { key, limit: captures.current });
      setConversation(result.conversation);
      setOlderCursor(result.olderCursor);
      setError(null);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setLoaded(true);
    }
  }, [client, key]);
  useLiveLoad(client, load);

  const loadOlder = useCallback(() => {
    if (olderCursor === null || loadingOlder) return;
    setLoadingOlder(true);
    const whole = captures.current < maxCapturesAtOnce;
    // Up to maxCapturesAtOnce, one request for the whole span keeps grouping exact (statuses on
    // their messages); past it, older pages are put in front of what is shown.
    const request = whole
      ? client.call('getConversation', {
          key,
          limit: (captures.current = Math.min(maxCapturesAtOnce, captures.current + capturePageSize)),
        })
      : client.call('getConversation', { key, before: olderCursor, limit: capturePageSize });
    request
      .then(
        (result) => {
          setConversation((current) =>
            whole || !current || !result.conversation
              ? (result.conversation ?? current)
              : { ...current, items: [...result.conversation.items, ...current.items] },
          );
          setOlderCursor(result.olderCursor);
        },
        (e: unknown) => setError(toApiError(e).message),
      )
      .finally(() => setLoadingOlder(false));
  }, [client, key, olderCursor, loadingOlder]);

  return { conversation, hasOlder: olderCursor !== null, loadingOlder, loaded, error, loadOlder };
}
