import type { Config } from '@/lib/config';
import { openStore } from '@/lib/store/db';
import { createCronOutputWatcher } from './output-watcher';
import { createReviewNotifier } from './review-notifier';
import { createPushSender } from './sender';
import { ensureVapidKeys } from './vapid-keys';

export interface PushService {
  /** Stops watching for new runs. Idempotent. */
  dispose(): void;
}

/**
 * Starts push for this process: makes sure the VAPID keys exist, and with HERMES_HOME set, watches
 * cron/output and notifies subscribed devices of each new run. Called by server/ before it listens.
 */
export function startPushService(config: Config): PushService {
  const keys = ensureVapidKeys(config.dataDir);
  const home = config.hermesHome;
  if (!home) return { dispose: () => undefined };
  // Opened now, before Next serves anything: the first open in a process marks chat answers that were
  // streaming as cut by a restart, which must never happen while this process is streaming one.
  openStore(config.dataDir);
  const sender = createPushSender({ keys, contact: config.push.contact });
  const watcher = createCronOutputWatcher({ home, pollMs: config.push.pollMs, onRun: createReviewNotifier(home, sender) });
  watcher.start();
  return { dispose: () => watcher.dispose() };
}
