// Conversations from the server's thread index (all of history, not the newest N captures): the
// thread list in pages with a search over contacts and text, and one thread's cards in pages from
// the newest back. The event bridge refreshes every loaded page once per burst of capture events,
// so statuses land on their messages live; what is on screen stays while a refresh is in flight.
import { useMemo, useState } from 'react';
import type { Conversation, ConversationSummary } from '@shared/cards';
import { usePagedOperation } from '../../data/use-operation';

/** Threads fetched per page of the list. */
export const threadPageSize = 100;
/** Captures fetched per page of one thread. */
export const capturePageSize = 300;
/** The most captures getConversation returns at once. */
const maxCapturesAtOnce = 1000;

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
  const q = query.trim();
  const filter = q ? { query: q } : {};
  const pages = usePagedOperation(
    'listConversations',
    filter,
    (cursor: string | null) => ({ ...filter, ...(cursor ? { cursor } : {}), limit: threadPageSize }),
    (page) => page.nextCursor,
  );
  const threads = useMemo(() => {
    // A thread can move between pages while they load (new activity): show each once.
    const seen = new Set<string>();
    return (pages.data?.pages ?? []).flatMap((p) =>
      p.conversations.filter((t) => !seen.has(t.key) && (seen.add(t.key), true)),
    );
  }, [pages.data]);
  return {
    threads,
    hasMore: pages.hasNextPage,
    loadingMore: pages.isFetchingNextPage,
    loaded: pages.isFetched || pages.data !== undefined,
    error: pages.error?.message ?? null,
    loadMore: () => {
      if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
    },
    retry: () => void pages.refetch(),
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
  // Up to maxCapturesAtOnce, one request for the whole span keeps grouping exact (statuses on
  // their messages); past it, older pages are put in front of what is shown.
  const [span, setSpan] = useState({ key, limit: capturePageSize });
  const limit = span.key === key ? span.limit : capturePageSize;
  const pages = usePagedOperation(
    'getConversation',
    { key, limit },
    (before: number | null) => (before === null ? { key, limit } : { key, before, limit: capturePageSize }),
    (page) => page.olderCursor,
  );
  const conversation = useMemo(() => {
    const [newest, ...older] = pages.data?.pages ?? [];
    const head = newest?.conversation ?? null;
    if (!head) return null;
    const olderItems = older.reverse().flatMap((p) => p.conversation?.items ?? []);
    return olderItems.length ? { ...head, items: [...olderItems, ...head.items] } : head;
  }, [pages.data]);
  const growing = pages.isPlaceholderData && pages.isFetching;
  return {
    conversation,
    hasOlder: pages.hasNextPage,
    loadingOlder: pages.isFetchingNextPage || growing,
    loaded: pages.isFetched || pages.data !== undefined,
    error: pages.error?.message ?? null,
    loadOlder: () => {
      if (!pages.hasNextPage || pages.isFetchingNextPage || growing) return;
      if (limit < maxCapturesAtOnce)
        setSpan({ key, limit: Math.min(maxCapturesAtOnce, limit + capturePageSize) });
      else void pages.fetchNextPage();
    },
  };
}
