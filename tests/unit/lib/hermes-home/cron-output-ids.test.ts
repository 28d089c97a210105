import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HermesHomeError, listCronOutputIds, listCronOutputs } from '@/lib/hermes-home';
import { cleanupTemp, copyFixture, FIXTURE_HOME, tempDir } from './helpers';

afterAll(() => cleanupTemp());

describe('listCronOutputIds', () => {
  it('lists the same ids as listCronOutputs, newest first, without reading files', async () => {
    const ids = await listCronOutputIds({ home: FIXTURE_HOME });
    const { items } = await listCronOutputs({ home: FIXTURE_HOME, limit: 100 });
    expect(ids).toEqual(items.map((o) => o.id));
  });

  it('lists one job’s runs', async () => {
    expect(await listCronOutputIds({ home: FIXTURE_HOME, jobId: 'd8fe129b0fd5' })).toEqual(['d8fe129b0fd5/2026-11-23_09-00-34', 'd8fe129b0fd5/2026-11-16_09-10-37']);
  });

  it('skips files that are not run outputs and rejects a malformed job id', async () => {
    const home = copyFixture();
    fs.writeFileSync(path.join(home, 'cron/output/d8fe129b0fd5/notes.md'), 'x');
    fs.symlinkSync('/etc/hostname', path.join(home, 'cron/output/d8fe129b0fd5/2030-01-01_00-00-00.md'));
    expect(await listCronOutputIds({ home, jobId: 'd8fe129b0fd5' })).toHaveLength(2);
    await expect(listCronOutputIds({ home, jobId: '../etc' })).rejects.toBeInstanceOf(HermesHomeError);
  });

  it('returns nothing when no job has run yet', async () => {
    expect(await listCronOutputIds({ home: tempDir() })).toEqual([]);
  });
});
