// Runs derived work (analysis, search indexing) on the main thread without taking throughput
// from the receiver: work happens in slices of at most SLICE_MS; while requests are arriving,
// slices are spaced so background work gets at most ~1/(1+GAP/SLICE) of the loop; when the
// receiver is quiet it runs back to back and catches up.
/** One kind of background work; returns true when more of it remains. */
export type BackgroundStep = (deadline: number, receiverBusy: boolean) => boolean;

const SLICE_MS = 4;
const BUSY_GAP_MS = 46;
const BUSY_WINDOW_MS = 20;

export class BackgroundWork {
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly steps: BackgroundStep[],
    /** performance.now() of the receiver's last request. */
    private readonly lastActivity: () => number,
  ) {}

  /** There may be new work: make sure a slice is coming. */
  poke(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    if (this.busy()) setTimeout(() => this.slice(), BUSY_GAP_MS).unref();
    else setImmediate(() => this.slice());
  }

  private busy(): boolean {
    return performance.now() - this.lastActivity() < BUSY_WINDOW_MS;
  }

  /** Do everything pending right now (tests, shutdown). */
  drain(): void {
    for (const step of this.steps)
      while (step(Number.POSITIVE_INFINITY, false)) {
        // keep going until the step reports no more work
      }
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
  }
}
