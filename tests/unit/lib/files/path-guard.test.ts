import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveInRoot } from '@/lib/files/path-guard';
import { AppError } from '@/lib/http/app-error';
import { cleanupTemp, makeContext, recordFsCalls } from './helpers';

afterEach(cleanupTemp);

async function refusal(root: string, rel: string): Promise<AppError> {
  try {
    await resolveInRoot(root, rel);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(rel)} was accepted`);
}

/** Attempts refused by their shape alone: none of them may reach the disk. */
const TRAVERSALS = [
  '..',
  '../',
  '../etc/passwd',
  '../../../../../../etc/passwd',
  'memories/../../outside/notes.txt',
  'memories/..',
  './config.yaml',
  '.',
  '%2e%2e/outside/notes.txt',
  '%2e%2e%2foutside%2fnotes.txt',
  '..%2foutside/notes.txt',
  '%2E%2E/%2E%2E/etc/passwd',
  '%252e%252e/outside/notes.txt',
  '%25252e%25252e%25252f',
  'memories%2f..%2f..%2foutside',
  '/etc/passwd',
  '//etc/passwd',
  '/',
  '~/.ssh/id_rsa',
  '~root/.bashrc',
  'C:\\Windows\\win.ini',
  'c:/windows/win.ini',
  '..\\outside\\notes.txt',
  '\\..\\outside',
  'memories\\..\\..\\outside\\notes.txt',
  'config.yaml\u0000.md',
  '\u0000',
  '../outside\u0000',
  'memories/\n../x',
  'a//b',
  'memories/',
  'x'.repeat(2000),
];

/** Names refused because they hold secrets or databases, also before any fs call. */
const SECRETS = ['.env', 'memories/.env', '.env.local', 'auth.json', 'state.db', 'state.db-wal', 'keys/server.key', 'tls/cert.pem', '.ssh/config', 'x/.ssh/id_ed25519', 'mcp-tokens.json', 'secrets.yaml', 'credentials.json', 'kanban.sqlite3'];

describe('resolveInRoot', () => {
  it.each(TRAVERSALS)('refuses %j with 400 without touching the disk', async (rel) => {
    const ctx = makeContext({ 'config.yaml': 'a: 1\n', 'memories/MEMORY.md': 'x' });
    fs.writeFileSync(path.join(ctx.outside, 'notes.txt'), 'outside');
    const calls = recordFsCalls();
    try {
      const error = await refusal(ctx.root, rel);
      expect(error.status).toBe(400);
    } finally {
      calls.restore();
    }
    expect(calls.paths).toEqual([]);
  });

  it.each(SECRETS)('refuses the secret %j with 403 without touching the disk', async (rel) => {
    const ctx = makeContext({ '.env': 'OPENAI_API_KEY=sk-1', 'auth.json': '{}', 'state.db': 'SQLite format 3\0' });
    const calls = recordFsCalls();
    try {
      const error = await refusal(ctx.root, rel);
      expect(error.status).toBe(403);
      expect(error.message).toMatch(/secrets or a database/);
    } finally {
      calls.restore();
    }
    expect(calls.paths).toEqual([]);
  });

  it.each([
    ['an absolute symlink', (outside: string) => outside],
    ['a relative symlink', () => '../outside'],
    ['a symlink to /etc', () => '/etc'],
    ['a symlink to the root’s parent', () => '..'],
  ])('refuses %s out of the root with 403, touching nothing outside it', async (_name, target) => {
    const ctx = makeContext({ 'config.yaml': 'a: 1\n' });
    fs.writeFileSync(path.join(ctx.outside, 'notes.txt'), 'outside');
    fs.symlinkSync(target(ctx.outside), path.join(ctx.root, 'escape'));
    const calls = recordFsCalls();
    try {
      const error = await refusal(ctx.root, 'escape/notes.txt');
      expect(error.status).toBe(403);
      expect(error.message).toMatch(/outside the files root/);
    } finally {
      calls.restore();
    }
    expect(calls.paths.length).toBeGreaterThan(0);
    for (const touched of calls.paths) expect(touched === ctx.root || touched.startsWith(`${ctx.root}/`), touched).toBe(true);
  });

  it('refuses a chain of links inside the root whose last hop leaves it', async () => {
    const ctx = makeContext({ 'config.yaml': 'a: 1\n' });
    fs.symlinkSync(ctx.outside, path.join(ctx.root, 'out'));
    fs.symlinkSync('out', path.join(ctx.root, 'hop'));
    const calls = recordFsCalls();
    try {
      expect((await refusal(ctx.root, 'hop')).status).toBe(403);
    } finally {
      calls.restore();
    }
    for (const touched of calls.paths) expect(touched.startsWith(ctx.root), touched).toBe(true);
  });

  it('refuses a link inside the root that leads to a secret', async () => {
    const ctx = makeContext({ '.env': 'KEY=1' });
    fs.symlinkSync('.env', path.join(ctx.root, 'notes.txt'));
    expect((await refusal(ctx.root, 'notes.txt')).status).toBe(403);
  });

  it('refuses a symlink loop with 400', async () => {
    const ctx = makeContext();
    fs.symlinkSync('b', path.join(ctx.root, 'a'));
    fs.symlinkSync('a', path.join(ctx.root, 'b'));
    expect((await refusal(ctx.root, 'a')).status).toBe(400);
  });

  it('follows links that stay inside the root and reports where they lead', async () => {
    const ctx = makeContext({ 'skills/shared/SKILL.md': '# s' });
    fs.symlinkSync('skills/shared', path.join(ctx.root, 'linked'));
    const resolved = await resolveInRoot(ctx.root, 'linked/SKILL.md');
    expect(resolved.realRel).toBe('skills/shared/SKILL.md');
    expect(resolved.real).toBe(path.join(ctx.root, 'skills/shared/SKILL.md'));
  });

  it('accepts plain paths, unicode names and the root itself', async () => {
    const ctx = makeContext({ 'memories/MEMORY.md': 'x', '筆記/週報.md': 'y' });
    expect((await resolveInRoot(ctx.root, '')).realRel).toBe('');
    expect((await resolveInRoot(ctx.root, 'memories/MEMORY.md')).stats.isFile()).toBe(true);
    expect((await resolveInRoot(ctx.root, '筆記/週報.md')).realRel).toBe('筆記/週報.md');
  });

  it('answers 404 for a missing file, and for a lookalike of .. that is only a name, without leaving the root', async () => {
    const ctx = makeContext();
    const calls = recordFsCalls();
    try {
      expect((await refusal(ctx.root, 'nope.md')).status).toBe(404);
      expect((await refusal(ctx.root, '\uff0e\uff0e/outside')).status).toBe(404);
    } finally {
      calls.restore();
    }
    for (const touched of calls.paths) expect(touched.startsWith(ctx.root), touched).toBe(true);
  });
});
