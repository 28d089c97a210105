import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webPush, { type PushSubscription, type RequestOptions } from 'web-push';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PushMessage } from '@/lib/push/message';
import { cleanupTemp, copyFixture } from '../hermes-home/helpers';

const config = vi.hoisted(() => ({ dataDir: '', hermesHome: undefined as string | undefined }));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

const { closeStores } = await import('@/lib/store/db');
const { listPushSubscriptions, savePushSubscription } = await import('@/lib/store/push-subscriptions');
const { setJobMuted } = await import('@/lib/store/push-muted-jobs');
const { unreadReviewIds } = await import('@/lib/reviews/unread');
const { createCronOutputWatcher } = await import('@/lib/push/output-watcher');
const { createReviewNotifier } = await import('@/lib/push/review-notifier');
const { createPushSender } = await import('@/lib/push/sender');
const { ensureVapidKeys } = await import('@/lib/push/vapid-keys');

const DAILY = '50b370ec83f5';
const HEARTBEAT = 'dcf4c3efe485';
const PHONE = { endpoint: 'https://push.example/phone', p256dh: 'p', auth: 'a', device: 'iPhone · Safari' };
const MAC = { endpoint: 'https://push.example/mac', p256dh: 'p', auth: 'a', device: 'Mac · Chrome' };

interface Sent {
  endpoint: string;
  message: PushMessage;
  options: RequestOptions;
}

let home: string;
let sent: Sent[];
/** Endpoints the fake push service answers 410 Gone for. */
let gone: Set<string>;

function transport(sub: PushSubscription, payload: string, options: RequestOptions) {
  if (gone.has(sub.endpoint)) return Promise.reject(new webPush.WebPushError('Received unexpected response code', 410, {}, '', sub.endpoint));
  sent.push({ endpoint: sub.endpoint, message: JSON.parse(payload) as PushMessage, options });
  return Promise.resolve({ statusCode: 201, body: '', headers: {} });
}

function watcher() {
  const sender = createPushSender({ keys: ensureVapidKeys(config.dataDir), contact: 'mailto:me@example.com', transport });
  return createCronOutputWatcher({ home, pollMs: 60_000, onRun: createReviewNotifier(home, sender) });
}

function runFile(jobId: string, stamp: string): string {
  return path.join(home, 'cron', 'output', jobId, `${stamp}.md`);
}

function header(name: string, jobId: string): string {
  return `# Cron Job: ${name}\n\n**Job ID:** ${jobId}\n**Run Time:** 2026-11-24 08:00:33\n**Schedule:** 0 8 * * *\n\n## Prompt\n\nWrite the review.\n\n`;
}

function writeRun(jobId: string, stamp: string, text: string): void {
  fs.mkdirSync(path.dirname(runFile(jobId, stamp)), { recursive: true });
  fs.writeFileSync(runFile(jobId, stamp), text);
}

/** Two scans: the first sees the new file, the second finds its size unchanged and announces it. */
async function settle(w: ReturnType<typeof watcher>): Promise<void> {
  await w.scan();
  await w.scan();
}

beforeEach(() => {
  config.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-data-'));
  home = copyFixture();
  config.hermesHome = home;
  sent = [];
  gone = new Set();
  savePushSubscription(PHONE);
});
afterEach(() => {
  vi.useRealTimers();
  closeStores();
  fs.rmSync(config.dataDir, { recursive: true, force: true });
  cleanupTemp();
});

describe('the cron output watcher with the review notifier', () => {
  it('announces a new run once and never the runs that were there at start', async () => {
    const w = watcher();
    await w.scan();
    await settle(w);
    expect(sent).toEqual([]);
    const unreadBefore = (await unreadReviewIds(home)).length;
    writeRun(DAILY, '2026-11-24_08-00-33', `${header('daily-review', DAILY)}## Response\n\n# Review for Monday\n\nSales were fine.\n`);
    await settle(w);
    await settle(w);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.endpoint).toBe(PHONE.endpoint);
    expect(sent[0]?.message).toEqual({
      title: 'daily-review is ready',
      body: 'Review for Monday',
      url: `/reviews/${DAILY}/2026-11-24_08-00-33`,
      tag: `review-${DAILY}/2026-11-24_08-00-33`,
      unread: unreadBefore + 1,
    });
    expect(sent[0]?.options.vapidDetails?.subject).toBe('mailto:me@example.com');
  });

  it('waits until a file written in several steps has stopped growing, then reads it whole', async () => {
    const w = watcher();
    await w.scan();
    writeRun(DAILY, '2026-11-24_08-00-33', header('daily-review', DAILY));
    await w.scan();
    fs.appendFileSync(runFile(DAILY, '2026-11-24_08-00-33'), '## Response\n\nThe whole review.\n');
    await w.scan();
    expect(sent).toEqual([]);
    await w.scan();
    expect(sent.map((s) => s.message.body)).toEqual(['The whole review.']);
  });

  it('says when a run failed', async () => {
    const w = watcher();
    await w.scan();
    writeRun(DAILY, '2026-11-24_08-00-33', `# Cron Job: daily-review (FAILED)\n\n**Job ID:** ${DAILY}\n\n## Prompt\n\nx\n\n## Error\n\n\`\`\`\nTimeoutError: no answer\n\`\`\`\n`);
    await settle(w);
    expect(sent.map((s) => [s.message.title, s.message.body])).toEqual([['daily-review failed', 'TimeoutError: no answer']]);
  });

  it('sends nothing for a silent run', async () => {
    const w = watcher();
    await w.scan();
    writeRun(HEARTBEAT, '2026-11-24_08-00-33', `${header('heartbeat', HEARTBEAT)}## Response\n\n[SILENT]\n`);
    await settle(w);
    expect(sent).toEqual([]);
  });

  it('sends nothing for a job whose notifications are off, and still for the others', async () => {
    setJobMuted(DAILY, true);
    const w = watcher();
    await w.scan();
    writeRun(DAILY, '2026-11-24_08-00-33', `${header('daily-review', DAILY)}## Response\n\nMuted review.\n`);
    writeRun(HEARTBEAT, '2026-11-24_08-00-34', `${header('heartbeat', HEARTBEAT)}## Response\n\nThe printer is offline.\n`);
    await settle(w);
    expect(sent.map((s) => s.message.title)).toEqual(['heartbeat is ready']);
  });

  it('deletes a subscription the push service answers 410 for, and still reaches the other devices', async () => {
    savePushSubscription(MAC);
    gone.add(PHONE.endpoint);
    const w = watcher();
    await w.scan();
    writeRun(DAILY, '2026-11-24_08-00-33', `${header('daily-review', DAILY)}## Response\n\nReady.\n`);
    await settle(w);
    expect(sent.map((s) => s.endpoint)).toEqual([MAC.endpoint]);
    expect(listPushSubscriptions().map((s) => s.endpoint)).toEqual([MAC.endpoint]);
  });

  it('announces runs in a job directory created after the start', async () => {
    const w = watcher();
    await w.scan();
    writeRun('abcdef123456', '2026-11-24_08-00-33', `${header('brand-new', 'abcdef123456')}## Response\n\nFirst run.\n`);
    await settle(w);
    expect(sent.map((s) => s.message.title)).toEqual(['brand-new is ready']);
  });

  it('leaves no timer behind once disposed, however often dispose is called', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const w = watcher();
    w.start();
    w.start();
    await w.scan();
    expect(vi.getTimerCount()).toBe(1);
    w.dispose();
    w.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
