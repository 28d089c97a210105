import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import { cleanupTemp, copyFixture } from '../hermes-home/helpers';

const config = vi.hoisted(() => ({ dataDir: '', hermesHome: undefined as string | undefined }));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

const { closeStores } = await import('@/lib/store/db');
const { readOutputIds } = await import('@/lib/store/review-reads');
const { listReviews } = await import('@/lib/reviews/inbox');
const { countUnreadReviews, getReview, markAllReviewsRead, markReviewRead, unreadBadgeCount } = await import('@/lib/reviews/review');

const FAILED = '50b370ec83f5/2026-11-23_08-00-41';
const NEWEST = 'd8fe129b0fd5/2026-11-23_09-00-34';
const SILENT = 'dcf4c3efe485/2026-11-16_09-10-36';
const DIGEST = 'd8fe129b0fd5/2026-11-23_09-00-34';

beforeEach(() => {
  config.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-data-'));
  config.hermesHome = copyFixture();
});
afterEach(() => {
  closeStores();
  fs.rmSync(config.dataDir, { recursive: true, force: true });
  cleanupTemp();
});

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('the reviews inbox', () => {
  it('lists runs newest first, counting answers and failures as unread but not silent runs', async () => {
    const list = await listReviews({ offset: 0, limit: 50 });
    expect(list.total).toBe(13);
    expect(list.unread).toBe(11);
    expect(list.items[0]?.id).toBe(NEWEST);
    const times = list.items.map((i) => i.runAt);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(list.items.filter((i) => !i.read)).toHaveLength(11);
    expect(list.items.find((i) => i.id === SILENT)).toMatchObject({ status: 'silent', read: true });
  });

  it('names every job with runs, a finished one-shot job from its run file', async () => {
    const { jobs } = await listReviews({ offset: 0, limit: 1 });
    expect(jobs).toContainEqual({ id: '50b370ec83f5', name: 'daily-review', runs: 7, unread: 7 });
    expect(jobs).toContainEqual({ id: '28cbdac8e68b', name: 'call flour supplier', runs: 1, unread: 1 });
    expect(jobs.find((j) => j.id === 'dcf4c3efe485')).toMatchObject({ runs: 3, unread: 1 });
  });

  it('filters by job and pages', async () => {
    const page = await listReviews({ job: 'd8fe129b0fd5', offset: 1, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.jobId)).toEqual(['d8fe129b0fd5']);
  });

  it('records silent runs as read the first time it counts, so later counts skip them', async () => {
    expect(readOutputIds([SILENT]).size).toBe(0);
    expect(await unreadBadgeCount()).toBe(11);
    expect(readOutputIds([SILENT]).size).toBe(1);
  });
});

describe('marking reviews read', () => {
  it('marks one run read and reports the count left', async () => {
    expect(await markReviewRead(DIGEST)).toEqual({ unread: 10 });
    expect((await getReview(DIGEST)).read).toBe(true);
    expect(await countUnreadReviews()).toEqual({ unread: 10 });
  });

  it('answers 404 for a run that does not exist and marks nothing', async () => {
    const error = await appError(markReviewRead('50b370ec83f5/2030-01-01_00-00-00'));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(readOutputIds(['50b370ec83f5/2030-01-01_00-00-00']).size).toBe(0);
    expect(await countUnreadReviews()).toEqual({ unread: 11 });
  });

  it('marks every run, or one job’s, read', async () => {
    expect(await markAllReviewsRead('d8fe129b0fd5')).toEqual({ marked: 2, unread: 9 });
    expect(await markAllReviewsRead()).toMatchObject({ unread: 0 });
    expect(await unreadBadgeCount()).toBe(0);
  });

  it('refuses to mark a job with no runs', async () => {
    expect(await appError(markAllReviewsRead('abcdefabcdef'))).toMatchObject({ code: 'not_found' });
  });
});

describe('one review', () => {
  it('keeps the error of a failed run and the prompt apart from the response', async () => {
    const review = await getReview(FAILED);
    expect(review).toMatchObject({ status: 'failed', response: null, read: false });
    expect(review.error).toMatch(/503/);
    expect(review.prompt).toMatch(/daily review/);
  });
});

describe('without HERMES_HOME', () => {
  it('says to set HERMES_HOME, and the badge shows nothing', async () => {
    config.hermesHome = undefined;
    const error = await appError(listReviews({ offset: 0, limit: 10 }));
    expect(error).toMatchObject({ code: 'feature_unavailable', status: 503 });
    expect(error.message).toMatch(/HERMES_HOME/);
    expect(await unreadBadgeCount()).toBeNull();
  });

  it('says what is wrong when HERMES_HOME points nowhere', async () => {
    config.hermesHome = path.join(os.tmpdir(), 'no-such-hermes-home-here');
    const error = await appError(getReview(DIGEST));
    expect(error).toMatchObject({ code: 'feature_unavailable' });
    expect(error.message).toMatch(/HERMES_HOME/);
  });
});
