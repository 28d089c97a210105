import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyChange, entryProblem, joinEntries, memoryChars, splitEntries } from '@/lib/files/memory-entries';
import { changeMemory, readMemory } from '@/lib/files/memory-store';
import { FIXTURE_HOME } from '../hermes-home/helpers';
import { cleanupTemp, makeContext } from './helpers';

afterEach(cleanupTemp);

const FIXTURE_MEMORY = fs.readFileSync(path.join(FIXTURE_HOME, 'memories/MEMORY.md'), 'utf8');

describe('memory entries', () => {
  it('splits the fixture’s MEMORY.md into its three entries and joins them back byte for byte', () => {
    const entries = splitEntries(FIXTURE_MEMORY);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatch(/^金米麥每週一 09:00 盤點/);
    expect(joinEntries(entries)).toBe(FIXTURE_MEMORY);
  });

  it('trims entries, drops empty ones and keeps a § that is not alone on its line', () => {
    expect(splitEntries('  a  \n§\n\n§\nsee § 3\n')).toEqual(['a', 'see § 3']);
    expect(splitEntries('  \n')).toEqual([]);
  });

  it('finds the entry to change by its text, even after the agent added others', () => {
    expect(applyChange(['new from agent', 'a', 'b'], { op: 'replace', original: 'a', text: 'A' })).toEqual(['new from agent', 'A', 'b']);
    expect(applyChange(['a', 'b'], { op: 'remove', original: 'b' })).toEqual(['a']);
    expect(applyChange(['a'], { op: 'add', text: ' c ' })).toEqual(['a', 'c']);
    expect(applyChange(['a'], { op: 'add', text: 'a' })).toEqual(['a']);
    expect(applyChange(['a (rewritten)'], { op: 'replace', original: 'a', text: 'A' })).toBeNull();
  });

  it('counts characters as Hermes does, an emoji as one', () => {
    expect(memoryChars(['ab', '🍞'])).toBe(6);
  });

  it('refuses an empty entry and one holding the separator line', () => {
    expect(entryProblem('  ')).toMatch(/empty/);
    expect(entryProblem('one\n§\ntwo')).toMatch(/§/);
    expect(entryProblem('§ 3 of the lease')).toBeNull();
  });
});

describe('memory store', () => {
  it('reads both stores with usage against Hermes’s limits', async () => {
    const ctx = makeContext({ 'memories/MEMORY.md': FIXTURE_MEMORY, 'memories/USER.md': 'one\n§\ntwo' });
    const memory = await readMemory('memory', ctx);
    expect(memory).toMatchObject({ target: 'memory', path: 'memories/MEMORY.md', exists: true, chars: FIXTURE_MEMORY.length, limit: 2200 });
    expect(memory.entries).toHaveLength(3);
    expect((await readMemory('user', ctx)).limit).toBe(1375);
  });

  it('takes the limits from config.yaml when it sets them', async () => {
    const ctx = makeContext({ 'memories/USER.md': 'x', 'config.yaml': 'memory:\n  user_char_limit: 3000\n' });
    expect((await readMemory('user', ctx)).limit).toBe(3000);
  });

  it('edits one entry with a backup, keeping the entries the agent added meanwhile', async () => {
    const ctx = makeContext({ 'memories/MEMORY.md': FIXTURE_MEMORY });
    const seen = await readMemory('memory', ctx);
    const file = path.join(ctx.root, 'memories/MEMORY.md');
    fs.writeFileSync(file, `${FIXTURE_MEMORY}\n§\nAdded by the agent.`);

    const after = await changeMemory('memory', { op: 'replace', original: seen.entries[1] ?? '', text: 'The POS exports nightly.' }, ctx);

    expect(after.entries).toEqual([seen.entries[0], 'The POS exports nightly.', seen.entries[2], 'Added by the agent.']);
    expect(fs.readFileSync(file, 'utf8')).toBe(joinEntries(after.entries));
    expect(fs.readdirSync(path.join(ctx.dataDir, 'file-backups'))).toHaveLength(1);
  });

  it('answers 409 with the current entries when the entry itself changed', async () => {
    const ctx = makeContext({ 'memories/USER.md': 'likes tea' });
    fs.writeFileSync(path.join(ctx.root, 'memories/USER.md'), 'likes coffee');
    await expect(changeMemory('user', { op: 'remove', original: 'likes tea' }, ctx)).rejects.toMatchObject({
      status: 409,
      details: { current: { entries: ['likes coffee'] } },
    });
  });

  it('refuses changes while editing is off and says how to turn it on', async () => {
    const ctx = { ...makeContext({ 'memories/USER.md': 'a' }), writable: false };
    await expect(changeMemory('user', { op: 'add', text: 'b' }, ctx)).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/FILES_WRITABLE=1/) });
  });

  it('shows a store the agent has not written yet as empty and not editable', async () => {
    const ctx = makeContext({});
    expect(await readMemory('user', ctx)).toMatchObject({ exists: false, entries: [], editable: { writable: false } });
  });

  it('finds memories under HERMES_HOME when FILES_ROOT is a folder above it', async () => {
    const ctx = makeContext({ '.hermes/memories/USER.md': 'a' });
    expect(await readMemory('user', { ...ctx, home: path.join(ctx.root, '.hermes') })).toMatchObject({ path: '.hermes/memories/USER.md', entries: ['a'] });
  });
});
