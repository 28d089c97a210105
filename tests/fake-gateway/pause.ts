/**
 * Waits `ms`, or less if `signal` aborts first (the client went away or the fake is closing), so
 * no timer outlives the request it belongs to. Resolves either way; callers re-check the request.
 */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
