import { loadConfig } from './load-config';
import type { Config } from './types';

export { ConfigError } from './config-error';
export { loadConfig } from './load-config';
export type { Config, CookieSecureMode, TlsFiles } from './types';

let cached: Config | undefined;

/** The running process's Config, parsed from process.env once. Throws ConfigError like loadConfig. */
export function getConfig(): Config {
  cached ??= loadConfig(process.env);
  return cached;
}
