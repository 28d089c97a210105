export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 60_000;
const MAX_TRACKED_CLIENTS = 10_000;

export interface RateLimitVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

interface Bucket {
  failures: number;
  windowStart: number;
}

/** Counts failed attempts per client key in a fixed window; memory is bounded by evicting the oldest keys. */
export class FailureRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly maxFailures = LOGIN_MAX_FAILURES,
    private readonly windowMs = LOGIN_WINDOW_MS,
  ) {}

  check(key: string, now = Date.now()): RateLimitVerdict {
    const bucket = this.current(key, now);
    if (!bucket || bucket.failures < this.maxFailures) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.windowStart + this.windowMs - now) / 1000)) };
  }

  recordFailure(key: string, now = Date.now()): void {
    const bucket = this.current(key, now) ?? { failures: 0, windowStart: now };
    bucket.failures += 1;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_TRACKED_CLIENTS) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }

  reset(key: string): void {
    this.buckets.delete(key);
  }

  private current(key: string, now: number): Bucket | undefined {
    const bucket = this.buckets.get(key);
    if (bucket && now - bucket.windowStart >= this.windowMs) {
      this.buckets.delete(key);
      return undefined;
    }
    return bucket;
  }
}
