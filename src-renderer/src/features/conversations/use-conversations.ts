// Cards of the recent captures, grouped into threads with the core's pure groupConversations().
// The event bridge refreshes listCards once per burst of capture events, so statuses land on their
// messages live; the previous threads stay on screen while a refresh is in flight.
import { useMemo } from 'react';
import { groupConversations, type CapturedCard, type Conversation } from '@shared/cards';
import { useOperation } from '../../data/use-operation';

/** Captures scanned for cards: plenty for a debugging session, cheap to group. */
export const cardScanLimit = 2000;

export interface ConversationsState {
  conversations: Conversation[];
  /** Cards that belong to no thread (account events, payload-level errors). */
  unthreaded: number;
  capturesScanned: number;
  loaded: boolean;
  error: string | null;
  retry(): void;
}

const noCards: CapturedCard[] = [];

export function useConversations(): ConversationsState {
  const { data, error, isFetched, refetch } = useOperation('listCards', { limit: cardScanLimit });
  const cards = data?.cards ?? noCards;
  const conversations = useMemo(() => groupConversations(cards), [cards]);
  const unthreaded = useMemo(() => cards.filter((c) => c.conversationKey === null).length, [cards]);
  return {
    conversations,
    unthreaded,
    capturesScanned: data?.capturesScanned ?? 0,
    loaded: isFetched || data !== undefined,
    error: error?.message ?? null,
    retry: () => void refetch(),
  };
}
