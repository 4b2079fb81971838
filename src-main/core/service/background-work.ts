// Runs derived work (analysis, re-verification, search indexing, checkpoint requests) on the main
// thread without taking throughput from the receiver. Work happens in slices of at most SLICE_MS.
// While requests keep arriving, slices are spaced out:
//   - during a burst (behind for less than MAX_LAG_MS) at ~2 % of the loop: acknowledgements first,
//     verdicts and search catch up a moment later;
//   - if the burst goes on, at ~8 %, so derived data never falls more than about that far behind
//     for long.
// When the receiver is quiet, slices run back to back and catch up.
/** One kind of background work; returns true when more of it remains. */
export type BackgroundStep = (deadline: number, receiverBusy: boolean) => boolean;

const SLICE_MS = 4;
const BURST_GAP_MS = 196;
const SUSTAINED_GAP_MS = 46;
const MAX_LAG_MS = 10_000;
const BUSY_WINDOW_MS = 20;

export class BackgroundWork {
  private scheduled = false;
  private stopped = false;
  /** Since when work has been pending (reset whenever every step reports "nothing left"). */
  private behindSince = performance.now();
  private caughtUp = true;

  constructor(
    private readonly steps: BackgroundStep[],
    /** performance.now() of the receiver's last request. */
    private readonly lastActivity: () => number,
  ) {}

  /** There may be new work: make sure a slice is coming. */
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
    for (const step of this.steps) {
      if (performance.now() >= deadline) {
        more = true;
        break;
      }
      more = step(deadline, busy) || more;
    }
    if (more) this.poke();
    else this.caughtUp = true;
  }
}
