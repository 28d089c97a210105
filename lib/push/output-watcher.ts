import fs from 'node:fs/promises';
import path from 'node:path';
import { listCronOutputIds } from '@/lib/hermes-home';

export interface CronOutputWatcherOptions {
  /** HERMES_HOME; runs are `cron/output/<job id>/<stamp>.md` under it. */
  home: string;
  /** Pause between the end of one scan and the start of the next (PUSH_POLL_MS). */
  pollMs: number;
  /** Called once per new run, oldest first, when its file has stopped growing. Errors are logged, not retried. */
  onRun: (id: string) => Promise<void>;
}

export interface CronOutputWatcher {
  /** Scans now (or joins the scan under way). The first scan only records the runs already there. */
  scan(): Promise<void>;
  /** Scans at once and then every pollMs until disposed. */
  start(): void;
  /** Stops scanning; a scan under way finishes but none follows. Idempotent. */
  dispose(): void;
}

/** "size:mtime" of a run file, or null when it vanished or cannot be read. */
async function signature(home: string, id: string): Promise<string | null> {
  try {
    const stat = await fs.lstat(path.join(home, 'cron', 'output', `${id}.md`));
    return stat.isFile() && stat.size > 0 ? `${stat.size}:${stat.mtimeMs}` : null;
  } catch {
    return null;
  }
}

/**
 * Notices new cron run files by listing cron/output on a timer. Polling, not fs.watch: HERMES_HOME is
 * often a bind or network mount where change events never arrive. A run counts as complete once its
 * size and mtime are the same on two scans in a row, so a file written in several steps is read once,
 * whole. Runs present at the first scan are never announced.
 */
export function createCronOutputWatcher({ home, pollMs, onRun }: CronOutputWatcherOptions): CronOutputWatcher {
  let known: Set<string> | undefined;
  /** New runs seen on the last scan, with their signature then. */
  let pending = new Map<string, string>();
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let disposed = false;
  let started = false;
  // An unreadable cron/output fails every scan; say so when it starts failing, not every few seconds.
  let lastFailure = '';

  async function scanOnce(): Promise<void> {
    const ids = await listCronOutputIds({ home });
    if (!known) {
      known = new Set(ids);
      return;
    }
    const present = new Set(ids);
    // Deleted runs leave the bookkeeping, so it stays as large as cron/output and no larger.
    for (const id of known) if (!present.has(id)) known.delete(id);
    const nextPending = new Map<string, string>();
    const ready: string[] = [];
    for (const id of ids.filter((i) => !known?.has(i)).reverse()) {
      const sig = await signature(home, id);
      if (sig === null) continue;
      if (pending.get(id) === sig) ready.push(id);
      else nextPending.set(id, sig);
    }
    pending = nextPending;
    for (const id of ready) {
      known.add(id);
      await onRun(id).catch((error: unknown) => console.error(`[paddock] announcing run ${id} failed`, error));
    }
  }

  function scan(): Promise<void> {
    running ??= scanOnce()
      .then(() => {
        lastFailure = '';
      })
      .catch((error: unknown) => {
        const failure = error instanceof Error ? error.message : String(error);
        if (failure !== lastFailure) console.error('[paddock] scanning cron/output for new runs failed', error);
        lastFailure = failure;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  function loop(): void {
    if (disposed) return;
    void scan().then(() => {
      if (disposed) return;
      timer = setTimeout(loop, pollMs);
      // The watcher never keeps the process alive on its own.
      timer.unref();
    });
  }

  return {
    scan,
    start() {
      if (started) return;
      started = true;
      loop();
    },
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
