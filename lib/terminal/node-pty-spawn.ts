import fs from 'node:fs';
import { spawn } from 'node-pty';
import type { Config } from '@/lib/config';
import type { PtyProcess, SpawnPty } from './pty-process';

/** How long a shell gets to leave after SIGHUP before it is killed outright. */
const KILL_GRACE_MS = 3_000;

/** Spawns the configured shell in a real PTY. The only place Paddock touches node-pty. */
export function nodePtySpawner(terminal: Config['terminal']): SpawnPty {
  return ({ cols, rows }) => {
    if (!fs.existsSync(terminal.cwd)) {
      throw new Error(`Its folder "${terminal.cwd}" does not exist: set TERMINAL_CWD to a folder that does.`);
    }
    const pty = spawn(terminal.shell, [], { name: 'xterm-256color', cols, rows, cwd: terminal.cwd, env: { ...terminal.env } });
    let exited = false;
    let forceKill: NodeJS.Timeout | undefined;
    pty.onExit(() => {
      exited = true;
      clearTimeout(forceKill);
    });
    return {
      write: (data) => {
        if (!exited) pty.write(data);
      },
      resize: (c, r) => {
        if (!exited) pty.resize(c, r);
      },
      kill: () => {
        // After exit the pid may already belong to an unrelated process.
        if (exited || forceKill) return;
        pty.kill('SIGHUP');
        forceKill = setTimeout(() => exited || pty.kill('SIGKILL'), KILL_GRACE_MS);
        forceKill.unref();
      },
      onData: (listener) => void pty.onData(listener),
      onExit: (listener) => void pty.onExit(({ exitCode, signal }) => listener({ exitCode, signal: signal ?? null })),
    } satisfies PtyProcess;
  };
}
