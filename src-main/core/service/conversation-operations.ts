// Conversations over all of history: the thread list and one thread's cards come from the store's
// thread index (every capture ever analysed), paged on the server, instead of grouping the newest
// N captures in the UI. Cards of captures the sender's verifier would reject (fail, stale) are marked.
import { groupConversations, type CapturedCard, type Card } from '@shared/cards';
import { isFailingVerdict } from '@shared/signature-types';
import type { OperationOutputs } from '@shared/contract';
import type { CaptureStore } from '../store/capture-store';
import { microsToIso } from '../store/clock';
import type { StoredAnalysis } from './capture-mapping';

const DEFAULT_THREAD_PAGE = 300;

export function conversationOperations(store: CaptureStore) {
  const cardsOf = (id: number, key: string | null): CapturedCard[] => {
    const row = store.get(id);
    if (!row) return [];
    const cards: Card[] = (row.analysis as StoredAnalysis | null)?.cards ?? [];
    const receivedAt = microsToIso(row.receivedAtUs);
    return cards
      .filter((card) => key === null || card.conversationKey === key)
      .map((card) => ({
        ...card,
        captureId: row.id,
        receivedAt,
        signatureFailed: isFailingVerdict(row.verdict),
      }));
  };

  return {
    listConversations: (input: {
      query?: string;
      cursor?: string;
      limit?: number;
    }): OperationOutputs['listConversations'] => {
      const page = store.threads.list(input);
      return {
        conversations: page.threads.map((thread) => {
          const last = store.get(thread.lastCaptureId);
          return { ...thread, lastReceivedAt: last ? microsToIso(last.receivedAtUs) : null };
        }),
        nextCursor: page.nextCursor,
      };
    },
    getConversation: (input: {
      key: string;
      before?: number;
      limit?: number;
    }): OperationOutputs['getConversation'] => {
      const limit = input.limit ?? DEFAULT_THREAD_PAGE;
      const ids = store.threads.captureIds(input.key, { before: input.before, limit: limit + 1 });
      const page = ids.slice(0, limit);
      const cards = page.flatMap((id) => cardsOf(id, input.key));
      const [conversation] = groupConversations(cards);
      return {
        conversation: conversation ?? null,
        olderCursor: ids.length > limit ? (page[page.length - 1] ?? null) : null,
        capturesLoaded: page.length,
      };
    },
  };
}
