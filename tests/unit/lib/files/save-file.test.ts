import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '@/lib/files/backups';
import { FilesError } from '@/lib/files/files-error';
import { readFileDoc } from '@/lib/files/read-file';
import { listFileBackups, readFileBackup, restoreFileBackup } from '@/lib/files/restore-backup';
import { saveFile } from '@/lib/files/save-file';
import type { ConflictDetails, FileVersion, SyntaxDetails } from '@/lib/files/types';
import { AppError } from '@/lib/http/app-error';
import { cleanupTemp, makeContext } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  cleanupTemp();
});

const CONFIG = 'model:\n  default: fake-model\n  provider: custom\n';

async function loaded(ctx: ReturnType<typeof makeContext>, rel: string): Promise<FileVersion> {
  const doc = await readFileDoc(rel, ctx);
  if (!doc.version) throw new Error('no version');
  return doc.version;
}

async function failure(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('it succeeded');
}

function tempLeftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.includes('.paddock-'));
}

describe('saveFile', () => {
  it('replaces the file atomically, keeps its permissions and the previous version as a backup', async () => {
    const ctx = makeContext({ 'config.yaml': CONFIG });
    const file = path.join(ctx.root, 'config.yaml');
    fs.chmodSync(file, 0o640);
    const inodeBefore = fs.statSync(file).ino;
    const base = await loaded(ctx, 'config.yaml');
    const next = CONFIG.replace('fake-model', 'better-model');

    const saved = await saveFile({ path: 'config.yaml', content: next, base }, ctx);

    expect(fs.readFileSync(file, 'utf8')).toBe(next);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    // A new inode: the file was renamed into place, not rewritten in place.
    expect(fs.statSync(file).ino).not.toBe(inodeBefore);
    expect(tempLeftovers(ctx.root)).toEqual([]);
    expect(saved.version.sha256).not.toBe(base.sha256);
    expect(saved.backup).toMatchObject({ size: CONFIG.length, sha256: base.sha256 });
    const backups = await listFileBackups('config.yaml', ctx);
    expect(backups.map((b) => b.id)).toEqual([saved.backup?.id]);
    expect((await readFileBackup('config.yaml', backups[0]?.id ?? '', ctx)).content).toBe(CONFIG);
  });

  it('refuses with 409 and the current text when the file changed since it was loaded, and writes nothing', async () => {
    const ctx = makeContext({ 'memories/MEMORY.md': 'first' });
    const base = await loaded(ctx, 'memories/MEMORY.md');
    fs.writeFileSync(path.join(ctx.root, 'memories/MEMORY.md'), 'first\n§\nthe agent wrote this');

    const error = await failure(saveFile({ path: 'memories/MEMORY.md', content: 'mine', base }, ctx));

    expect(error.status).toBe(409);
    expect(error).toBeInstanceOf(FilesError);
    const body = (error as FilesError<ConflictDetails>).toBody();
    expect(body.code).toBe('conflict');
    expect(body.current.content).toBe('first\n§\nthe agent wrote this');
    expect(body.current.version.sha256).not.toBe(base.sha256);
    expect(fs.readFileSync(path.join(ctx.root, 'memories/MEMORY.md'), 'utf8')).toBe('first\n§\nthe agent wrote this');
    expect(await listFileBackups('memories/MEMORY.md', ctx)).toEqual([]);
  });

  it('saves over the current version once the client sends it back (the user chose to keep theirs)', async () => {
    const ctx = makeContext({ 'SOUL.md': 'v1' });
    const stale = await loaded(ctx, 'SOUL.md');
    fs.writeFileSync(path.join(ctx.root, 'SOUL.md'), 'v2 by the agent');
    const conflict = ((await failure(saveFile({ path: 'SOUL.md', content: 'mine', base: stale }, ctx))) as FilesError<ConflictDetails>).toBody();
    await saveFile({ path: 'SOUL.md', content: 'mine', base: conflict.current.version }, ctx);
    expect(fs.readFileSync(path.join(ctx.root, 'SOUL.md'), 'utf8')).toBe('mine');
    expect((await readFileBackup('SOUL.md', (await listFileBackups('SOUL.md', ctx))[0]?.id ?? '', ctx)).content).toBe('v2 by the agent');
  });

  it('does not count a touch that kept the bytes as a change', async () => {
    const ctx = makeContext({ 'SOUL.md': 'same' });
    const base = await loaded(ctx, 'SOUL.md');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(ctx.root, 'SOUL.md'), later, later);
    await saveFile({ path: 'SOUL.md', content: 'new', base }, ctx);
    expect(fs.readFileSync(path.join(ctx.root, 'SOUL.md'), 'utf8')).toBe('new');
  });

  it('refuses invalid YAML with 400 and the parser’s line and column, leaving the file alone', async () => {
    const ctx = makeContext({ 'config.yaml': CONFIG });
    const base = await loaded(ctx, 'config.yaml');
    const broken = 'model:\n  default: fake\n  provider: [custom\nterminal: {}\n';

    const error = await failure(saveFile({ path: 'config.yaml', content: broken, base }, ctx));

    expect(error.status).toBe(400);
    const body = (error as FilesError<SyntaxDetails>).toBody();
    expect(body.syntax).toMatchObject({ language: 'yaml', line: expect.any(Number), column: expect.any(Number) });
    expect(body.syntax.line).toBeGreaterThanOrEqual(3);
    expect(error.message).toMatch(/config\.yaml is not valid YAML \(line \d+, column \d+\)/);
    expect(fs.readFileSync(path.join(ctx.root, 'config.yaml'), 'utf8')).toBe(CONFIG);
  });

  it('refuses invalid JSON with its line and column', async () => {
    const ctx = makeContext({ 'cron/jobs.json': '{"jobs": []}' });
    const base = await loaded(ctx, 'cron/jobs.json');
    const error = await failure(saveFile({ path: 'cron/jobs.json', content: '{\n  "jobs": [\n    1,\n  ]\n}', base }, ctx));
    expect(error.toBody()).toMatchObject({ syntax: { language: 'json', line: 4, column: 3 } });
  });

  it('refuses every save with 403 while editing is off', async () => {
    const ctx = { ...makeContext({ 'SOUL.md': 'v1' }), writable: false };
    const base = await loaded(ctx, 'SOUL.md');
    const error = await failure(saveFile({ path: 'SOUL.md', content: 'v2', base }, ctx));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/FILES_WRITABLE=1/);
    expect(fs.readFileSync(path.join(ctx.root, 'SOUL.md'), 'utf8')).toBe('v1');
  });

  it('says the mount is read-only when the write fails with EROFS, and leaves no temporary file', async () => {
    const ctx = makeContext({ 'SOUL.md': 'v1' });
    const base = await loaded(ctx, 'SOUL.md');
    vi.spyOn(fs.promises, 'rename').mockRejectedValueOnce(Object.assign(new Error('read-only file system'), { code: 'EROFS' }));
    const error = await failure(saveFile({ path: 'SOUL.md', content: 'v2', base }, ctx));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/mounted read-only/);
    expect(fs.readFileSync(path.join(ctx.root, 'SOUL.md'), 'utf8')).toBe('v1');
    expect(tempLeftovers(ctx.root)).toEqual([]);
  });

  it('never writes a secret, an unknown file or a folder', async () => {
    const ctx = makeContext({ '.env': 'KEY=1', 'memories/MEMORY.md': 'x' });
    const base = { size: 1, mtimeMs: 0, sha256: '0'.repeat(64) };
    expect((await failure(saveFile({ path: '.env', content: 'KEY=2', base }, ctx))).status).toBe(403);
    expect((await failure(saveFile({ path: 'new.md', content: 'x', base }, ctx))).status).toBe(404);
    expect((await failure(saveFile({ path: 'memories', content: 'x', base }, ctx))).status).toBe(400);
    expect(fs.readFileSync(path.join(ctx.root, '.env'), 'utf8')).toBe('KEY=1');
  });

  it('writes through a link inside the root to its target, keeping the link', async () => {
    const ctx = makeContext({ 'profiles/main.yaml': 'a: 1\n' });
    fs.symlinkSync('profiles/main.yaml', path.join(ctx.root, 'config.yaml'));
    const base = await loaded(ctx, 'config.yaml');
    await saveFile({ path: 'config.yaml', content: 'a: 2\n', base }, ctx);
    expect(fs.lstatSync(path.join(ctx.root, 'config.yaml')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(ctx.root, 'profiles/main.yaml'), 'utf8')).toBe('a: 2\n');
  });

  it('keeps no backup when the content did not change', async () => {
    const ctx = makeContext({ 'SOUL.md': 'same' });
    const saved = await saveFile({ path: 'SOUL.md', content: 'same', base: await loaded(ctx, 'SOUL.md') }, ctx);
    expect(saved.backup).toBeNull();
    expect(await listBackups(ctx.dataDir, 'SOUL.md')).toEqual([]);
  });

  it('lets two saves from the same loaded version through one at a time: the later one gets the conflict', async () => {
    const ctx = makeContext({ 'SOUL.md': 'v1' });
    const base = await loaded(ctx, 'SOUL.md');
    const results = await Promise.allSettled([
      saveFile({ path: 'SOUL.md', content: 'tab one', base }, ctx),
      saveFile({ path: 'SOUL.md', content: 'tab two', base }, ctx),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason instanceof AppError && rejected.reason.status).toBe(409);
    const winner = results[0]?.status === 'fulfilled' ? 'tab one' : 'tab two';
    expect(fs.readFileSync(path.join(ctx.root, 'SOUL.md'), 'utf8')).toBe(winner);
  });
});

describe('restoreFileBackup', () => {
  it('puts a kept version back and keeps the version it replaced', async () => {
    const ctx = makeContext({ 'SOUL.md': 'original' });
    const first = await saveFile({ path: 'SOUL.md', content: 'edited', base: await loaded(ctx, 'SOUL.md') }, ctx);
    const restored = await restoreFileBackup({ path: 'SOUL.md', backup: first.backup?.id ?? '', base: first.version }, ctx);
    expect(fs.readFileSync(path.join(ctx.root, 'SOUL.md'), 'utf8')).toBe('original');
    expect((await readFileBackup('SOUL.md', restored.backup?.id ?? '', ctx)).content).toBe('edited');
  });

  it('answers 404 for a backup that does not exist', async () => {
    const ctx = makeContext({ 'SOUL.md': 'x' });
    const error = await failure(restoreFileBackup({ path: 'SOUL.md', backup: '20260101T000000000Z-00000000', base: await loaded(ctx, 'SOUL.md') }, ctx));
    expect(error.status).toBe(404);
  });
});
