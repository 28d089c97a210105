import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const config = vi.hoisted(() => ({ dataDir: '' }));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

afterEach(async () => {
  (await import('@/lib/store/db')).closeStores();
  if (config.dataDir) fs.rmSync(config.dataDir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('shares one connection between copies of the module, so a second copy never reruns the restart clean-up', async () => {
    config.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-store-'));
    const first = await import('@/lib/store/db');
    const db = first.openStore();
    db.prepare("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c', 't', 1, 1)").run();
    db.prepare("INSERT INTO chat_messages (id, conversation_id, role, text, image_ids, status, created_at) VALUES ('m', 'c', 'assistant', '', '[]', 'streaming', 1)").run();

    // A bundle of its own (Next's, beside the server's) is a fresh copy of the module.
    vi.resetModules();
    const second = await import('@/lib/store/db');
    expect(second).not.toBe(first);
    expect(second.openStore()).toBe(db);
    expect(db.prepare("SELECT status FROM chat_messages WHERE id = 'm'").pluck().get()).toBe('streaming');
  });
});
