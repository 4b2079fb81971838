// State of the capture list: the loaded rows (newest first), paging cursor, filters, selection and
// live inserts. A plain external store (read with useSyncExternalStore) so bursts of events are
// batched into one render per frame instead of one per capture.
import type { EventEnvelope } from '@shared/bridge';
import type { CaptureSummary } from '@shared/types';
import type { CapturePage } from '@shared/types';
import type { OperationInput } from '@shared/contract';
import { toApiError } from '../api/api-error';
import { type CaptureFilters, matchesLive, noFilters, toListInput } from './capture-filters';
import { appendOlder, indexOfId, mergeNewest, replaceById } from './sorted-captures';

export const pageSize = 200;
/** Start fetching the next page when the viewport is this many rows from the end. */
export const prefetchRows = 60;

export interface CaptureListState {
  items: CaptureSummary[];
  nextCursor: string | null;
  /** Stored captures in total (ignores filters). */
  total: number;
  filters: CaptureFilters;
  loading: 'initial' | 'more' | null;
  error: string | null;
  /** True once the first page for the current filters has arrived. */
  loaded: boolean;
  selectedId: number | null;
  /** Captures that arrived while a full-text query is active (cannot be matched locally). */
  unseenWhileSearching: number;
  /** Captures the current search could not see yet (still being indexed). */
  unindexed: number;
  /** Bumped on every commit that put rows above the old first row; `prepended` is how many. */
  insertion: { generation: number; prepended: number };
}

type Listener = () => void;

/** Where pages come from: `listCaptures` through the client (a fake in unit tests). */
export type CapturePageSource = (input: OperationInput<'listCaptures'>) => Promise<CapturePage>;

export class CaptureListStore {
  private state: CaptureListState = {
    items: [],
    nextCursor: null,
    total: 0,
    filters: noFilters,
    loading: null,
    error: null,
    loaded: false,
    selectedId: null,
    unseenWhileSearching: 0,
    unindexed: 0,
    insertion: { generation: 0, prepended: 0 },
  };
  private listeners = new Set<Listener>();
  /** Drops answers to requests made for filters that have since changed. */
  private requestGeneration = 0;
  private pendingAdds: CaptureSummary[] = [];
  /** Adds that arrived while a first page was in flight: it may or may not contain them. */
  private heldAdds: CaptureSummary[] = [];
  /** capture.updated that arrived while the first page was loading: they replace rows, never add them. */
  private heldUpdates = new Map<number, CaptureSummary>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * The newest capture id that `total` already accounts for. An insert event can reach us after the
   * page that already counted its capture (the page's HTTP answer overtook the event link), or twice;
   * ids only grow, so only arrivals above this mark are new to the count.
   */
  private countedThroughId = 0;

  constructor(private readonly fetchPage: CapturePageSource) {}

  getState = (): CaptureListState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<CaptureListState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Loads the first page for new filters, replacing the list. */
  async setFilters(filters: CaptureFilters): Promise<void> {
    const generation = ++this.requestGeneration;
    this.heldAdds = [];
    this.heldUpdates.clear();
    this.set({ filters, loading: 'initial', error: null, unseenWhileSearching: 0 });
    try {
      const page = await this.fetchPage({ ...toListInput(filters), limit: pageSize });
      if (generation !== this.requestGeneration) return;
      const stillSelected =
        this.state.selectedId !== null && page.items.some((c) => c.id === this.state.selectedId)
          ? this.state.selectedId
          : null;
      this.countedThroughId = page.items[0]?.id ?? 0;
      this.set({
        items: page.items,
        nextCursor: page.nextCursor,
        total: page.total,
        unindexed: page.unindexed,
        loading: null,
        loaded: true,
        selectedId: stillSelected,
        insertion: { generation: this.state.insertion.generation + 1, prepended: 0 },
      });
      const held = this.heldAdds;
      this.heldAdds = [];
      // The page's total already counts these, so they only fill gaps in the rows.
      if (held.length) this.applyAdds(held, false);
      // Analysis results that arrived while the page was in flight.
      const updates = [...this.heldUpdates.values()];
      this.heldUpdates.clear();
      for (const updated of updates) this.applyUpdate(updated);
    } catch (error) {
      if (generation !== this.requestGeneration) return;
      this.heldAdds = [];
      this.set({ loading: null, loaded: true, error: toApiError(error).message });
    }
  }

  reload(): Promise<void> {
    return this.setFilters(this.state.filters);
  }

  /** Fetches the next older page; a no-op while loading or at the end. */
  async loadMore(): Promise<void> {
    const { nextCursor, loading, filters } = this.state;
    if (!nextCursor || loading) return;
    const generation = this.requestGeneration;
    this.set({ loading: 'more' });
    try {
      const page = await this.fetchPage({
        ...toListInput(filters),
        cursor: nextCursor,
        limit: pageSize,
      });
      if (generation !== this.requestGeneration) return;
      this.set({
        items: appendOlder(this.state.items, page.items),
        nextCursor: page.nextCursor,
        total: page.total,
        loading: null,
      });
    } catch (error) {
      if (generation !== this.requestGeneration) return;
      this.set({ loading: null, error: toApiError(error).message });
    }
  }

  /**
   * After the event link comes back we may have missed inserts: fetch the newest page and merge it.
   * If the gap is larger than a page, start over rather than leave a hole in the middle of the list.
   */
  async resync(): Promise<void> {
    const generation = this.requestGeneration;
    try {
      const page = await this.fetchPage({
        ...toListInput(this.state.filters),
        limit: pageSize,
      });
      if (generation !== this.requestGeneration) return;
      const oldest = page.items[page.items.length - 1];
      const newestKnown = this.state.items[0];
      if (newestKnown && oldest && oldest.id > newestKnown.id && page.nextCursor) {
        await this.reload();
        return;
      }
      this.countedThroughId = Math.max(this.countedThroughId, page.items[0]?.id ?? 0);
      this.commitMerge(page.items, page.total);
    } catch {
      // The connection indicator already tells the user; the next reconnect retries.
    }
  }

  handleEvent(envelope: EventEnvelope): void {
    switch (envelope.event) {
      case 'capture.added':
        this.pendingAdds.push(envelope.payload as CaptureSummary);
        this.flushTimer ??= setTimeout(() => this.flushAdds(), 16);
        break;
      case 'capture.updated': {
        // Analysis often finishes within the same frame as the insert: the row may still be
        // waiting in a buffer, so update it there or it would keep its pre-analysis summary.
        const updated = envelope.payload as CaptureSummary;
        const swap = (buffer: CaptureSummary[]) => {
          const i = buffer.findIndex((c) => c.id === updated.id);
          if (i >= 0) buffer[i] = updated;
          return i >= 0;
        };
        if (swap(this.pendingAdds) || swap(this.heldAdds)) break;
        if (this.state.loading === 'initial') {
          // The page in flight may carry the older version; apply this one after it lands.
          this.heldUpdates.set(updated.id, updated);
          break;
        }
        this.applyUpdate(updated);
        break;
      }
      case 'captures.cleared':
        this.pendingAdds = [];
        this.countedThroughId = 0;
        this.set({ items: [], nextCursor: null, total: 0, selectedId: null, unseenWhileSearching: 0 });
        void this.reload();
        break;
      default:
        break;
    }
  }

  /**
   * A row's analysis changed (verdict, signer, payload family, summary). The list holds exactly the loaded rows
   * that match the filters, so the row may have to be replaced, dropped (a failure re-verified to
   * pass under "failures only") or shown for the first time (its verdict was unknown when it
   * arrived) — the latter only inside the loaded window, so a re-verified old row never jumps in.
   */
  private applyUpdate(updated: CaptureSummary) {
    const { filters, items, nextCursor } = this.state;
    const match = matchesLive(filters, updated);
    if (items.some((c) => c.id === updated.id)) {
      this.set({
        items: match === 'no-match' ? items.filter((c) => c.id !== updated.id) : replaceById(items, updated),
      });
      return;
    }
    const oldestLoaded = items.at(-1)?.id;
    const inLoadedWindow = nextCursor === null || (oldestLoaded !== undefined && updated.id > oldestLoaded);
    if (!inLoadedWindow) return;
    // A new capture whose verdict, signer or family was unknown on arrival was counted in the
    // "new captures" pill.
    const analysisFilters = { failuresOnly: false, provider: null, payloadFamily: null };
    const wasUnknown =
      (filters.failuresOnly || filters.provider !== null || filters.payloadFamily !== null) &&
      matchesLive({ ...filters, ...analysisFilters }, updated) === 'match';
    if (wasUnknown) this.set({ unseenWhileSearching: Math.max(0, this.state.unseenWhileSearching - 1) });
    if (match === 'match') this.commitMerge([updated], this.state.total);
  }

  private flushAdds() {
    this.flushTimer = null;
    const adds = this.pendingAdds;
    this.pendingAdds = [];
    if (this.state.loading === 'initial') {
      this.heldAdds.push(...adds);
      return;
    }
    this.applyAdds(adds, true);
  }

  private applyAdds(adds: CaptureSummary[], countTowardsTotal: boolean) {
    const filters = this.state.filters;
    const shown: CaptureSummary[] = [];
    let unknown = 0;
    let fresh = 0;
    // In id order, so a batch that arrived out of order or with a duplicate counts each id once.
    for (const c of [...adds].sort((a, b) => a.id - b.id)) {
      const isNew = c.id > this.countedThroughId;
      if (isNew) {
        fresh++;
        this.countedThroughId = c.id;
      }
      const match = matchesLive(filters, c);
      if (match === 'match') shown.push(c);
      else if (match === 'unknown' && isNew) unknown++;
    }
    const total = this.state.total + (countTowardsTotal ? fresh : 0);
    this.commitMerge(shown, total, countTowardsTotal ? unknown : 0);
  }

  private commitMerge(incoming: CaptureSummary[], total: number, unseen = 0) {
    const { items, prepended } = mergeNewest(this.state.items, incoming);
    this.set({
      items,
      total,
      unseenWhileSearching: this.state.unseenWhileSearching + unseen,
      insertion: prepended
        ? { generation: this.state.insertion.generation + 1, prepended }
        : this.state.insertion,
    });
  }

  select(id: number | null): void {
    if (id !== this.state.selectedId) this.set({ selectedId: id });
  }

  /** Moves the selection by `delta` rows (clamped); selects the first row when nothing is selected. */
  moveSelection(delta: number): void {
    const { items, selectedId } = this.state;
    if (items.length === 0) return;
    const current = selectedId === null ? -1 : indexOfId(items, selectedId);
    const next =
      current < 0
        ? delta >= 0
          ? 0
          : items.length - 1
        : Math.max(0, Math.min(items.length - 1, current + delta));
    this.select(items[next]!.id);
    if (items.length - next < prefetchRows) void this.loadMore();
  }

  selectEdge(edge: 'first' | 'last'): void {
    const { items } = this.state;
    const target = edge === 'first' ? items[0] : items[items.length - 1];
    if (target) this.select(target.id);
  }

  /** After clearCaptures succeeded: the captures.cleared event does the same, but may come late. */
  cleared(): void {
    this.pendingAdds = [];
    this.countedThroughId = 0;
    this.set({ items: [], nextCursor: null, total: 0, selectedId: null, unseenWhileSearching: 0 });
  }

  dispose(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }
}
