// Runs derived work (analysis, re-verification, search indexing, checkpoint requests) on the main
// thread without taking throughput from the receiver. Work happens in slices of at most SLICE_MS.
// While requests keep arriving, slices are spaced out:
//   - during a burst (behind for less than MAX_LAG_MS) at ~2 % of the loop: acknowledgements first,
//     verdicts and search catch up a moment later;
//   - if the burst goes on, at ~8 %, so derived data never falls more than about that far behind
//     for long.
// When the receiver is quiet, slices run back to back and catch up.
// A step that throws (disk full, database busy) pauses all background work: the error is reported,
// nothing escapes into a timer, and the slice is retried after a growing wait (1 s … 30 s) until it
// succeeds. Steps must leave their queues intact when they throw so the retry redoes the work.
/** One kind of background work; returns true when more of it remains. */
export type BackgroundStep = (deadline: number, receiverBusy: boolean) => boolean;

const SLICE_MS = 4;
const BURST_GAP_MS = 196;
const SUSTAINED_GAP_MS = 46;
const MAX_LAG_MS = 10_000;
const BUSY_WINDOW_MS = 20;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export interface BackgroundErrors {
  /** A step threw; work is paused and retried later. */
  failed(error: unknown): void;
  /** A slice succeeded after a failure. */
  recovered(): void;
}

export class BackgroundWork {
  private scheduled = false;
  private stopped = false;
  /** Since when work has been pending (reset whenever every step reports "nothing left"). */
  private behindSince = performance.now();
  private caughtUp = true;
  /** Wait before the next retry while a step keeps failing; 0 when healthy. */
  private retryMs = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly steps: BackgroundStep[],
    /** performance.now() of the receiver's last request. */
    private readonly lastActivity: () => number,
    private readonly errors: BackgroundErrors = { failed() {}, recovered() {} },
  ) {}

  /** True while a failing step keeps background work paused. */
  get paused(): boolean {
    return this.retryMs > 0;
  }

  /**
   * The store just wrote successfully (a capture was committed): whatever paused background work
   * is probably over, so retry now instead of waiting out the backoff.
   */
  retrySoon(): void {
    // Not paused, or the retry is already on its way.
    if (this.retryMs === 0 || this.stopped || this.retryTimer === undefined) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    setImmediate(() => this.slice());
  }

  /** There may be new work: make sure a slice is coming (while paused, the retry timer is). */
  poke(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    if (this.caughtUp) {
      this.caughtUp = false;
      this.behindSince = performance.now();
    }
    if (this.busy()) {
      const behindFor = performance.now() - this.behindSince;
      setTimeout(() => this.slice(), behindFor < MAX_LAG_MS ? BURST_GAP_MS : SUSTAINED_GAP_MS).unref();
    } else {
      setImmediate(() => this.slice());
    }
  }

  private busy(): boolean {
    return performance.now() - this.lastActivity() < BUSY_WINDOW_MS;
  }

  stop(): void {
    this.stopped = true;
  }

  private slice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const deadline = performance.now() + SLICE_MS;
    const busy = this.busy();
    let more = false;
    try {
      for (const step of this.steps) {
        if (performance.now() >= deadline) {
          more = true;
          break;
        }
        more = step(deadline, busy) || more;
      }
    } catch (error) {
      this.retryMs = this.retryMs === 0 ? FIRST_RETRY_MS : Math.min(this.retryMs * 2, MAX_RETRY_MS);
      this.errors.failed(error);
      this.scheduled = true;
      this.retryTimer = setTimeout(() => this.slice(), this.retryMs).unref();
      return;
    }
    if (this.retryMs > 0) {
      this.retryMs = 0;
      this.errors.recovered();
    }
    if (more) this.poke();
    else this.caughtUp = true;
  }
}
