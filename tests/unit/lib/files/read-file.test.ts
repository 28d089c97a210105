import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '@/lib/files/limits';
import { listDirectory } from '@/lib/files/list-directory';
import { quickOpenIndex } from '@/lib/files/quick-open';
import { readFileDoc } from '@/lib/files/read-file';
import { AppError } from '@/lib/http/app-error';
import { cleanupTemp, makeContext } from './helpers';

afterEach(cleanupTemp);

describe('readFileDoc', () => {
  it('returns text with its version and whether it can be saved', async () => {
    const ctx = makeContext({ 'config.yaml': 'a: 1\n' });
    const doc = await readFileDoc('config.yaml', ctx);
    expect(doc).toMatchObject({ path: 'config.yaml', name: 'config.yaml', kind: 'text', content: 'a: 1\n', size: 5, editable: { writable: true } });
    expect(doc.version?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says why a file cannot be saved while editing is off', async () => {
    const ctx = { ...makeContext({ 'SOUL.md': 'x' }), writable: false };
    expect((await readFileDoc('SOUL.md', ctx)).editable).toEqual({ writable: false, reason: expect.stringMatching(/FILES_WRITABLE=1/) });
  });

  it('shows a binary file as binary, without its bytes', async () => {
    const ctx = makeContext({ 'image_cache/photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]) });
    expect(await readFileDoc('image_cache/photo.jpg', ctx)).toMatchObject({ kind: 'binary', content: null, version: null, editable: { writable: false } });
  });

  it('refuses an SQLite database whatever its name', async () => {
    const ctx = makeContext({ 'history.bin': Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(100)]) });
    await expect(readFileDoc('history.bin', ctx)).rejects.toMatchObject({ status: 403 });
  });

  it('does not read a file over the size limit', async () => {
    const ctx = makeContext({ 'logs/agent.log': Buffer.alloc(MAX_FILE_BYTES + 1, 'a') });
    expect(await readFileDoc('logs/agent.log', ctx)).toMatchObject({ kind: 'too_large', content: null, size: MAX_FILE_BYTES + 1 });
  });

  it('answers 400 for a folder', async () => {
    const ctx = makeContext({ 'memories/MEMORY.md': 'x' });
    await expect(readFileDoc('memories', ctx)).rejects.toBeInstanceOf(AppError);
    await expect(readFileDoc('memories', ctx)).rejects.toMatchObject({ status: 400 });
  });
});

describe('listDirectory', () => {
  it('lists folders first with size and modified time, secrets marked blocked', async () => {
    const ctx = makeContext({ 'config.yaml': 'a: 1\n', 'SOUL.md': 'soul', '.env': 'KEY=1', 'memories/MEMORY.md': 'x', 'state.db': 'x' });
    const listing = await listDirectory('', ctx);
    expect(listing.entries.map((e) => e.name)).toEqual(['memories', '.env', 'config.yaml', 'SOUL.md', 'state.db']);
    expect(listing.entries[0]).toMatchObject({ kind: 'dir', size: null, path: 'memories', blocked: null });
    expect(listing.entries.find((e) => e.name === 'config.yaml')).toMatchObject({ kind: 'file', size: 5, blocked: null });
    expect(listing.entries.find((e) => e.name === '.env')?.blocked).toMatch(/secrets/);
    expect(listing.entries.find((e) => e.name === 'state.db')?.blocked).toMatch(/database/);
    expect(listing.truncated).toBe(false);
  });

  it('describes a link by where it leads, and blocks one that leaves the root', async () => {
    const ctx = makeContext({ 'skills/a/SKILL.md': '# a' });
    fs.symlinkSync('skills/a', path.join(ctx.root, 'linked'));
    fs.symlinkSync(ctx.outside, path.join(ctx.root, 'away'));
    const listing = await listDirectory('', ctx);
    expect(listing.entries.find((e) => e.name === 'linked')).toMatchObject({ kind: 'dir', link: true, blocked: null });
    expect(listing.entries.find((e) => e.name === 'away')).toMatchObject({ link: true, blocked: expect.stringMatching(/outside the files root/) });
  });

  it('answers 400 for a file', async () => {
    const ctx = makeContext({ 'SOUL.md': 'x' });
    await expect(listDirectory('SOUL.md', ctx)).rejects.toMatchObject({ status: 400 });
  });
});

describe('quickOpenIndex', () => {
  it('lists every openable file, shallow first, without secrets, caches or links', async () => {
    const ctx = makeContext({
      'config.yaml': 'a',
      'memories/MEMORY.md': 'x',
      'skills/research/arxiv/SKILL.md': 's',
      '.env': 'k',
      'state.db': 'd',
      '.git/HEAD': 'ref',
      'skills/x/__pycache__/m.pyc': 'b',
    });
    fs.symlinkSync(ctx.outside, path.join(ctx.root, 'away'));
    const index = await quickOpenIndex(ctx);
    expect(index).toEqual({ files: ['config.yaml', 'memories/MEMORY.md', 'skills/research/arxiv/SKILL.md'], truncated: false });
  });
});
