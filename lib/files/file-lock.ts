const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task for the same `key` has finished, so two saves of one file
 * from Paddock never interleave their check-then-replace. The agent is another process and is
 * handled by the version check instead.
 */
export async function withFileLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}
