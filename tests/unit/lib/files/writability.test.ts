import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkWritable } from '@/lib/files/writability';
import { cleanupTemp, makeContext } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  cleanupTemp();
});

function fileIn(ctx: ReturnType<typeof makeContext>): { real: string; stats: fs.Stats } {
  const real = path.join(ctx.root, 'SOUL.md');
  return { real, stats: fs.statSync(real) };
}

describe('checkWritable', () => {
  it('allows saving a file Paddock can replace while edits are on', async () => {
    const { real, stats } = fileIn(makeContext({ 'SOUL.md': 'x' }));
    expect(await checkWritable(real, stats, true)).toEqual({ writable: true });
  });

  it('names FILES_WRITABLE while edits are off, before touching the disk', async () => {
    const { real, stats } = fileIn(makeContext({ 'SOUL.md': 'x' }));
    const access = vi.spyOn(fs.promises, 'access');
    expect(await checkWritable(real, stats, false)).toEqual({ writable: false, reason: expect.stringMatching(/FILES_WRITABLE=1/) });
    expect(access).not.toHaveBeenCalled();
  });

  it.each([
    ['EROFS', /mounted read-only/],
    ['EACCES', /not allowed to write/],
  ])('explains %s from the mount or the permissions', async (code, reason) => {
    const { real, stats } = fileIn(makeContext({ 'SOUL.md': 'x' }));
    vi.spyOn(fs.promises, 'access').mockRejectedValue(Object.assign(new Error(code), { code }));
    expect(await checkWritable(real, stats, true)).toEqual({ writable: false, reason: expect.stringMatching(reason) });
  });
});
