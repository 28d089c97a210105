import { fmt, quantile } from './stats';

export interface Timing {
  first: number;
  median: number;
  p95: number;
}

/**
 * Runs `run` once untimed-as-sample (reported as `first`), then `runs` times for median and p95.
 * `reset` runs once before the first call, `before` before every call, both outside the clock.
 */
export async function time(run: () => Promise<unknown>, runs: number, hooks: { reset?: () => void; before?: () => void } = {}): Promise<Timing> {
  hooks.reset?.();
  const samples: number[] = [];
  let first = Number.NaN;
  for (let i = 0; i < runs + 1; i++) {
    hooks.before?.();
    const t0 = performance.now();
    await run();
    const ms = performance.now() - t0;
    if (i === 0) first = ms;
    else samples.push(ms);
  }
  return { first, median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

/** Pads to a terminal width, counting CJK characters as two columns. */
function pad(label: string, width: number): string {
  const columns = Array.from(label).reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  return label + ' '.repeat(Math.max(1, width - columns));
}

/** One result line: first call, median, p95, and whether the median meets the target. */
export function line(label: string, t: Timing, target: number | null): string {
  const verdict = target === null ? '' : t.median <= target ? `  ✓ under ${target} ms` : `  ✗ over ${target} ms`;
  return `${pad(label, 46)}first ${fmt(t.first).padStart(12)}  median ${fmt(t.median).padStart(12)}  p95 ${fmt(t.p95).padStart(12)}${verdict}`;
}
