// Delay before reconnect attempt n (1-based): exponential, capped, with jitter so that many agents
// dropped by the same outage do not all come back in the same second.

export type Backoff = (attempt: number) => number;

export interface ExponentialBackoffOptions {
  initialMs?: number;
  factor?: number;
  maxMs?: number;
  /** Fraction of the delay added or removed at random: 0.2 means ±20 %. */
  jitter?: number;
  random?: () => number;
}

export function exponentialBackoff(options: ExponentialBackoffOptions = {}): Backoff {
  const { initialMs = 2_000, factor = 2, maxMs = 60_000, jitter = 0.2, random = Math.random } = options;
  return (attempt) => {
    const base = Math.min(maxMs, initialMs * factor ** Math.max(0, attempt - 1));
    const spread = base * jitter * (random() * 2 - 1);
    return Math.max(0, Math.round(Math.min(maxMs, base + spread)));
  };
}
