import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { flushBeforeQuit, type QuittableApp } from '../../../src-main/electron/quit';

/** An app whose quit() emits 'will-quit' like Electron, and records whether the quit went through. */
function fakeApp() {
  const emitter = new EventEmitter();
  const state = { exited: false, quitCalls: 0 };
  const app: QuittableApp = {
    on: (event, listener) => emitter.on(event, listener),
    quit: () => {
      state.quitCalls++;
      let prevented = false;
      emitter.emit('will-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) state.exited = true;
    },
  };
  return { app, state };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('flushBeforeQuit', () => {
  it('holds the quit until the core has closed, then quits', async () => {
    const { app, state } = fakeApp();
    let finishClose!: () => void;
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    flushBeforeQuit(app, close);

    app.quit();
    expect(close).toHaveBeenCalledTimes(1);
    expect(state.exited).toBe(false);

    app.quit(); // a second request while closing waits too, without closing twice
    expect(close).toHaveBeenCalledTimes(1);
    expect(state.exited).toBe(false);

    finishClose();
    await tick();
    expect(state.exited).toBe(true);
  });

  it('still quits when closing fails, and reports the error', async () => {
    const { app, state } = fakeApp();
    const onError = vi.fn();
    const failure = new Error('disk full');
    flushBeforeQuit(app, () => Promise.reject(failure), { onError });
    app.quit();
    await tick();
    expect(onError).toHaveBeenCalledWith(failure);
    expect(state.exited).toBe(true);
  });

  it('does not let a hung close keep the app alive past the timeout', async () => {
    const { app, state } = fakeApp();
    flushBeforeQuit(app, () => new Promise<void>(() => {}), { timeoutMs: 20 });
    app.quit();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(state.exited).toBe(true);
  });
});
