// The event bridge: contract events become cache updates (what a second window sees without asking),
// capture events reach the live list, threads refresh once per burst, and a reconnect refetches.
import { QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '@shared/types';
import type { ForwardSettings } from '@shared/replay-types';
import { connectEventBridge, derivedRefreshMs } from '../../../src-renderer/src/data/event-bridge';
import { applyMutationResult, recentHandshakesKey } from '../../../src-renderer/src/data/cache-effects';
import { eventKey, operationKey } from '../../../src-renderer/src/data/operation-key';
import { createQueryClient } from '../../../src-renderer/src/data/query-client';
import { CaptureListStore } from '../../../src-renderer/src/model/capture-list-store';
import { detail, summary } from './support/captures';
import { fakeClient, type FakeClient } from './support/fake-client';

let client: FakeClient;
let queryClient: ReturnType<typeof createQueryClient>;
let captures: CaptureListStore;
let disconnect: () => void;

beforeEach(() => {
  client = fakeClient({ listCaptures: () => ({ items: [], nextCursor: null, total: 0, unindexed: 0 }) });
  queryClient = createQueryClient();
  captures = new CaptureListStore((input) => client.call('listCaptures', input));
  disconnect = connectEventBridge({ client, queryClient, captures });
});
afterEach(() => {
  disconnect();
  queryClient.clear();
  vi.useRealTimers();
});

/** Keeps a query "on screen" so invalidation refetches it, as a mounted component would. */
function watch(key: readonly unknown[], fn: () => unknown) {
  const observer = new QueryObserver(queryClient, { queryKey: key, queryFn: fn });
  return observer.subscribe(() => {});
}

/** Until the query's current fetch has landed. */
const settled = (key: readonly unknown[]) =>
  vi.waitFor(() => expect(queryClient.getQueryState(key)?.fetchStatus).toBe('idle'));

const settings = (over: Partial<Settings> = {}): Settings => ({
  receiverMaxBodyBytes: 1024,
  metaVerifyToken: null,
  retentionMaxCaptures: 100,
  retentionMaxBytes: 1 << 20,
  publicUrl: null,
  tunnelDomain: null,
  tunnelPathHint: null,
  tunnelStartOnLaunch: false,
  genericHmac: null,
  providerByPath: [],
  ...over,
});

describe('events become cache updates', () => {
  it('settings.changed replaces the cached settings', () => {
    client.emit('settings.changed', settings({ tunnelDomain: 'a.ngrok.app' }));
    expect(queryClient.getQueryData<Settings>(operationKey('getSettings', {}))?.tunnelDomain).toBe(
      'a.ngrok.app',
    );
  });

  it('secrets, forwarding and response rules from another window land in the cache', () => {
    const forward: ForwardSettings = { paused: true, targets: [] };
    client.emit('secrets.changed', [
      { provider: 'stripe', label: 'prod', hint: 'wh…12', createdAt: 'x' },
    ] as never);
    client.emit('forwarding.changed', forward);
    client.emit('responseRules.changed', { rules: [] });
    expect(queryClient.getQueryData(operationKey('listSecrets', {}))).toHaveLength(1);
    expect(queryClient.getQueryData(operationKey('getForwardSettings', {}))).toEqual(forward);
    expect(queryClient.getQueryData(operationKey('getResponseRules', {}))).toEqual({ rules: [] });
  });

  it('capture.forwarded fills in the outcomes of a cached detail and leaves others alone', () => {
    queryClient.setQueryData(operationKey('getCapture', { id: 7 }), detail({ id: 7 }));
    const outcome = { targetId: 't', url: 'http://localhost:3000', response: null, error: 'refused' };
    client.emit('capture.forwarded', { id: 7, outcomes: [outcome] as never });
    client.emit('capture.forwarded', { id: 8, outcomes: [outcome] as never });
    expect(
      queryClient.getQueryData<{ forwards: unknown[] }>(operationKey('getCapture', { id: 7 }))?.forwards,
    ).toEqual([outcome]);
    expect(queryClient.getQueryData(operationKey('getCapture', { id: 8 }))).toBeUndefined();
  });

  it('analysis.progress is kept while a run is under way and cleared when it ends', () => {
    client.emit('analysis.progress', { done: 3, total: 10 });
    expect(queryClient.getQueryData(eventKey('analysis.progress'))).toEqual({ done: 3, total: 10 });
    client.emit('analysis.progress', { done: 10, total: 10 });
    expect(queryClient.getQueryData(eventKey('analysis.progress'))).toBeNull();
  });

  it('keeps the recent handshakes (not ordinary requests) for the helpers that wait for one', () => {
    client.emit('capture.added', summary({ id: 1, kind: 'request' }));
    client.emit('capture.added', summary({ id: 2, kind: 'handshake', status: 403 }));
    expect(queryClient.getQueryData<{ id: number }[]>(recentHandshakesKey)?.map((c) => c.id)).toEqual([2]);
  });

  it('a handshake still lands when a helper started watching before any arrived', () => {
    queryClient.setQueryData(recentHandshakesKey, null);
    client.emit('capture.added', summary({ id: 4, kind: 'handshake' }));
    expect(queryClient.getQueryData<{ id: number }[]>(recentHandshakesKey)?.map((c) => c.id)).toEqual([4]);
  });

  it('capture.updated refetches the shown detail; captures.cleared drops every detail', async () => {
    let version = 0;
    const key = operationKey('getCapture', { id: 5 });
    const off = watch(key, () => detail({ id: 5, summary: `v${++version}` }));
    await settled(key);
    client.emit('capture.updated', summary({ id: 5 }));
    await vi.waitFor(() => expect(version).toBe(2));
    off();
    client.emit('captures.cleared', { removed: 1 });
    expect(queryClient.getQueryData(operationKey('getCapture', { id: 5 }))).toBeUndefined();
  });

  it('an event of a newer core that this UI does not know is ignored', () => {
    expect(() => client.emit('something.new' as never, {} as never)).not.toThrow();
  });
});

describe('capture events', () => {
  it('reach the live list', async () => {
    await captures.setFilters(captures.getState().filters);
    vi.useFakeTimers();
    client.emit('capture.added', summary({ id: 9 }));
    vi.advanceTimersByTime(20);
    expect(captures.getState().items.map((c) => c.id)).toEqual([9]);
  });

  it('refresh the threads once per burst, not once per capture', async () => {
    vi.useFakeTimers();
    let asked = 0;
    const off = watch(operationKey('listConversations', {}), () => {
      asked++;
      return { conversations: [], nextCursor: null };
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toBe(1);
    for (let id = 1; id <= 50; id++) client.emit('capture.added', summary({ id }));
    await vi.advanceTimersByTimeAsync(derivedRefreshMs + 1);
    expect(asked).toBe(2);
    off();
  });
});

describe('reconnect', () => {
  it('refetches every read on screen and merges the newest page into the list', async () => {
    let status = 0;
    const key = operationKey('getStatus', {});
    const off = watch(key, () => ({ n: ++status }));
    await settled(key);
    client.handlers.listCaptures = () => ({
      items: [summary({ id: 3 })],
      nextCursor: null,
      total: 1,
      unindexed: 0,
    });
    client.setConnection('reconnecting');
    client.setConnection('live');
    await vi.waitFor(() => expect(status).toBe(2));
    await vi.waitFor(() => expect(captures.getState().items.map((c) => c.id)).toEqual([3]));
    off();
  });
});

describe('a write updates the cache of the window that made it', () => {
  it('setForwardSettings and putSecret store what the core kept', () => {
    const saved: ForwardSettings = { paused: false, targets: [] };
    applyMutationResult(queryClient, 'setForwardSettings', saved, saved);
    applyMutationResult(queryClient, 'putSecret', { provider: 'x', label: 'l', secret: 's' }, []);
    expect(queryClient.getQueryData(operationKey('getForwardSettings', {}))).toEqual(saved);
    expect(queryClient.getQueryData(operationKey('listSecrets', {}))).toEqual([]);
  });
});
