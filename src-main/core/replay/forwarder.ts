// Forwarding: every received capture goes, as received, to each forward target whose routing rule
// fits. It runs strictly after the receiver's answer (enqueue defers to the next macrotask). Each
// delivery (capture × target) is written to a durable queue first, so a burst larger than memory,
// a handler slower than the traffic or a restart loses nothing. Each target is its own lane: its
// deliveries start in the order the captures arrived, with at most `window` of them between the
// oldest unanswered one and the newest sent (a slow target holds up only itself, and memory holds
// only a window per target, never the backlog).
import type { CaptureOrigin, ForwardSettings, ForwardTarget, SendOutcome } from '@shared/replay-types';
import { signerOf } from '../providers/signer-of';
import { buildOutgoing } from './build-outgoing';
import { eventTypesOf } from './event-types';
import { routingNeeds, targetsFor } from './forward-routing';
import { sendRequest, type OutgoingRequest, type SendOptions } from './send-request';
import { targetUrlFor } from './target-url';
import { carriesHopHeader, HOP_HEADER } from './forward-loop';

/** Marks a forwarded request so that a receiver it reaches (this one, or another Hookscope) won't forward it again. */
function withHopHeader(req: OutgoingRequest): OutgoingRequest {
  return { ...req, headers: [...req.headers, [HOP_HEADER, '1']] };
}

export interface ForwardableCapture {
  id: number;
  method: string;
  path: string;
  headers: [string, string][];
  body: Buffer;
  /** Only 'request' captures are forwarded (not rejected bodies, not Meta's GET handshake). */
  kind: string;
  bodyTruncated?: boolean;
  /** Replays, imports and test events are not forwarded again (a replay would otherwise echo). */
  origin?: CaptureOrigin | null;
}

/** Whether captures are forwarded at all now (not paused, some target enabled). */
export function forwardingActive(settings: ForwardSettings): boolean {
  return !settings.paused && settings.targets.some((t) => t.enabled);
}

export interface Delivery {
  seq: number;
  captureId: number;
  targetId: string;
}

/** Where deliveries wait (the store's `forward_queue` table). */
export interface DeliveryStore {
  add(deliveries: readonly Omit<Delivery, 'seq'>[], decidedThrough: number | null): void;
  next(targetId: string, afterSeq: number, limit: number): Delivery[];
  remove(seqs: readonly number[]): void;
  targets(): string[];
}

export interface ForwarderOptions {
  settings: () => ForwardSettings;
  queue: DeliveryStore;
  /** The capture to send, read when its turn comes (null: it was deleted meanwhile). */
  load: (captureId: number) => ForwardableCapture | null;
  /** What one target answered for one capture (or why it was not sent). */
  onOutcome: (captureId: number, outcome: SendOutcome) => void;
  /** Provider id for routing; default: detection from the request (the service adds path mappings). */
  providerOf?: (capture: ForwardableCapture) => string | null;
  send?: (req: OutgoingRequest, options: SendOptions) => Promise<SendOutcome>;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Per target: sends between the oldest unanswered delivery and the newest started. Default 8. */
  window?: number;
  /** A capture that is not forwarded at all, and why (recorded on it). */
  onSkipped?: (captureId: number, reason: string) => void;
  /**
   * Whether the queue may be written now; when not, `resume` is called once it may (the store
   * holds writes while a checkpoint runs, and writing then would make the receiver's loop wait).
   */
  writable?: (resume: () => void) => boolean;
  /** Each write of the queue: the error (disk full…; the forwarder retries by itself) or null. */
  onQueueWrite?: (error: unknown) => void;
}

interface Lane {
  targetId: string;
  /** Loaded from the queue, not started yet (oldest first). */
  buffer: Delivery[];
  /** Highest seq loaded so far: later reads start after it. */
  lastSeq: number;
  /** Started deliveries from the oldest unanswered one on, in order. */
  window: { seq: number; done: boolean }[];
}

const READ_AHEAD = 64;
const RETRY_WRITE_MS = 1000;

export class Forwarder {
  /** Deliveries decided this turn, written to the queue in one transaction. */
  private toQueue: Omit<Delivery, 'seq'>[] = [];
  private decidedThrough: number | null = null;
  /** Finished deliveries whose queue rows are still to be removed. */
  private finished: number[] = [];
  private writeScheduled = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly lanes = new Map<string, Lane>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private stopped = false;

  constructor(private readonly options: ForwarderOptions) {}

  /** Returns at once; the capture is queued and sent later. Call after the receiver has answered. */
  enqueue(capture: ForwardableCapture): void {
    const settings = this.options.settings();
    if (!forwardingActive(settings)) return;
    // Written with this turn's deliveries: after a crash, only later captures are decided again.
    this.decidedThrough = Math.max(this.decidedThrough ?? 0, capture.id);
    this.scheduleWrite();
    if (capture.kind !== 'request' || capture.origin) return;
    if (carriesHopHeader(capture.headers)) {
      this.options.onSkipped?.(
        capture.id,
        `it was itself forwarded by a Hookscope (${HOP_HEADER} header); forwarding it again would loop`,
      );
      return;
    }
    if (capture.bodyTruncated) {
      this.options.onSkipped?.(
        capture.id,
        'only part of the body was kept; forwarding it would send a different request',
      );
      return;
    }
    for (const target of this.routeOf(capture, settings))
      this.toQueue.push({ captureId: capture.id, targetId: target.id });
    this.scheduleWrite();
  }

  /**
   * Queue one capture again for the given targets (Retry). The caller has checked that the
   * capture can be forwarded; the outcome replaces the earlier one for that target.
   */
  retry(captureId: number, targetIds: readonly string[]): void {
    for (const targetId of targetIds) this.toQueue.push({ captureId, targetId });
    this.scheduleWrite();
  }

  /** The targets a capture goes to under the current settings (Retry of a capture never queued). */
  routeOf(capture: ForwardableCapture, settings = this.options.settings()): ForwardTarget[] {
    const needs = routingNeeds(settings);
    return targetsFor(settings, {
      path: capture.path,
      provider: needs.provider ? this.providerOf(capture) : null,
      eventTypes: needs.eventTypes ? eventTypesOf(capture) : [],
    });
  }

  /**
   * Forward settings changed: captures up to `newestId` count as decided under the old settings
   * (they are not forwarded again after a restart), and queued deliveries are looked at again.
   */
  settingsChanged(newestId: number): void {
    this.decidedThrough = Math.max(this.decidedThrough ?? 0, newestId);
    this.scheduleWrite();
    this.resume();
  }

  /** Start (or continue) every lane with deliveries waiting: at start-up, and when settings change. */
  resume(): void {
    for (const targetId of this.options.queue.targets()) this.lane(targetId);
    this.pumpAll();
  }

  private pumpAll(): void {
    for (const lane of this.lanes.values()) this.pump(lane);
    this.checkIdle();
  }

  /** Resolves when nothing is waiting to be queued, queued or in flight (shutdown, tests). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stop starting sends (shutdown). What is queued stays queued for the next start. */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.flushWrites();
  }

  private scheduleWrite(): void {
    if (this.writeScheduled || this.stopped) return;
    this.writeScheduled = true;
    setImmediate(() => {
      this.writeScheduled = false;
      this.writeNow();
    });
  }

  private writeNow(): void {
    const writable = this.options.writable?.(() => this.writeNow()) ?? true;
    if (!writable) return;
    const queuedFor = new Set(this.toQueue.map((d) => d.targetId));
    if (!this.flushWrites()) return;
    for (const targetId of queuedFor) this.lane(targetId);
    this.pumpAll();
  }

  /** Write decided and finished deliveries; false (and a retry later) when the store refused. */
  private flushWrites(): boolean {
    const { queue } = this.options;
    try {
      if (this.toQueue.length > 0 || this.decidedThrough !== null) {
        queue.add(this.toQueue, this.decidedThrough);
        this.toQueue = [];
        this.decidedThrough = null;
      }
      if (this.finished.length > 0) {
        queue.remove(this.finished);
        this.finished = [];
      }
      this.options.onQueueWrite?.(null);
      return true;
    } catch (error) {
      this.options.onQueueWrite?.(error);
      if (!this.retryTimer && !this.stopped) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.writeNow();
        }, RETRY_WRITE_MS);
        this.retryTimer.unref();
      }
      return false;
    }
  }

  private lane(targetId: string): Lane {
    let lane = this.lanes.get(targetId);
    if (!lane) {
      lane = { targetId, buffer: [], lastSeq: 0, window: [] };
      this.lanes.set(targetId, lane);
    }
    return lane;
  }

  private pump(lane: Lane): void {
    const limit = this.options.window ?? 8;
    while (!this.stopped && lane.window.length < limit) {
      if (lane.buffer.length === 0) {
        const more = this.options.queue.next(lane.targetId, lane.lastSeq, READ_AHEAD);
        if (more.length === 0) break;
        lane.lastSeq = more.at(-1)!.seq;
        lane.buffer.push(...more);
      }
      const delivery = lane.buffer.shift()!;
      const slot = { seq: delivery.seq, done: false };
      lane.window.push(slot);
      this.inFlight++;
      void this.deliver(delivery).then((outcome) => {
        slot.done = true;
        while (lane.window[0]?.done) lane.window.shift();
        this.inFlight--;
        this.finished.push(delivery.seq);
        if (outcome) this.options.onOutcome(delivery.captureId, outcome);
        this.scheduleWrite();
        this.pump(lane);
        this.checkIdle();
      });
    }
  }

  /** One delivery; null when its capture no longer exists (cleared or evicted). Never rejects. */
  private async deliver(delivery: Delivery): Promise<SendOutcome | null> {
    // Read at send time: pausing or editing targets applies to what is still queued.
    const settings = this.options.settings();
    const target = settings.targets.find((t) => t.id === delivery.targetId);
    const notSent = (why: string): SendOutcome => ({
      targetId: delivery.targetId,
      url: target?.url ?? '',
      startedAt: new Date().toISOString(),
      latencyMs: null,
      durationMs: 0,
      response: null,
      error: { code: 'not_sent', message: `Not forwarded: ${why}.` },
    });
    if (settings.paused) return notSent('forwarding was paused before its turn came');
    if (!target?.enabled) return notSent('its forward target was removed or disabled before its turn came');
    let capture: ForwardableCapture | null;
    try {
      capture = this.options.load(delivery.captureId);
    } catch (error) {
      return notSent(`the capture could not be read (${(error as Error).message})`);
    }
    if (!capture) return null;
    const send = this.options.send ?? sendRequest;
    try {
      return await send(
        withHopHeader(buildOutgoing(capture, targetUrlFor(target.url, capture.path, target.pathMode))),
        {
          targetId: target.id,
          timeoutMs: this.options.timeoutMs,
          maxResponseBytes: this.options.maxResponseBytes,
        },
      );
    } catch (error) {
      return notSent(`sending failed (${(error as Error).message})`);
    }
  }

  private isIdle(): boolean {
    if (this.inFlight > 0 || this.toQueue.length > 0 || this.writeScheduled || this.finished.length > 0)
      return false;
    return [...this.lanes.values()].every((l) => l.buffer.length === 0 && l.window.length === 0);
  }

  private checkIdle(): void {
    if (this.idleWaiters.length && this.isIdle()) for (const w of this.idleWaiters.splice(0)) w();
  }

  private providerOf(capture: ForwardableCapture): string | null {
    if (this.options.providerOf) return this.options.providerOf(capture);
    return (
      signerOf({
        method: capture.method,
        path: capture.path,
        headers: capture.headers,
        body: capture.body,
        providerByPath: [],
      })?.provider ?? null
    );
  }
}
