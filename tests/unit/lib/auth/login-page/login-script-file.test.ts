import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_SCRIPT_URL, loginScriptPath, readLoginScript } from '@/lib/auth/login-page/login-script-file';
import { isPublicPath } from '@/lib/auth/public-paths';

const dirs: string[] = [];

function distWith(script: string | undefined): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-login-dist-'));
  dirs.push(dir);
  if (script !== undefined) {
    fs.mkdirSync(path.dirname(loginScriptPath(dir)), { recursive: true });
    fs.writeFileSync(loginScriptPath(dir), script);
  }
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the built login script', () => {
  it('is read with a version that follows its content', () => {
    const a = readLoginScript(distWith('console.log(1)'));
    const b = readLoginScript(distWith('console.log(2)'));
    expect(a?.body.toString()).toBe('console.log(1)');
    expect(a?.version).toMatch(/^[0-9a-f]{16}$/);
    expect(b?.version).not.toBe(a?.version);
    expect(readLoginScript(distWith('console.log(1)'))?.version).toBe(a?.version);
  });

  it('is absent from a build without it (development)', () => {
    expect(readLoginScript(distWith(undefined))).toBeUndefined();
  });

  it('is public like the page that loads it, and only that one path under /login', () => {
    expect(isPublicPath('GET', LOGIN_SCRIPT_URL)).toBe(true);
    for (const p of ['/login/other.js', '/login/script.js.map', '/login/x']) expect(isPublicPath('GET', p), p).toBe(false);
  });
});
