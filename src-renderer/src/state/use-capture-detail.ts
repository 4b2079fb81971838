// Loads the full capture (headers, body) for the selected row. A small cache makes ↑/↓ through
// recently seen rows instant; an analysis update for the shown capture refetches it.
import { useCallback, useEffect, useState } from 'react';
import type { CaptureDetail } from '../../../src-main/shared/types';
import { toApiError } from '../api/api-error';
import { useServices } from './app-context';

const cacheLimit = 24;
const cache = new Map<number, CaptureDetail>();

function remember(detail: CaptureDetail) {
  cache.delete(detail.id);
  cache.set(detail.id, detail);
  // Bodies can be megabytes: keep only the most recent few.
  while (cache.size > cacheLimit) cache.delete(cache.keys().next().value as number);
}

export type DetailState =
  | { status: 'idle' }
  | { status: 'loading'; id: number }
  | { status: 'ready'; detail: CaptureDetail }
  | { status: 'error'; id: number; message: string };

type Fetched = { id: number; detail: CaptureDetail } | { id: number; error: string };

export function useCaptureDetail(id: number | null): [DetailState, () => void] {
  const { client } = useServices();
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const [slowId, setSlowId] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (id === null) return;
    return client.subscribe((envelope) => {
      if (envelope.event === 'capture.updated' && (envelope.payload as { id: number }).id === id) {
        cache.delete(id);
        setVersion((v) => v + 1);
      } else if (envelope.event === 'captures.cleared') {
        cache.clear();
      }
    });
  }, [client, id]);

  useEffect(() => {
    if (id === null || cache.has(id)) return;
    let alive = true;
    // Keep showing the previous capture for a beat instead of flashing "Loading" on fast ↑/↓.
    const spinner = setTimeout(() => alive && setSlowId(id), 150);
    client.call('getCapture', { id }).then(
      (detail) => {
        if (!alive) return;
        remember(detail);
        setFetched({ id, detail });
      },
      (error: unknown) => alive && setFetched({ id, error: toApiError(error).message }),
    );
    return () => {
      alive = false;
      clearTimeout(spinner);
    };
  }, [client, id, version]);

  const reload = useCallback(() => {
    if (id !== null) cache.delete(id);
    setVersion((v) => v + 1);
  }, [id]);

  let state: DetailState;
  const cached = id === null ? undefined : cache.get(id);
  if (id === null) state = { status: 'idle' };
  else if (cached) state = { status: 'ready', detail: cached };
  else if (fetched?.id === id)
    state =
      'detail' in fetched
        ? { status: 'ready', detail: fetched.detail }
        : { status: 'error', id, message: fetched.error };
  else if (slowId !== id && fetched && 'detail' in fetched)
    state = { status: 'ready', detail: fetched.detail };
  else state = { status: 'loading', id };
  return [state, reload];
}
