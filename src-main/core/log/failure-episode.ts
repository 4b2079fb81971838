// A failure that repeats (a full disk under a burst of webhooks, a busy database) is logged once
// when it starts, with what to do, and once when it is over: thousands of identical lines would
// bury the advice and fill the very disk that is full.
import type { Logger } from './logger';

export class FailureEpisode {
  private failing = false;

  constructor(
    private readonly logger: Logger,
    /** What failed, e.g. "storing captures". */
    private readonly what: string,
    /** What the user can do about it. */
    private readonly advice: (message: string) => string,
  ) {}

  get active(): boolean {
    return this.failing;
  }

  failed(error: unknown): void {
    if (this.failing) return;
    this.failing = true;
    const message = error instanceof Error ? error.message : String(error);
    this.logger.error(`${this.what} failed: ${message}. ${this.advice(message)}`);
  }

  succeeded(): void {
    if (!this.failing) return;
    this.failing = false;
    this.logger.info(`${this.what} works again.`);
  }
}

/** Advice for an error coming from the capture database. */
export function storageAdvice(dataDir: string): (message: string) => string {
  return (message) =>
    /full|SQLITE_FULL|ENOSPC/i.test(message)
      ? `Free disk space where the data directory lives (${dataDir}); Hookscope retries by itself.`
      : /locked|busy/i.test(message)
        ? `Another program is holding the database in ${dataDir}; Hookscope retries by itself.`
        : `Check the data directory ${dataDir}; Hookscope retries by itself.`;
}
