type Env = Readonly<Record<string, string | undefined>>;

/**
 * Variables the shell inherits from Paddock's environment. An allowlist, never a copy of the whole
 * environment: Paddock's own holds the login password, the session secret and the gateway key.
 */
const INHERITED = new Set(['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'EDITOR', 'VISUAL', 'PAGER', 'HERMES_HOME']);
const INHERITED_PREFIXES = ['LC_'];

/** A UTF-8 locale unless the host set one, so Chinese and box drawing survive `ls` and vim. */
const FALLBACK_LANG = 'C.UTF-8';

function inherited(name: string): boolean {
  return INHERITED.has(name) || INHERITED_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** The environment a terminal's shell starts with: allowlisted variables plus TERM, COLORTERM and SHELL. */
export function buildShellEnv(source: Env, shell: string): Readonly<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && inherited(name)) env[name] = value;
  }
  if (!env.LANG && !env.LC_ALL && !env.LC_CTYPE) env.LANG = FALLBACK_LANG;
  env.TERM = 'xterm-256color';
  env.COLORTERM = 'truecolor';
  env.SHELL = shell;
  return Object.freeze(env);
}
