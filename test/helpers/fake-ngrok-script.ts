// A scripted stand-in for `@ngrok/ngrok`, so the browser e2e suite can drive the tunnel UI against
// the real headless server without internet access or an ngrok account. It is not in the shipped
// app: the test launcher (headless-server.ts) starts the built server with a module hook that
// answers `import('@ngrok/ngrok')` with ngrok-stand-in.ts, which builds this from the script.
//
// HOOKSCOPE_FAKE_NGROK is a comma-separated script, one step per forward() call; the last step
// repeats once the script runs out:
//   online:<url>            come online at <url> (e.g. online:https://e2e.ngrok.test)
//   fail:<ERR_NGROK_n>      reject like ngrok does with that code (e.g. fail:ERR_NGROK_105)
//   fail                    reject like the offline failure (no route to the ngrok service)
//   drop:<url>              come online at <url>, then drop the session shortly after
//   hang                    never answer (the manager's start timeout ends it)
// Errors are shaped like the real module's: "error_code: ERR_NGROK_<n>" at the end of the message,
// the same code on `errorCode`, and napi's `code: 'GenericFailure'`.
import type {
  NgrokForwardOptions,
  NgrokLike,
  NgrokListenerLike,
} from '../../src-main/core/tunnel/ngrok-like';

type Step =
  | { kind: 'online'; url: string }
  | { kind: 'drop'; url: string }
  | { kind: 'fail'; code: string | null }
  | { kind: 'hang' };

/** How long a `drop:` session stays up before ngrok "loses" it. */
const DROP_AFTER_MS = 400;

function parseUrl(value: string, step: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`HOOKSCOPE_FAKE_NGROK: "${step}" needs an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`HOOKSCOPE_FAKE_NGROK: "${step}" needs an http(s) URL`);
  }
  return url.origin;
}

function parseStep(raw: string): Step {
  const step = raw.trim();
  const colon = step.indexOf(':');
  const kind = colon === -1 ? step : step.slice(0, colon);
  const arg = colon === -1 ? '' : step.slice(colon + 1);
  switch (kind) {
    case 'online':
      return { kind: 'online', url: parseUrl(arg, step) };
    case 'drop':
      return { kind: 'drop', url: parseUrl(arg, step) };
    case 'fail':
      if (arg !== '' && !/^ERR_NGROK_\d+$/.test(arg)) {
        throw new Error(`HOOKSCOPE_FAKE_NGROK: "${step}" needs a code like ERR_NGROK_105`);
      }
      return { kind: 'fail', code: arg === '' ? null : arg };
    case 'hang':
      return { kind: 'hang' };
    default:
      throw new Error(
        `HOOKSCOPE_FAKE_NGROK: unknown step "${step}" (use online:<url>, fail[:ERR_NGROK_n], drop:<url> or hang)`,
      );
  }
}

function ngrokLikeError(code: string | null): Error {
  const message = code
    ? `ngrok refused the request (fake ngrok)\n\nerror_code: ${code}`
    : 'failed to connect session: failed to establish tcp connection (fake ngrok)';
  const error = new Error(message) as Error & { errorCode?: string; code?: string };
  if (code) error.errorCode = code;
  error.code = 'GenericFailure';
  return error;
}

class FakeListener implements NgrokListenerLike {
  #open = true;
  #dropTimer: ReturnType<typeof setTimeout> | null = null;
  constructor(private readonly publicUrl: string) {}
  url(): string | null {
    return this.#open ? this.publicUrl : null;
  }
  dropLater(onStatusChange: (status: string) => void): void {
    this.#dropTimer = setTimeout(() => {
      this.#dropTimer = null;
      if (this.#open) onStatusChange('closed');
    }, DROP_AFTER_MS);
    this.#dropTimer.unref?.();
  }
  async close(): Promise<void> {
    this.#open = false;
    if (this.#dropTimer !== null) clearTimeout(this.#dropTimer);
    this.#dropTimer = null;
  }
}

/** Parses the HOOKSCOPE_FAKE_NGROK script; throws with a readable message when it is malformed. */
export function createE2eFakeNgrok(spec: string): NgrokLike {
  const steps = spec
    .split(',')
    .filter((s) => s.trim() !== '')
    .map(parseStep);
  if (steps.length === 0) throw new Error('HOOKSCOPE_FAKE_NGROK is empty');
  let next = 0;
  const listeners = new Set<FakeListener>();

  return {
    async forward(options: NgrokForwardOptions): Promise<NgrokListenerLike> {
      const step = steps[Math.min(next, steps.length - 1)]!;
      next += 1;
      await Promise.resolve();
      switch (step.kind) {
        case 'online':
        case 'drop': {
          options.onStatusChange('connected');
          const listener = new FakeListener(step.url);
          listeners.add(listener);
          if (step.kind === 'drop') listener.dropLater(options.onStatusChange);
          return listener;
        }
        case 'fail':
          // The real module reports the failed first connect on the status callback too.
          options.onStatusChange('closed');
          throw ngrokLikeError(step.code);
        case 'hang':
          return new Promise<NgrokListenerLike>(() => {});
      }
    },
    async disconnect(): Promise<void> {
      for (const listener of listeners) await listener.close();
      listeners.clear();
    },
  };
}
