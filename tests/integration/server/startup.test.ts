import { describe, expect, it } from 'vitest';
import { runPaddockExpectingExit, startPaddock } from '../../support/paddock-server';

describe('server startup', () => {
  it('refuses to start on a non-loopback HOST without a password, exit code 1, exact message', async () => {
    const { code, output } = await runPaddockExpectingExit({ HOST: '0.0.0.0' });
    expect(code).toBe(1);
    const lines = output.split('\n').filter((l) => l.trim() && !l.includes('npm warn'));
    expect(lines[0]).toBe('HOST is set to "0.0.0.0" but CLAUDE_PASSWORD is unset.');
    expect(lines[1]).toMatch(/Set CLAUDE_PASSWORD/);
  });

  it('names the right variable when WORKSPACE_PASSWORD was set instead', async () => {
    const { code, output } = await runPaddockExpectingExit({ HOST: '0.0.0.0', WORKSPACE_PASSWORD: 'pw' });
    expect(code).toBe(1);
    expect(output).toContain('WORKSPACE_PASSWORD is set but Paddock does not read it: set CLAUDE_PASSWORD instead.');
  });

  it('generates SESSION_SECRET into DATA_DIR with mode 0600 and shuts down cleanly on SIGTERM', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const server = await startPaddock();
    const file = path.join(server.dataDir, 'session-secret');
    const stat = fs.statSync(file);
    expect(stat.mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8').length).toBeGreaterThanOrEqual(32);
    expect(await server.stop()).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: shutting down/);
  });
});
