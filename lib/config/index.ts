import { loadConfig } from './load-config';
import type { Config } from './types';

export { ConfigError } from './config-error';
export { loadConfig } from './load-config';
export { DEFAULT_SKILLS_INDEX_URL } from './skills-index-url';
export type { Config, CookieSecureMode, TlsFiles } from './types';

let cached: Config | undefined;

/** The running process's Config, parsed from process.env once. Throws ConfigError like loadConfig. */
export function getConfig(): Config {
  cached ??= loadConfig(process.env);
  return cached;
}

/** Whether Paddock's environment has `name` set to a non-empty value. Answers yes or no; values never leave lib/config. */
export function isEnvSet(name: string): boolean {
  return getConfig().setEnvNames.has(name);
}
