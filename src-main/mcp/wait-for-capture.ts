// "Wait for the next capture matching a filter": the filter is the listCaptures filter itself (one
// way of matching), re-run whenever a capture arrives or its analysis finishes, so a verdict filter
// matches as soon as the verdict is known.
import type { OperationInput } from '@shared/contract';
import type { CaptureSummary } from '@shared/types';
import type { HookscopeBackend } from './backend';

export type CaptureFilter = Omit<OperationInput<'listCaptures'>, 'cursor' | 'limit'>;

export async function newestCaptureId(backend: HookscopeBackend): Promise<number> {
  const page = await backend.call('listCaptures', { limit: 1 });
  return page.items[0]?.id ?? 0;
}

/** Resolves with the first capture newer than `afterId` that matches, or null at the timeout. */
export function waitForCapture(
  backend: HookscopeBackend,
  filter: CaptureFilter,
  afterId: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<CaptureSummary | null> {
  return new Promise((resolve, reject) => {
    let done = false;
    let checking = false;
    let again = false;
    const finish = (value: CaptureSummary | null, error?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(safety);
      unsubscribe();
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(value);
    };
    const check = async () => {
      if (done) return;
      if (checking) {
        again = true;
        return;
      }
      checking = true;
      try {
        const page = await backend.call('listCaptures', { ...filter, limit: 200 });
        const newer = page.items.filter((c) => c.id > afterId);
        const first = newer[newer.length - 1];
        if (first) finish(first);
      } catch (error) {
        finish(null, error);
      } finally {
        checking = false;
        if (again && !done) {
          again = false;
          void check();
        }
      }
    };
    const onAbort = () => finish(null);
    const timer = setTimeout(() => finish(null), timeoutMs);
    const unsubscribe = backend.onCaptureChange(() => void check());
    // Events trigger the checks; this slow re-check covers an event stream that is (re)connecting.
    const safety = setInterval(() => void check(), 2000);
    signal?.addEventListener('abort', onAbort);
    void check();
  });
}
