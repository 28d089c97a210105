import type { PtyProcess, SpawnPty } from '@/lib/terminal/pty-process';

/** A PTY that records what the session does to it and lets the test speak for the shell. */
export class FakePty implements PtyProcess {
  readonly written: string[] = [];
  readonly resizes: [number, number][] = [];
  kills = 0;
  private dataListeners: ((data: string) => void)[] = [];
  private exitListeners: ((exit: { exitCode: number; signal: number | null }) => void)[] = [];

  write(data: string): void {
    this.written.push(data);
  }
  resize(cols: number, rows: number): void {
    this.resizes.push([cols, rows]);
  }
  kill(): void {
    this.kills += 1;
  }
  onData(listener: (data: string) => void): void {
    this.dataListeners.push(listener);
  }
  onExit(listener: (exit: { exitCode: number; signal: number | null }) => void): void {
    this.exitListeners.push(listener);
  }
  /** The shell prints something. */
  emit(text: string): void {
    for (const listener of this.dataListeners) listener(text);
  }
  /** The shell exits by itself. */
  exit(exitCode = 0): void {
    for (const listener of this.exitListeners) listener({ exitCode, signal: null });
  }
}

/** A spawner that hands out FakePtys and keeps them for the test to drive. */
export function fakeSpawner(): { spawn: SpawnPty; ptys: FakePty[] } {
  const ptys: FakePty[] = [];
  return {
    ptys,
    spawn: () => {
      const pty = new FakePty();
      ptys.push(pty);
      return pty;
    },
  };
}
