// The live list's races, each once fixed only under Playwright: events that overtake the first page,
// re-verification moving rows in and out of a filtered list, bursts, stale answers, reconnects.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventEnvelope } from '@shared/bridge';
import type { OperationInput } from '@shared/contract';
import type { CapturePage, CaptureSummary } from '@shared/types';
import { CaptureListStore, pageSize } from '../../../src-renderer/src/model/capture-list-store';
import { noFilters } from '../../../src-renderer/src/model/capture-filters';
import { range, summary } from './support/captures';

interface Pending {
  input: OperationInput<'listCaptures'>;
  resolve(page: CapturePage): void;
  reject(error: unknown): void;
}

let asked: Pending[];
let store: CaptureListStore;

beforeEach(() => {
  vi.useFakeTimers();
  asked = [];
  store = new CaptureListStore(
    (input) => new Promise<CapturePage>((resolve, reject) => asked.push({ input, resolve, reject })),
  );
});
afterEach(() => vi.useRealTimers());

const ids = () => store.getState().items.map((c) => c.id);
const added = (c: CaptureSummary): EventEnvelope => ({ event: 'capture.added', payload: c });
const updated = (c: CaptureSummary): EventEnvelope => ({ event: 'capture.updated', payload: c });
/** Answers the oldest open request and lets the store apply it. */
async function answer(page: Partial<CapturePage> & { items: CaptureSummary[] }) {
  const request = asked.shift()!;
  request.resolve({ nextCursor: null, total: page.items.length, unindexed: 0, ...page });
  await vi.advanceTimersByTimeAsync(0);
  return request.input;
}
/** Lets the store's one-frame batching of live inserts run. */
const nextFrame = () => vi.advanceTimersByTimeAsync(20);

describe('first page', () => {
  it('loads with the filters as listCaptures input and shows the rows newest first', async () => {
    const loading = store.setFilters({ ...noFilters, method: 'POST', failuresOnly: true });
    expect(store.getState().loading).toBe('initial');
    const input = await answer({ items: range(5, 1), total: 5 });
    await loading;
    expect(input).toEqual({ method: 'POST', verdicts: ['fail', 'stale'], limit: pageSize });
    expect(ids()).toEqual([5, 4, 3, 2, 1]);
    expect(store.getState()).toMatchObject({ loaded: true, loading: null, total: 5 });
  });

  it('an answer for filters that changed meanwhile is dropped', async () => {
    void store.setFilters({ ...noFilters, method: 'GET' });
    void store.setFilters({ ...noFilters, method: 'POST' });
    await answer({ items: [summary({ id: 99, method: 'GET' })] });
    expect(ids()).toEqual([]);
    await answer({ items: [summary({ id: 7 })] });
    expect(ids()).toEqual([7]);
  });

  it('a failed load shows the error and keeps the rows it had', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(2, 1) });
    void store.reload();
    asked.shift()!.reject({ code: 'unavailable', message: 'Cannot reach Hookscope' });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().error).toBe('Cannot reach Hookscope');
    expect(ids()).toEqual([2, 1]);
  });
});

describe('events that overtake the first page', () => {
  it('an analysis update during the load replaces the row the page brings, never adds one', async () => {
    void store.setFilters(noFilters);
    store.handleEvent(updated(summary({ id: 4, verdict: 'pass' })));
    store.handleEvent(updated(summary({ id: 1, verdict: 'pass' }))); // below the page: an old capture
    await answer({
      items: [summary({ id: 5 }), summary({ id: 4, verdict: null })],
      nextCursor: 'c',
      total: 5,
    });
    expect(ids()).toEqual([5, 4]);
    expect(store.getState().items[1]!.verdict).toBe('pass');
  });

  it('a capture added during the load is shown once, and not counted twice', async () => {
    void store.setFilters(noFilters);
    store.handleEvent(added(summary({ id: 4 })));
    store.handleEvent(added(summary({ id: 5 })));
    await nextFrame();
    // The page was read after #4 was stored but before #5: its total counts #4 only… and both
    // adds were made before the page landed, so the page's total is the truth for the count.
    await answer({ items: range(4, 1), total: 5 });
    expect(ids()).toEqual([5, 4, 3, 2, 1]);
    expect(store.getState().total).toBe(5);
  });

  it('an insert event that arrives after the page which already counted it is not counted again', async () => {
    void store.setFilters(noFilters);
    // The page was read after #5 was stored; #5's event was still on its way and lands afterwards,
    // then a duplicate of it, then a genuinely new #6.
    await answer({ items: range(5, 1), total: 5 });
    store.handleEvent(added(summary({ id: 5 })));
    store.handleEvent(added(summary({ id: 5 })));
    store.handleEvent(added(summary({ id: 6 })));
    await nextFrame();
    expect(ids()).toEqual([6, 5, 4, 3, 2, 1]);
    expect(store.getState().total).toBe(6);
  });

  it('after clearing, numbering that starts over is counted again', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(3, 1), total: 3 });
    store.handleEvent({ event: 'captures.cleared', payload: {} } as EventEnvelope);
    await answer({ items: [], total: 0 });
    store.handleEvent(added(summary({ id: 1 })));
    await nextFrame();
    expect(store.getState().total).toBe(1);
  });

  it('an update for a row still waiting in the insert buffer lands on that row', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(2, 1) });
    store.handleEvent(added(summary({ id: 3 })));
    store.handleEvent(updated(summary({ id: 3, verdict: 'fail', summary: 'analysed' })));
    await nextFrame();
    expect(store.getState().items[0]).toMatchObject({ id: 3, verdict: 'fail', summary: 'analysed' });
  });
});

describe('re-verification and a filtered list', () => {
  it('under "failures only", a failure re-verified to pass leaves the list', async () => {
    void store.setFilters({ ...noFilters, failuresOnly: true });
    await answer({ items: [summary({ id: 8, verdict: 'fail' }), summary({ id: 6, verdict: 'fail' })] });
    store.handleEvent(updated(summary({ id: 8, verdict: 'pass' })));
    expect(ids()).toEqual([6]);
  });

  it('a new capture of unknown verdict is counted, then shown once its analysis says it fails', async () => {
    void store.setFilters({ ...noFilters, failuresOnly: true });
    await answer({ items: [summary({ id: 6, verdict: 'fail' })] });
    store.handleEvent(added(summary({ id: 9, verdict: null })));
    await nextFrame();
    expect(ids()).toEqual([6]);
    expect(store.getState().unseenWhileSearching).toBe(1);
    store.handleEvent(updated(summary({ id: 9, verdict: 'fail' })));
    expect(ids()).toEqual([9, 6]);
    expect(store.getState().unseenWhileSearching).toBe(0);
  });

  it('an old capture re-verified to fail, below the loaded window, does not jump in', async () => {
    void store.setFilters({ ...noFilters, failuresOnly: true });
    await answer({ items: [summary({ id: 100, verdict: 'fail' })], nextCursor: 'more', total: 500 });
    store.handleEvent(updated(summary({ id: 3, verdict: 'fail' })));
    expect(ids()).toEqual([100]);
  });

  it('under a signer filter, a row whose signer changed leaves; an unanalysed arrival waits', async () => {
    void store.setFilters({ ...noFilters, provider: 'meta' });
    await answer({ items: [summary({ id: 4, provider: 'meta', verdict: 'pass' })] });
    store.handleEvent(updated(summary({ id: 4, provider: 'stripe', verdict: 'pass' })));
    store.handleEvent(added(summary({ id: 5 })));
    await nextFrame();
    expect(ids()).toEqual([]);
    expect(store.getState().unseenWhileSearching).toBe(1);
  });
});

describe('bursts', () => {
  it('500 captures in one frame are one commit that reports how many rows went on top', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(10, 1), total: 10 });
    const listener = vi.fn();
    store.subscribe(listener);
    for (const c of range(510, 11)) store.handleEvent(added(c));
    expect(listener).not.toHaveBeenCalled();
    await nextFrame();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().items).toHaveLength(510);
    expect(store.getState().total).toBe(510);
    expect(store.getState().insertion.prepended).toBe(500);
    expect(ids().slice(0, 2)).toEqual([510, 509]);
  });

  it('out-of-order and duplicate arrivals still give one sorted list', async () => {
    void store.setFilters(noFilters);
    await answer({ items: [summary({ id: 5 }), summary({ id: 2 })] });
    for (const id of [7, 3, 6, 7]) store.handleEvent(added(summary({ id })));
    await nextFrame();
    expect(ids()).toEqual([7, 6, 5, 3, 2]);
  });

  it('under a full-text query arrivals are only counted (bodies are not in summaries)', async () => {
    void store.setFilters({ ...noFilters, query: 'order' });
    await answer({ items: [summary({ id: 1 })] });
    store.handleEvent(added(summary({ id: 2 })));
    store.handleEvent(added(summary({ id: 3 })));
    await nextFrame();
    expect(ids()).toEqual([1]);
    expect(store.getState().unseenWhileSearching).toBe(2);
  });
});

describe('paging, reconnect and clearing', () => {
  it('the next page appends older rows, skipping any a live insert already brought', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(10, 6), nextCursor: 'c1', total: 10 });
    void store.loadMore();
    void store.loadMore(); // a no-op while one is in flight
    expect(asked).toHaveLength(1);
    const input = await answer({ items: range(6, 1), nextCursor: null, total: 10 });
    expect(input).toEqual({ cursor: 'c1', limit: pageSize });
    expect(ids()).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('after a short drop, resync merges the captures that arrived meanwhile', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(3, 1) });
    void store.resync();
    await answer({ items: range(5, 1), total: 5 });
    expect(ids()).toEqual([5, 4, 3, 2, 1]);
  });

  it('after a drop longer than a page, resync starts over instead of leaving a hole', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(3, 1) });
    void store.resync();
    await answer({ items: range(900, 701), nextCursor: 'c', total: 900 });
    expect(asked).toHaveLength(1); // the reload
    await answer({ items: range(900, 701), nextCursor: 'c', total: 900 });
    expect(ids()[0]).toBe(900);
    expect(ids()).not.toContain(3);
  });

  it('captures.cleared empties the list and loads again', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(3, 1) });
    store.select(2);
    store.handleEvent({ event: 'captures.cleared', payload: { removed: 3 } });
    expect(store.getState()).toMatchObject({ items: [], total: 0, selectedId: null });
    expect(asked).toHaveLength(1);
  });

  it('cleared() (after clearCaptures succeeded) drops rows still waiting in the buffer', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(3, 1) });
    store.handleEvent(added(summary({ id: 4 })));
    store.cleared();
    await nextFrame();
    expect(ids()).toEqual([]);
  });
});

describe('selection', () => {
  it('moves by rows, clamps at the ends, and keeps the selection through a reload that still has it', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(3, 1) });
    store.moveSelection(1);
    expect(store.getState().selectedId).toBe(3);
    store.moveSelection(5);
    expect(store.getState().selectedId).toBe(1);
    store.selectEdge('first');
    expect(store.getState().selectedId).toBe(3);
    store.moveSelection(-1);
    expect(store.getState().selectedId).toBe(3);
    void store.reload();
    await answer({ items: range(4, 2) });
    expect(store.getState().selectedId).toBe(3);
    void store.reload();
    await answer({ items: range(2, 1) });
    expect(store.getState().selectedId).toBeNull();
  });

  it('moving near the end of the loaded rows fetches the next page', async () => {
    void store.setFilters(noFilters);
    await answer({ items: range(10, 1), nextCursor: 'next', total: 100 });
    store.moveSelection(1);
    expect(asked.map((a) => a.input.cursor)).toEqual(['next']);
  });
});
