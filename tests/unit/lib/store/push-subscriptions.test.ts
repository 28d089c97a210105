import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const config = vi.hoisted(() => ({ dataDir: '' }));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

const { closeStores } = await import('@/lib/store/db');
const { findPushSubscription, listPushSubscriptions, removePushSubscription, savePushSubscription } = await import('@/lib/store/push-subscriptions');
const { mutedJobIds, setJobMuted } = await import('@/lib/store/push-muted-jobs');

const PHONE = { endpoint: 'https://push.example/phone', p256dh: 'key-1', auth: 'auth-1', device: 'iPhone · Safari' };
const MAC = { endpoint: 'https://push.example/mac', p256dh: 'key-2', auth: 'auth-2', device: 'Mac · Chrome' };

beforeEach(() => {
  config.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-store-'));
});
afterEach(() => {
  closeStores();
  fs.rmSync(config.dataDir, { recursive: true, force: true });
});

describe('push subscriptions', () => {
  it('stores one row per device endpoint', () => {
    expect(savePushSubscription(PHONE, 1000)).toBe(true);
    expect(savePushSubscription(MAC, 2000)).toBe(true);
    expect(listPushSubscriptions().map((s) => s.device)).toEqual(['iPhone · Safari', 'Mac · Chrome']);
  });

  it('updates the keys when the same endpoint subscribes again, keeping when it was first stored', () => {
    savePushSubscription(PHONE, 1000);
    expect(savePushSubscription({ ...PHONE, p256dh: 'key-new', auth: 'auth-new' }, 5000)).toBe(false);
    expect(listPushSubscriptions()).toEqual([{ ...PHONE, p256dh: 'key-new', auth: 'auth-new', createdAt: 1000, updatedAt: 5000 }]);
  });

  it('removes one subscription and says whether it was there', () => {
    savePushSubscription(PHONE);
    savePushSubscription(MAC);
    expect(removePushSubscription(PHONE.endpoint)).toBe(true);
    expect(removePushSubscription(PHONE.endpoint)).toBe(false);
    expect(findPushSubscription(PHONE.endpoint)).toBeUndefined();
    expect(findPushSubscription(MAC.endpoint)?.device).toBe('Mac · Chrome');
  });
});

describe('muted jobs', () => {
  it('lets every job notify until it is muted, and unmutes it again', () => {
    expect(mutedJobIds().size).toBe(0);
    setJobMuted('abc123', true);
    setJobMuted('abc123', true);
    setJobMuted('def456', true);
    expect(mutedJobIds()).toEqual(new Set(['abc123', 'def456']));
    setJobMuted('abc123', false);
    expect(mutedJobIds()).toEqual(new Set(['def456']));
  });
});
