import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepBackup, listBackups, readBackup } from '@/lib/files/backups';
import { MAX_BACKUPS_PER_FILE } from '@/lib/files/limits';
import { versionOf } from '@/lib/files/version';
import { cleanupTemp, tempDir } from './helpers';

afterEach(cleanupTemp);

describe('backups', () => {
  it('keeps the newest versions only, newest first, readable by id, private to Paddock’s user', async () => {
    const dataDir = tempDir();
    for (let i = 0; i < MAX_BACKUPS_PER_FILE + 3; i += 1) {
      const bytes = Buffer.from(`version ${i}`);
      await keepBackup(dataDir, 'config.yaml', bytes, versionOf(bytes, { mtimeMs: i }));
      // Distinct milliseconds, so the ids sort in the order they were kept.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const backups = await listBackups(dataDir, 'config.yaml');
    expect(backups).toHaveLength(MAX_BACKUPS_PER_FILE);
    expect((await readBackup(dataDir, 'config.yaml', backups[0]?.id ?? '')).toString()).toBe(`version ${MAX_BACKUPS_PER_FILE + 2}`);
    expect((await readBackup(dataDir, 'config.yaml', backups.at(-1)?.id ?? '')).toString()).toBe('version 3');
    const folder = path.dirname(path.join(dataDir, 'file-backups', fs.readdirSync(path.join(dataDir, 'file-backups'))[0] ?? '', 'x'));
    expect(fs.readFileSync(path.join(folder, 'path.txt'), 'utf8')).toBe('config.yaml\n');
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('keeps each file’s backups apart and refuses ids that are not backup ids', async () => {
    const dataDir = tempDir();
    const bytes = Buffer.from('a');
    await keepBackup(dataDir, 'SOUL.md', bytes, versionOf(bytes, { mtimeMs: 0 }));
    expect(await listBackups(dataDir, 'config.yaml')).toEqual([]);
    await expect(readBackup(dataDir, 'SOUL.md', '../../etc/passwd')).rejects.toThrow();
    await expect(readBackup(dataDir, 'SOUL.md', '20260101T000000000Z-deadbeef')).rejects.toMatchObject({ status: 404 });
  });
});
