export const RECONNECT_BASE_MS = 500;
export const RECONNECT_MAX_MS = 10_000;

/** Delay before reconnect attempt `attempt` (0-based): doubling from 0.5 s up to 10 s, with jitter so tabs do not retry in step. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}
