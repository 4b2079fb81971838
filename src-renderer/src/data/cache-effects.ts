// What each contract event and each successful write does to the cache, in one table each.
// Events carry the new value where the core has it (settings, secrets, forwarding, rules, tunnel),
// so most are written straight into the cache; the rest mark the affected reads stale, and TanStack
// refetches the ones on screen.
import type { QueryClient } from '@tanstack/react-query';
import type { EventEnvelope } from '@shared/bridge';
import type {
  EventName,
  EventPayloads,
  OperationInput,
  OperationName,
  OperationOutputs,
} from '@shared/contract';
import type { CaptureDetail, CaptureSummary, ServiceStatus } from '@shared/types';
import { eventKey, operationKey } from './operation-key';

/** Reads derived from the stored captures (threads): refreshed in bulk, debounced. */
export const captureDerivedReads: readonly OperationName[] = ['listConversations', 'getConversation'];

type EventEffect<E extends EventName> = (queryClient: QueryClient, payload: EventPayloads[E]) => void;

/** Recent handshake requests (Meta's verification GET…), newest last, for the helpers that wait for one. */
export const recentHandshakesKey = eventKey('capture.added', 'handshake');
const handshakesKept = 20;

const eventEffects: { [E in EventName]?: EventEffect<E> } = {
  'capture.added': (qc, summary) => {
    if (summary.kind !== 'handshake') return;
    // null (not undefined) when a helper watched before any handshake arrived.
    qc.setQueryData<CaptureSummary[] | null>(recentHandshakesKey, (list) => [
      ...(list ?? []).slice(-(handshakesKept - 1)),
      summary,
    ]);
  },
  'capture.updated': (qc, summary) => {
    void qc.invalidateQueries({ queryKey: operationKey('getCapture', { id: summary.id }) });
  },
  'captures.cleared': (qc) => {
    qc.removeQueries({ queryKey: ['getCapture'] });
  },
  'settings.changed': (qc, settings) => {
    qc.setQueryData(operationKey('getSettings', {}), settings);
    // The receiver URL and the authtoken flag in the status can follow a settings change.
    void qc.invalidateQueries({ queryKey: ['getStatus'] });
  },
  'tunnel.status': (qc, status) => {
    qc.setQueryData(operationKey('getTunnel', {}), status);
    // Starting with a new authtoken stores it: the status's "authtoken configured" flag follows.
    void qc.invalidateQueries({ queryKey: ['getStatus'] });
  },
  'secrets.changed': (qc, list) => {
    qc.setQueryData(operationKey('listSecrets', {}), list);
  },
  'forwarding.changed': (qc, settings) => {
    qc.setQueryData(operationKey('getForwardSettings', {}), settings);
  },
  'responseRules.changed': (qc, rules) => {
    qc.setQueryData(operationKey('getResponseRules', {}), rules);
  },
  'analysis.progress': (qc, progress) => {
    qc.setQueryData(eventKey('analysis.progress'), progress.done >= progress.total ? null : progress);
  },
  'capture.forwarded': (qc, { id, outcomes }) => {
    qc.setQueryData<CaptureDetail>(operationKey('getCapture', { id }), (detail) =>
      detail ? { ...detail, forwards: outcomes } : detail,
    );
  },
  'forward.stats': (qc, stats) => {
    qc.setQueryData<ServiceStatus>(operationKey('getStatus', {}), (status) =>
      status ? { ...status, forwarding: stats } : status,
    );
  },
  'loop.delay': (qc, delay) => {
    qc.setQueryData(eventKey('loop.delay'), delay);
  },
  'export.progress': (qc, progress) => {
    qc.setQueryData(eventKey('export.progress', progress.exportId), progress);
  },
};

/** Applies one event to the cache. Unknown events (a newer core) are ignored. */
export function applyEvent(queryClient: QueryClient, envelope: EventEnvelope): void {
  const effect = eventEffects[envelope.event] as EventEffect<EventName> | undefined;
  effect?.(queryClient, envelope.payload);
}

type MutationEffect<N extends OperationName> = (
  queryClient: QueryClient,
  output: OperationOutputs[N],
  input: OperationInput<N>,
) => void;

/** The same changes, applied at once for the window that made them (the event may come later). */
const mutationEffects: { [N in OperationName]?: MutationEffect<N> } = {
  updateSettings: (qc, settings) => eventEffects['settings.changed']!(qc, settings),
  putSecret: (qc, list) => eventEffects['secrets.changed']!(qc, list),
  deleteSecret: (qc) => void qc.invalidateQueries({ queryKey: ['listSecrets'] }),
  setForwardSettings: (qc, settings) => eventEffects['forwarding.changed']!(qc, settings),
  setResponseRules: (qc, rules) => eventEffects['responseRules.changed']!(qc, rules),
  startTunnel: (qc, status) => eventEffects['tunnel.status']!(qc, status),
  stopTunnel: (qc, status) => eventEffects['tunnel.status']!(qc, status),
  setCaptureProvider: (qc, detail) => qc.setQueryData(operationKey('getCapture', { id: detail.id }), detail),
  clearCaptures: (qc) => eventEffects['captures.cleared']!(qc, { removed: 0 }),
};

export function applyMutationResult<N extends OperationName>(
  queryClient: QueryClient,
  name: N,
  input: OperationInput<N>,
  output: OperationOutputs[N],
): void {
  const effect = mutationEffects[name] as MutationEffect<N> | undefined;
  effect?.(queryClient, output, input);
}
