/** Thrown by loadConfig when the environment cannot run Paddock; `lines` are printed as-is, one per line. */
export class ConfigError extends Error {
  readonly lines: readonly string[];

  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
    this.lines = lines;
  }
}
