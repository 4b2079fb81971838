// The full capture (headers, body) of the selected row, from the query cache: ↑/↓ through recently
// seen rows is instant, and the event bridge refetches the shown capture when its analysis changes.
import { keepPreviousData } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { CaptureDetail } from '@shared/types';
import { useOperation } from '../data/use-operation';

export type DetailState =
  | { status: 'idle' }
  | { status: 'loading'; id: number }
  | { status: 'ready'; detail: CaptureDetail }
  | { status: 'error'; id: number; message: string };

/** Keep showing the previous capture this long instead of flashing "Loading" on fast ↑/↓. */
const spinnerDelayMs = 150;

export function useCaptureDetail(id: number | null): [DetailState, () => void] {
  const query = useOperation(
    'getCapture',
    { id: id ?? 0 },
    { enabled: id !== null, placeholderData: keepPreviousData },
  );
  const [slowId, setSlowId] = useState<number | null>(null);
  const waiting = id !== null && query.isPlaceholderData;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setSlowId(id), spinnerDelayMs);
    return () => clearTimeout(timer);
  }, [waiting, id]);

  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);

  let state: DetailState;
  if (id === null) state = { status: 'idle' };
  else if (query.isError) state = { status: 'error', id, message: query.error.message };
  else if (query.data && (!query.isPlaceholderData || slowId !== id))
    state = { status: 'ready', detail: query.data };
  else state = { status: 'loading', id };
  return [state, reload];
}
