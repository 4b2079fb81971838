// Watches the core's own event loop (the receiver's; in the desktop app also Electron's main
// process, where menus and IPC run). Any synchronous work longer than a few ms delays every
// request, so this is how "never stall" is checked in use: the worst delay of each window is kept
// for getStatus, and crossing the threshold (or coming back under it) is announced as an event
// the UI shows in the top bar.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { LoopDelay } from '@shared/types';

export interface LoopDelayMonitorOptions {
  /** Length of one measuring window. */
  windowMs?: number;
  /** A window whose longest delay reaches this is "stalled". */
  thresholdMs?: number;
  onChange?: (delay: LoopDelay) => void;
}

export class LoopDelayMonitor {
  private readonly histogram: ReturnType<typeof monitorEventLoopDelay>;
  private readonly timer: NodeJS.Timeout;
  private readonly thresholdMs: number;
  private last: LoopDelay;
  private worstMs = 0;

  constructor(private readonly options: LoopDelayMonitorOptions = {}) {
    this.thresholdMs = options.thresholdMs ?? 100;
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
    this.last = { p99Ms: 0, maxMs: 0, worstMs: 0, stalled: false, thresholdMs: this.thresholdMs };
    this.timer = setInterval(() => this.endWindow(), options.windowMs ?? 2000);
    this.timer.unref();
  }

  /** The last complete window, and the worst delay since start. */
  current(): LoopDelay {
    return this.last;
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private endWindow(): void {
    // The histogram counts from when a timer was due; the resolution itself is not a delay.
    const maxMs = Math.max(0, this.histogram.max / 1e6 - 10);
    const p99Ms = Math.max(0, this.histogram.percentile(99) / 1e6 - 10);
    this.histogram.reset();
    this.worstMs = Math.max(this.worstMs, maxMs);
    const stalled = maxMs >= this.thresholdMs;
    const changed = stalled !== this.last.stalled;
    this.last = {
      p99Ms: round(p99Ms),
      maxMs: round(maxMs),
      worstMs: round(this.worstMs),
      stalled,
      thresholdMs: this.thresholdMs,
    };
    if (changed || stalled) this.options.onChange?.(this.last);
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
