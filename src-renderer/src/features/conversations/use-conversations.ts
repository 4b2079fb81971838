// Cards of the recent captures, grouped into threads with the core's pure groupConversations().
// Refetched (debounced) whenever captures arrive or get analysed, so statuses land on their
// messages live; the previous threads stay on screen while a refresh is in flight.
import { useEffect, useMemo, useState } from 'react';
import { groupConversations, type CapturedCard, type Conversation } from '../../../../src-main/shared/cards';
import { toApiError } from '../../api/api-error';
import { useServices } from '../../state/app-context';

/** Captures scanned for cards: plenty for a debugging session, cheap to group. */
export const cardScanLimit = 2000;
const debounceMs = 250;

export interface ConversationsState {
  conversations: Conversation[];
  /** Cards that belong to no thread (account events, payload-level errors). */
  unthreaded: number;
  capturesScanned: number;
  loaded: boolean;
  error: string | null;
  retry(): void;
}

export function useConversations(): ConversationsState {
  const { client } = useServices();
  const [cards, setCards] = useState<CapturedCard[]>([]);
  const [scanned, setScanned] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    let inFlight = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const load = async () => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      try {
        const result = await client.call('listCards', { limit: cardScanLimit });
        if (!alive) return;
        setCards(result.cards);
        setScanned(result.capturesScanned);
        setError(null);
      } catch (e) {
        if (alive) setError(toApiError(e).message);
      } finally {
        inFlight = false;
        if (alive) setLoaded(true);
        if (alive && again) {
          again = false;
          void load();
        }
      }
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void load();
      }, debounceMs);
    };

    void load();
    const unsubscribe = client.subscribe((envelope) => {
      if (
        envelope.event === 'capture.added' ||
        envelope.event === 'capture.updated' ||
        envelope.event === 'captures.cleared'
      ) {
        schedule();
      }
    });
    // Events missed while the link was down: catch up when it comes back.
    const unwatch = client.onConnectionChange((state) => {
      if (state === 'live') schedule();
    });
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
      unsubscribe();
      unwatch();
    };
  }, [client, version]);

  const conversations = useMemo(() => groupConversations(cards), [cards]);
  const unthreaded = useMemo(() => cards.filter((c) => c.conversationKey === null).length, [cards]);
  return {
    conversations,
    unthreaded,
    capturesScanned: scanned,
    loaded,
    error,
    retry: () => setVersion((v) => v + 1),
  };
}
