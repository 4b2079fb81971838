// Owns the public URL: starts and stops one ngrok tunnel to the webhook receiver, streams its status,
// reconnects after a drop and turns every failure into advice. It never touches the receiver, so
// local capture goes on whatever happens here; and no promise it returns ever rejects or hangs.
import {
  startTunnelInput,
  type StartTunnelInput,
  type TunnelError,
  type TunnelStatus,
} from '@shared/tunnel-types';
import { exponentialBackoff, type Backoff } from './backoff';
import { loadRealNgrok } from './load-ngrok';
import type { NgrokLike, NgrokListenerLike } from './ngrok-like';
import { redactSecrets } from './redact-secrets';
import { systemTimers, withDeadline, type TimerHandle, type Timers } from './timers';
import { describeNgrokFailure, errorText, isWorthRetrying, tunnelError } from './tunnel-errors';

export interface TunnelManagerDeps {
  /** The ngrok module, or a loader for it. Default: `@ngrok/ngrok`, imported on first start. */
  ngrok?: NgrokLike | (() => Promise<NgrokLike>);
  /** The receiver's port, read at each start: the only thing ever forwarded. */
  receiverPort: () => number;
  /** Ports that must never go public (the control API). A receiver port among them is refused. */
  forbiddenPorts: () => number[];
  getAuthtoken: () => string | null;
  /** Receives an authtoken passed to start() (the app keeps it in the secret store as `ngrok`). */
  saveAuthtoken: (token: string) => void;
  /** Receives redacted lines only. */
  log?: (message: string) => void;
  /** Starting (and each reconnect attempt) gives up after this long. Default 15 s. */
  startTimeoutMs?: number;
  /** Delay before reconnect attempt n. Default: 2 s doubling to 60 s, ±20 % jitter. */
  backoff?: Backoff;
  /** Reconnect attempts after a drop before settling in `error`. Default: no limit. */
  maxReconnectAttempts?: number;
  /** How long stop() waits for ngrok to close the tunnel before reporting `stopped` anyway. */
  stopTimeoutMs?: number;
  timers?: Timers;
}

export type TunnelStatusListener = (status: TunnelStatus) => void;

/** What a start asked for, kept (in memory only) so a reconnect can ask again. */
interface Plan {
  addr: string;
  authtoken: string;
  domain?: string;
  pathHint?: string;
}

interface Session {
  id: number;
  listener: NgrokListenerLike;
  url: string;
}

/** A connection attempt whose result nobody waits for any more (timed out, stopped, restarted). */
interface Attempt {
  abandoned: boolean;
}

type ConnectOutcome = { ok: true; session: Session } | { ok: false; error: TunnelError };

class Superseded extends Error {}

const DEFAULT_START_TIMEOUT_MS = 15_000;
const DEFAULT_STOP_TIMEOUT_MS = 5_000;

export class TunnelManager {
  readonly #deps: TunnelManagerDeps;
  readonly #timers: Timers;
  readonly #backoff: Backoff;
  readonly #startTimeoutMs: number;
  readonly #listeners = new Set<TunnelStatusListener>();
  /** Every authtoken seen, so any text leaving this class can be scrubbed of them. */
  readonly #secrets = new Set<string>();

  #status: TunnelStatus = { state: 'stopped' };
  /** The result of the latest start() or stop(): what a superseded start() resolves with. */
  #outcome: Promise<TunnelStatus> = Promise.resolve({ state: 'stopped' });
  #module: Promise<NgrokLike> | null = null;
  /** Bumped by every start() and stop(): async work from an older run sees it is stale. */
  #run = 0;
  #endRun: () => void = () => {};
  #runEnded: Promise<void> = new Promise(() => {});
  #plan: Plan | null = null;
  #session: Session | null = null;
  #sessionSeq = 0;
  #retryTimer: TimerHandle | null = null;
  /**
   * Calls into the ngrok module run one at a time: forward() shares one process-wide session, and
   * disconnect() closes every listener, so a teardown overlapping a new forward would kill it.
   */
  #moduleQueue: Promise<unknown> = Promise.resolve();

  constructor(deps: TunnelManagerDeps) {
    this.#deps = deps;
    this.#timers = deps.timers ?? systemTimers;
    this.#backoff = deps.backoff ?? exponentialBackoff();
    this.#startTimeoutMs = deps.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  }

  status(): TunnelStatus {
    return { ...this.#status };
  }

  on(event: 'status', listener: TunnelStatusListener): () => void {
    if (event !== 'status') throw new Error(`Unknown tunnel event: ${String(event)}`);
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Opens the tunnel (replacing any current one) and resolves with where it ended up: `online` or
   * `error` — or `stopped` if stop() was called meanwhile. Gives up after the start timeout.
   */
  start(input: StartTunnelInput = {}): Promise<TunnelStatus> {
    const run = this.#beginRun();
    this.#outcome = this.#start(run, input);
    return this.#outcome;
  }

  /** Closes the tunnel. Resolves `stopped` once ngrok has closed it, or after the stop timeout. */
  stop(): Promise<TunnelStatus> {
    this.#beginRun();
    this.#outcome = this.#stop();
    return this.#outcome;
  }

  async #start(run: number, input: StartTunnelInput): Promise<TunnelStatus> {
    try {
      this.#releaseSession();
      this.#rememberSecret(input.authtoken);
      const parsed = startTunnelInput.safeParse(input);
      if (!parsed.success) return this.#fail(tunnelError('invalid_settings', this.#context()));
      const { authtoken: given, domain, pathHint } = parsed.data;

      if (given !== undefined) this.#saveAuthtoken(given);
      const authtoken = given ?? this.#storedAuthtoken();
      if (!authtoken) return this.#fail(tunnelError('no_authtoken', this.#context()));

      const port = this.#deps.receiverPort();
      if (!Number.isInteger(port) || port < 1 || port > 65_535) {
        return this.#fail({
          code: 'unknown',
          message: `The webhook receiver is not listening (port ${String(port)}), so there is nothing to forward.`,
          fix: 'Restart Hookscope; if the receiver cannot start, its error is shown in the status bar.',
        });
      }
      if (this.#deps.forbiddenPorts().includes(port)) {
        this.#log(`refused to forward port ${port}: it is the control API`);
        return this.#fail(tunnelError('forbidden_port', this.#context()));
      }

      const plan: Plan = { addr: `127.0.0.1:${port}`, authtoken, domain, pathHint };
      this.#plan = plan;
      this.#setStatus({ state: 'starting' });
      this.#log(`starting a tunnel to ${plan.addr}${domain ? ` on ${domain}` : ''}`);

      const outcome = await this.#connect(run, plan);
      // Superseded by a later start() or stop(): answer with where that one ends up.
      if (run !== this.#run) return this.#outcome;
      if (outcome.ok) this.#goOnline(outcome.session, plan);
      else this.#fail(outcome.error);
      return this.status();
    } catch (error) {
      // A throwing dependency (receiverPort, forbiddenPorts, …) still ends in `error`, not a rejection.
      if (run !== this.#run) return this.#outcome;
      return this.#fail(tunnelError('unknown', this.#context(), error));
    }
  }

  async #stop(): Promise<TunnelStatus> {
    this.#plan = null;
    const closing = this.#releaseSession();
    if (this.#status.state !== 'stopped') this.#log('tunnel stopped');
    this.#setStatus({ state: 'stopped' });
    await withDeadline(closing, this.#deps.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS, this.#timers);
    return this.status();
  }

  // ── runs ────────────────────────────────────────────────────────────────────────────────────

  /** Starts a new run: older attempts, retries and waits become stale. */
  #beginRun(): number {
    this.#run += 1;
    this.#endRun();
    this.#runEnded = new Promise((resolve) => {
      this.#endRun = resolve;
    });
    if (this.#retryTimer !== null) {
      this.#timers.clearTimeout(this.#retryTimer);
      this.#retryTimer = null;
    }
    return this.#run;
  }

  /** One forward() for `plan`, bounded by the start timeout and abandoned if the run ends. */
  async #connect(run: number, plan: Plan): Promise<ConnectOutcome> {
    const attempt: Attempt = { abandoned: false };
    const opening = this.#openSession(run, attempt, plan);
    const ended = this.#runEnded.then(() => ({ settled: false }) as const);
    const result = await Promise.race([withDeadline(opening, this.#startTimeoutMs, this.#timers), ended]);
    if (!result.settled) {
      // The forward may still complete later: #openSession then closes what it opened.
      attempt.abandoned = true;
      if (run === this.#run) this.#log(`ngrok did not answer within ${this.#startTimeoutMs} ms; giving up`);
      return { ok: false, error: tunnelError('timeout', this.#context()) };
    }
    if ('value' in result) return { ok: true, session: result.value };
    if (result.error instanceof Superseded) {
      // Only reachable once the run has ended; the caller sees that and discards this outcome.
      return { ok: false, error: tunnelError('timeout', this.#context()) };
    }
    this.#log(`ngrok failed: ${errorText(result.error)}`);
    return { ok: false, error: describeNgrokFailure(result.error, this.#context(plan.domain)) };
  }

  #openSession(run: number, attempt: Attempt, plan: Plan): Promise<Session> {
    const stale = () => attempt.abandoned || run !== this.#run;
    return this.#exclusive(async () => {
      if (stale()) throw new Superseded('superseded before forwarding');
      const ngrok = await this.#ngrok();
      const id = ++this.#sessionSeq;
      const listener = await ngrok.forward({
        addr: plan.addr,
        proto: 'http',
        authtoken: plan.authtoken,
        ...(plan.domain ? { domain: plan.domain } : {}),
        force_new_session: true,
        onStatusChange: (status) => this.#onSessionStatus(id, status),
      });
      const url = safeUrl(listener);
      if (stale() || url === null) {
        await this.#close(ngrok, listener);
        if (url === null) throw new Error('ngrok opened a listener without a public URL');
        throw new Superseded('superseded while forwarding');
      }
      return { id, listener, url };
    });
  }

  #goOnline(session: Session, plan: Plan): void {
    this.#session = session;
    this.#setStatus({
      state: 'online',
      url: session.url,
      webhookUrl: joinWebhookUrl(session.url, plan.pathHint),
      domain: plan.domain ?? null,
      startedAt: new Date(this.#timers.now()).toISOString(),
    });
    this.#log(`tunnel online at ${session.url} → ${plan.addr}`);
  }

  // ── drops and reconnects ────────────────────────────────────────────────────────────────────

  // Called by ngrok from its own thread: must never throw (the binding treats that as fatal).
  #onSessionStatus(sessionId: number, status: string): void {
    try {
      const session = this.#session;
      if (session === null || session.id !== sessionId || this.#plan === null) return;
      if (status === 'closed' && this.#status.state === 'online') {
        this.#log('ngrok session dropped');
        this.#scheduleReconnect(1);
      } else if (status === 'connected' && this.#status.state === 'reconnecting') {
        // ngrok re-established the same session on its own before our retry was due.
        if (this.#retryTimer !== null) this.#timers.clearTimeout(this.#retryTimer);
        this.#retryTimer = null;
        this.#log('ngrok session restored');
        this.#goOnline(session, this.#plan);
      }
    } catch (error) {
      this.#log(`tunnel status handler failed: ${errorText(error)}`);
    }
  }

  #scheduleReconnect(attempt: number): void {
    const run = this.#run;
    const delay = this.#backoff(attempt);
    const due = this.#timers.now() + delay;
    this.#setStatus({ state: 'reconnecting', attempt, nextRetryAt: new Date(due).toISOString() });
    this.#log(`reconnect attempt ${attempt} in ${delay} ms`);
    this.#retryTimer = this.#timers.setTimeout(() => {
      this.#retryTimer = null;
      this.#reconnect(run, attempt).catch((error: unknown) => {
        this.#fail(tunnelError('unknown', this.#context(), error));
      });
    }, delay);
  }

  // Opens a fresh session with the same settings; the dropped one is closed first.
  async #reconnect(run: number, attempt: number): Promise<void> {
    const plan = this.#plan;
    if (run !== this.#run || plan === null) return;
    this.#releaseSession();
    const outcome = await this.#connect(run, plan);
    if (run !== this.#run) return;
    if (outcome.ok) {
      this.#goOnline(outcome.session, plan);
    } else if (
      isWorthRetrying(outcome.error.code) &&
      attempt < (this.#deps.maxReconnectAttempts ?? Infinity)
    ) {
      this.#scheduleReconnect(attempt + 1);
    } else {
      this.#fail(outcome.error);
    }
  }

  // ── the ngrok module ────────────────────────────────────────────────────────────────────────

  #ngrok(): Promise<NgrokLike> {
    if (this.#module === null) {
      const given = this.#deps.ngrok;
      this.#module =
        given === undefined
          ? loadRealNgrok()
          : typeof given === 'function'
            ? given()
            : Promise.resolve(given);
      // A failed load is retried on the next start rather than cached.
      this.#module.catch(() => {
        this.#module = null;
      });
    }
    return this.#module;
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#moduleQueue.then(task);
    this.#moduleQueue = result.catch(() => {});
    return result;
  }

  /** Forgets the current session and closes it (queued behind any module call in flight). */
  #releaseSession(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    if (session === null) return Promise.resolve();
    return this.#exclusive(async () => this.#close(await this.#ngrok(), session.listener)).catch(
      (error: unknown) => {
        this.#log(`closing the tunnel failed: ${errorText(error)}`);
      },
    );
  }

  async #close(ngrok: NgrokLike, listener: NgrokListenerLike): Promise<void> {
    try {
      await listener.close();
    } catch (error) {
      this.#log(`closing the ngrok listener failed: ${errorText(error)}`);
    }
    try {
      // Drops the module's shared session too, so it stops counting against the plan's limit.
      await ngrok.disconnect?.();
    } catch (error) {
      this.#log(`closing the ngrok session failed: ${errorText(error)}`);
    }
  }

  // ── authtoken ───────────────────────────────────────────────────────────────────────────────

  #rememberSecret(token: unknown): void {
    if (typeof token !== 'string') return;
    if (token.length > 0) this.#secrets.add(token);
    const trimmed = token.trim();
    if (trimmed.length > 0) this.#secrets.add(trimmed);
  }

  #saveAuthtoken(token: string): void {
    try {
      this.#deps.saveAuthtoken(token);
    } catch (error) {
      // Still usable for this session; the user will be asked again next launch.
      this.#log(`could not store the ngrok authtoken: ${errorText(error)}`);
    }
  }

  #storedAuthtoken(): string | null {
    try {
      const token = this.#deps.getAuthtoken();
      this.#rememberSecret(token);
      return token && token.trim() ? token.trim() : null;
    } catch (error) {
      this.#log(`could not read the stored ngrok authtoken: ${errorText(error)}`);
      return null;
    }
  }

  // ── output: status, events, log (all redacted) ──────────────────────────────────────────────

  #context(domain?: string) {
    return { domain, startTimeoutMs: this.#startTimeoutMs };
  }

  #fail(error: TunnelError): TunnelStatus {
    this.#setStatus({
      state: 'error',
      code: error.code,
      message: error.message,
      fix: error.fix,
      since: new Date(this.#timers.now()).toISOString(),
    });
    this.#log(`tunnel error ${error.code}: ${error.message}`);
    return this.status();
  }

  #setStatus(status: TunnelStatus): void {
    const clean = this.#redactStatus(status);
    if (JSON.stringify(clean) === JSON.stringify(this.#status)) return;
    this.#status = clean;
    for (const listener of [...this.#listeners]) {
      try {
        listener({ ...clean });
      } catch (error) {
        this.#log(`a tunnel status listener failed: ${errorText(error)}`);
      }
    }
  }

  #redactStatus(status: TunnelStatus): TunnelStatus {
    const copy: Record<string, unknown> = { ...status };
    for (const [key, value] of Object.entries(copy)) {
      if (typeof value === 'string') copy[key] = redactSecrets(value, this.#secrets);
    }
    return copy as TunnelStatus;
  }

  #log(message: string): void {
    try {
      this.#deps.log?.(`tunnel: ${redactSecrets(message, this.#secrets)}`);
    } catch {
      // Logging must never break the tunnel.
    }
  }
}

function safeUrl(listener: NgrokListenerLike): string | null {
  try {
    return listener.url();
  } catch {
    return null;
  }
}

/** The URL users paste into a provider: the public URL plus the configured path. */
export function joinWebhookUrl(url: string, pathHint: string | undefined): string {
  if (!pathHint || pathHint === '/') return url;
  return `${url.replace(/\/+$/, '')}${pathHint}`;
}
