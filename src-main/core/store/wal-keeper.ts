// Keeps the write-ahead log small while the app runs. SQLite only starts the WAL over when every
// frame is already in the database file at the moment a writer begins; the main connection has
// automatic checkpoints off (they would run on the receiver's loop), so without this the WAL
// grows for as long as the app runs.
//
// - While captures are committed, a PASSIVE checkpoint runs on the worker at least every
//   `intervalMs` (sooner after `eagerBytes` of new rows). It never blocks the main connection.
// - Under steady writes a passive checkpoint never quite catches the last frames, so the WAL would
//   never start over. Once the WAL is past `restartAtBytes` and the frames still missing are few
//   (`finishBytes`), the main connection holds its commits back for the moment a RESTART takes
//   (a short copy and an fsync, off the loop) and the WAL starts over (journal_size_limit trims it).
//   Every capture arriving during that moment waits for the fsync (and for a reader the RESTART
//   must outlast), so while captures keep coming the RESTART waits for a pause of `quietMs`
//   between them (webhooks come in bursts), for at most `restartPatienceMs`; only a stream with
//   no such pause is held at an arbitrary moment.
//   If the disk cannot keep up and the WAL reaches `maxBytes` anyway, commits are held at once
//   and the RESTART happens whatever is left to copy: acknowledgements wait for the disk, but the
//   WAL stays bounded.
// - When no capture arrived for `idleMs`, a TRUNCATE empties the WAL file. Background writes
//   (analysis, index, compression) do not count as activity: they may go on for minutes after a
//   burst, and the WAL is truncated again after each round of them while no capture arrives.
// Commits are held back rather than left to wait on SQLite's busy handler: that wait would block
// the receiver's loop, while held-back commits only delay their acknowledgements.
import type { Checkpointer, CheckpointMode, CheckpointResult } from './checkpointer';

export interface WalPolicy {
  intervalMs: number;
  idleMs: number;
  eagerBytes: number;
  restartAtBytes: number;
  finishBytes: number;
  maxBytes: number;
  /** A pause between captures this long lets a RESTART hold commits without anyone waiting. */
  quietMs: number;
  /** How long a due RESTART waits for such a pause before holding commits anyway. */
  restartPatienceMs: number;
}

export const DEFAULT_WAL_POLICY: WalPolicy = {
  intervalMs: 1000,
  idleMs: 2000,
  eagerBytes: 8 * 1024 * 1024,
  restartAtBytes: 16 * 1024 * 1024,
  finishBytes: 4 * 1024 * 1024,
  maxBytes: 48 * 1024 * 1024,
  quietMs: 50,
  restartPatienceMs: 2000,
};

/** How long a RESTART/TRUNCATE waits for a reader (an export page) before giving up for now. */
const HOLD_BUSY_MS = 100;

export interface WriteGate {
  /** Stop starting write transactions (pending inserts wait). */
  hold(): void;
  /** Start them again and commit what waited. */
  release(): void;
}

export class WalKeeper {
  private readonly policy: WalPolicy;
  private readonly timer: NodeJS.Timeout;
  private dirty = false;
  private truncated = true;
  /** performance.now() of the last commit of captures (background writes do not count). */
  private lastCaptureAt = 0;
  private bytesSinceCycle = 0;
  private cycling = false;
  private closed = false;
  /** The WAL reached maxBytes: commits are held until a RESTART has run. */
  private overLimit = false;
  /** performance.now() since when a RESTART has been due, waiting for a pause in captures. */
  private restartDueSince: number | null = null;
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly checkpointer: Checkpointer,
    private readonly gate: WriteGate,
    private readonly frameBytes: number,
    /** The WAL file's size now (bytes). */
    private readonly walSize: () => number,
    policy: Partial<WalPolicy> = {},
  ) {
    this.policy = { ...DEFAULT_WAL_POLICY, ...policy };
    this.timer = setInterval(() => void this.cycle(), this.policy.intervalMs);
    this.timer.unref();
  }

  /**
   * A write transaction committed `bytes` of new rows (an estimate is fine); `captures` is false
   * for background writes, which keep the WAL checkpointed but do not postpone the idle truncate.
   */
  noteCommit(bytes: number, captures = true): void {
    this.dirty = true;
    this.truncated = false;
    if (captures) this.lastCaptureAt = performance.now();
    this.bytesSinceCycle += bytes;
    if (!this.overLimit && this.walSize() >= this.policy.maxBytes) {
      this.overLimit = true;
      this.gate.hold();
    }
    if (this.overLimit || this.bytesSinceCycle >= this.policy.eagerBytes) void this.cycle();
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    clearTimeout(this.restartTimer);
  }

  private async cycle(): Promise<void> {
    if (this.cycling || this.closed) return;
    this.cycling = true;
    let again = false;
    let restartDue = false;
    try {
      const idle = performance.now() - this.lastCaptureAt >= this.policy.idleMs;
      if (idle && !this.truncated) {
        // Also while background work is still writing: a TRUNCATE folds in what it wrote so far.
        this.dirty = false;
        this.bytesSinceCycle = 0;
        const result = await this.withWritesHeld('TRUNCATE');
        if (result?.ok && !result.busy && !this.dirty) this.truncated = true;
      } else if (this.dirty) {
        this.dirty = false;
        this.bytesSinceCycle = 0;
        const result = (await this.checkpointer.checkpoint('PASSIVE')) ?? { ok: false };
        const walBytes = (result.log ?? 0) * this.frameBytes;
        const missingBytes = ((result.log ?? 0) - (result.checkpointed ?? 0)) * this.frameBytes;
        if (result.ok && !this.closed && walBytes >= this.policy.restartAtBytes) {
          if (walBytes >= this.policy.maxBytes) await this.withWritesHeld('RESTART');
          else if (missingBytes <= this.policy.finishBytes) restartDue = true;
          // Still far behind: another passive round at once (each one is shorter).
          else again = true;
        }
      }
      // Held because the WAL hit its limit while this cycle ran: start it over now.
      if (this.overLimit && !this.closed) await this.withWritesHeld('RESTART');
    } finally {
      this.cycling = false;
      // Never leave commits held (a failed checkpoint is reported through onError).
      if (this.overLimit) {
        this.overLimit = false;
        this.gate.release();
      }
    }
    if (again) {
      this.dirty = true;
      setImmediate(() => void this.cycle());
    }
    if (restartDue) this.restartWhenQuiet();
  }

  /**
   * Run the due RESTART at the first pause of `quietMs` in captures (at once if there is one now),
   * or when `restartPatienceMs` have passed without one.
   */
  private restartWhenQuiet(): void {
    clearTimeout(this.restartTimer);
    if (this.closed) return;
    const now = performance.now();
    this.restartDueSince ??= now;
    const quietAt = this.lastCaptureAt + this.policy.quietMs;
    const giveUpAt = this.restartDueSince + this.policy.restartPatienceMs;
    // Not yet; or a checkpoint is under way: look again when that may have changed.
    const wait = this.cycling ? this.policy.quietMs : Math.min(quietAt, giveUpAt) - now;
    if (wait > 0) {
      this.restartTimer = setTimeout(() => this.restartWhenQuiet(), wait);
      this.restartTimer.unref();
      return;
    }
    this.cycling = true;
    void this.withWritesHeld('RESTART').finally(() => (this.cycling = false));
  }

  private async withWritesHeld(mode: CheckpointMode): Promise<CheckpointResult | null> {
    // Whichever RESTART or TRUNCATE runs first starts the WAL over: a due one is no longer due.
    clearTimeout(this.restartTimer);
    this.restartDueSince = null;
    this.gate.hold();
    try {
      return await this.checkpointer.checkpoint(mode, HOLD_BUSY_MS);
    } finally {
      this.overLimit = false;
      this.gate.release();
    }
  }
}
