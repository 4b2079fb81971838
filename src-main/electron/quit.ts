// Quitting waits for the core to flush (pending capture batch, search index, database close).
// Electron does not await async 'will-quit' listeners, so the first quit is deferred, the core is
// closed, and quit is requested again. A stuck close cannot keep the app alive past `timeoutMs`.
type PreventableEvent = { preventDefault(): void };

export interface QuittableApp {
  on(event: 'will-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
}

export function flushBeforeQuit(
  app: QuittableApp,
  close: () => Promise<void>,
  options: { timeoutMs?: number; onError?: (error: unknown) => void } = {},
): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, options.timeoutMs ?? 5000);
    });
    Promise.race([close(), timeout])
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        clearTimeout(timer);
        state = 'closed';
        app.quit();
      });
  });
}
