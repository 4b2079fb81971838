// A scriptable stand-in for `@ngrok/ngrok`'s forward(): it records the options it was called with
// and behaves as scripted — come online with a URL, fail with an ngrok error code, hang, or drop
// (and restore) a session later. It mimics the real module where the manager could notice:
// errors carry "error_code: ERR_NGROK_<n>" at the end of the message and on `errorCode`, and the
// status callback hears 'connected' / 'closed' as the session comes and goes.
import type {
  NgrokForwardOptions,
  NgrokLike,
  NgrokListenerLike,
} from '../../src-main/core/tunnel/ngrok-like';

export type FakeForwardScript =
  { kind: 'online'; url: string } | { kind: 'fail'; code?: string; message?: string } | { kind: 'hang' };

/** An error shaped like the real module's (message suffix + errorCode + napi's `code`). */
export function ngrokError(message: string, errorCode?: string): Error {
  const error = new Error(errorCode ? `${message}\n\nerror_code: ${errorCode}` : message) as Error & {
    errorCode?: string;
    code?: string;
  };
  if (errorCode) error.errorCode = errorCode;
  error.code = 'GenericFailure';
  return error;
}

/** The offline failure the real module produces here (no DNS / no route to ngrok). */
export const OFFLINE_MESSAGE = 'failed to connect session: failed to establish tcp connection';

export class FakeListener implements NgrokListenerLike {
  closed = false;
  constructor(
    private readonly publicUrl: string,
    readonly options: NgrokForwardOptions,
  ) {}
  url(): string | null {
    return this.publicUrl;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

interface HungCall {
  options: NgrokForwardOptions;
  resolve: (listener: FakeListener) => void;
  reject: (error: Error) => void;
}

export class FakeNgrok implements NgrokLike {
  /** Every forward() call's options, in order (copies). */
  readonly calls: NgrokForwardOptions[] = [];
  /** Every listener handed out, in order. */
  readonly listeners: FakeListener[] = [];
  disconnects = 0;
  readonly #script: FakeForwardScript[] = [];
  readonly #hung: HungCall[] = [];
  #urlCounter = 0;

  /** Next forward() comes online with `url` (default: a fresh https://fake-<n>.ngrok.test). */
  succeed(url?: string): this {
    this.#script.push({ kind: 'online', url: url ?? this.#nextUrl() });
    return this;
  }

  /** Next forward() rejects with an ngrok error (code and/or message). */
  fail(code?: string, message?: string): this {
    this.#script.push({ kind: 'fail', code, message });
    return this;
  }

  /** Next forward() never settles until released with releaseHung(). */
  hang(): this {
    this.#script.push({ kind: 'hang' });
    return this;
  }

  async forward(options: NgrokForwardOptions): Promise<NgrokListenerLike> {
    this.calls.push({ ...options });
    const step = this.#script.shift() ?? { kind: 'online', url: this.#nextUrl() };
    await Promise.resolve();
    switch (step.kind) {
      case 'online':
        options.onStatusChange('connected');
        return this.#listen(step.url, options);
      case 'fail':
        // The real module reports the failed first connect on the status callback too.
        options.onStatusChange('closed');
        throw ngrokError(step.message ?? defaultMessage(step.code), step.code);
      case 'hang':
        return new Promise<FakeListener>((resolve, reject) => this.#hung.push({ options, resolve, reject }));
    }
  }

  async disconnect(): Promise<void> {
    this.disconnects += 1;
    for (const listener of this.listeners) listener.closed = true;
  }

  /** Settles the oldest hung forward(): online with a URL, or failed with an ngrok error. */
  releaseHung(outcome: { url: string } | { code?: string; message?: string }): FakeListener | null {
    const call = this.#hung.shift();
    if (!call) throw new Error('no hung forward() to release');
    if ('url' in outcome) {
      const listener = this.#listen(outcome.url, call.options);
      call.resolve(listener);
      return listener;
    }
    call.reject(ngrokError(outcome.message ?? defaultMessage(outcome.code), outcome.code));
    return null;
  }

  /** The network drops under the newest open session: ngrok reports 'closed'. */
  dropSession(): void {
    this.#newestOpen().options.onStatusChange('closed');
  }

  /** ngrok re-established the newest session by itself: it reports 'connected'. */
  restoreSession(): void {
    this.#newestOpen().options.onStatusChange('connected');
  }

  /** Status callbacks of an older (replaced) session can still fire: lets tests do that. */
  emitFor(listener: FakeListener, status: 'closed' | 'connected'): void {
    listener.options.onStatusChange(status);
  }

  get lastCall(): NgrokForwardOptions {
    const call = this.calls.at(-1);
    if (!call) throw new Error('forward() was never called');
    return call;
  }

  get openListeners(): FakeListener[] {
    return this.listeners.filter((listener) => !listener.closed);
  }

  #listen(url: string, options: NgrokForwardOptions): FakeListener {
    const listener = new FakeListener(url, options);
    this.listeners.push(listener);
    return listener;
  }

  #newestOpen(): FakeListener {
    const listener = this.openListeners.at(-1);
    if (!listener) throw new Error('no open session to act on');
    return listener;
  }

  #nextUrl(): string {
    this.#urlCounter += 1;
    return `https://fake-${this.#urlCounter}.ngrok.test`;
  }
}

function defaultMessage(code: string | undefined): string {
  return code ? `ngrok refused the request` : OFFLINE_MESSAGE;
}
