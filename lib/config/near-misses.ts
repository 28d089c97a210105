/**
 * Names people set by mistake, each mapped to the variable Paddock reads. Real deployments have
 * set WORKSPACE_PASSWORD and got a refusal that did not say why, so we name the right one.
 */
const NEAR_MISSES: Readonly<Record<string, string>> = {
  WORKSPACE_PASSWORD: 'CLAUDE_PASSWORD',
  PASSWORD: 'CLAUDE_PASSWORD',
  PADDOCK_PASSWORD: 'CLAUDE_PASSWORD',
  LOGIN_PASSWORD: 'CLAUDE_PASSWORD',
  HERMES_KEY: 'HERMES_API_KEY',
  HERMES_TOKEN: 'HERMES_API_KEY',
  API_KEY: 'HERMES_API_KEY',
  HERMES_URL: 'HERMES_API_URL',
  HERMES_GATEWAY_URL: 'HERMES_API_URL',
  GATEWAY_URL: 'HERMES_API_URL',
  TLS_CERT: 'TLS_CERT_FILE',
  TLS_KEY: 'TLS_KEY_FILE',
  SECURE_COOKIES: 'COOKIE_SECURE',
};

/** Returns one hint line per misnamed variable present in env, naming the variable to use instead. */
export function findNearMisses(env: Readonly<Record<string, string | undefined>>): string[] {
  const hints: string[] = [];
  for (const [wrong, right] of Object.entries(NEAR_MISSES)) {
    if (env[wrong] !== undefined && env[right] === undefined) {
      hints.push(`${wrong} is set but Paddock does not read it: set ${right} instead.`);
    }
  }
  return hints;
}
