/** What a terminal needs from a pseudo-terminal; node-pty implements it, tests pass a fake. */
export interface PtyProcess {
  write(data: string): void;
  resize(cols: number, rows: number): void;
  /** Ends the shell. Safe to call after it exited. */
  kill(): void;
  onData(listener: (data: string) => void): void;
  onExit(listener: (exit: { exitCode: number; signal: number | null }) => void): void;
}

export type SpawnPty = (size: { cols: number; rows: number }) => PtyProcess;
