const SHELL_SAFE = /^[\w@%+=:,./-]+$/;

/** `value` as one POSIX shell word: left bare when it has nothing special, else single-quoted. */
export function shellWord(value: string): string {
  return SHELL_SAFE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The exact command that installs a hub skill on the agent host (Hermes has no HTTP API for it). */
export function installCommand(identifier: string): string {
  return `hermes skills install ${shellWord(identifier)}`;
}
