// How many body bytes the receiver may hold in memory at once, over all requests in flight. Without
// it, 40 uploads of 24 MB took the process past 1.3 GB. A large body reserves its declared length
// before a byte is read (all or nothing, so concurrent uploads do not each get half-way and all
// fail); when the budget is spent the receiver answers 503 with Retry-After and records it.
// Bodies up to SMALL_BODY_BYTES never wait on the budget: ordinary webhooks are never refused
// because someone is uploading something huge.

export const DEFAULT_IN_FLIGHT_BYTES = 256 * 1024 * 1024;
export const SMALL_BODY_BYTES = 256 * 1024;

export class BodyBudget {
  private inUse = 0;

  constructor(readonly limitBytes: number = DEFAULT_IN_FLIGHT_BYTES) {}

  /** Take `bytes` from the budget; false (and nothing taken) when they do not fit. */
  take(bytes: number): boolean {
    if (bytes <= 0) return true;
    if (this.inUse + bytes > this.limitBytes) return false;
    this.inUse += bytes;
    return true;
  }

  release(bytes: number): void {
    this.inUse = Math.max(0, this.inUse - bytes);
  }

  get bytesInUse(): number {
    return this.inUse;
  }
}
