/** Milliseconds on CLOCK_MONOTONIC: comparable between processes on one machine, unlike performance.now(). */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
