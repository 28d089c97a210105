import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ShellHome {
  /** Server environment for the terminal: bash, with this HOME. */
  env: Record<string, string>;
  remove(): void;
}

/**
 * A HOME of its own for the terminal's shell, so the test machine's ~/.bashrc (which may print,
 * prompt differently or hang on a version manager) stays out of terminal tests. The prompt is `$ `.
 */
export function makeShellHome(): ShellHome {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-shell-home-'));
  fs.writeFileSync(path.join(home, '.bashrc'), "PS1='$ '\n");
  return { env: { HOME: home, TERMINAL_SHELL: '/bin/bash' }, remove: () => fs.rmSync(home, { recursive: true, force: true }) };
}
