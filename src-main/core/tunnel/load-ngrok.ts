// Loads the real ngrok module on first use only: it carries a native binary, so the app (and any
// test that injects a fake) never pays for it unless a tunnel is actually started.
import type * as RealNgrok from '@ngrok/ngrok';
import type { NgrokLike } from './ngrok-like';

export async function loadRealNgrok(): Promise<NgrokLike> {
  const imported = (await import('@ngrok/ngrok')) as typeof RealNgrok & { default?: typeof RealNgrok };
  // CommonJS module: Node exposes module.exports as `default` (named exports may be missing).
  const ngrok: typeof RealNgrok = imported.default ?? imported;
  // Compile-time proof that the real module fits the slice the manager uses.
  const slice: NgrokLike = ngrok;
  return slice;
}
