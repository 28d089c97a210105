import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { buildShellEnv } from '@/lib/terminal/shell-env';
import { ConfigError } from './config-error';
import { pathDirectories, setVariableNames } from './env-names';
import { envSchema, LOOPBACK_HOSTS, type RawEnv } from './env-schema';
import { findNearMisses } from './near-misses';
import { resolveSkillsIndexUrl } from './skills-index-url';
import type { Config, CookieSecureMode, TlsFiles } from './types';

type Env = Readonly<Record<string, string | undefined>>;

/** Canonical name → accepted aliases, first match wins. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  CLAUDE_PASSWORD: ['HERMES_PASSWORD'],
  HERMES_API_KEY: ['HERMES_API_TOKEN', 'API_SERVER_KEY'],
};

function withAliases(env: Env): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) out[k] = v === '' ? undefined : v;
  for (const [name, aliases] of Object.entries(ALIASES)) {
    if (out[name] !== undefined) continue;
    const alias = aliases.find((a) => out[a] !== undefined);
    if (alias) out[name] = out[alias];
  }
  return out;
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}.`);
}

function cookieMode(value: RawEnv['COOKIE_SECURE']): CookieSecureMode {
  if (value === '0') return 'never';
  if (value === '1') return 'always';
  return 'auto';
}

function tlsFiles(raw: RawEnv, problems: string[]): TlsFiles | undefined {
  const { TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile } = raw;
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile) {
    problems.push('TLS_CERT_FILE and TLS_KEY_FILE must be set together (for example the .crt and .key that `tailscale cert` writes).');
    return undefined;
  }
  for (const [name, file] of [['TLS_CERT_FILE', certFile], ['TLS_KEY_FILE', keyFile]] as const) {
    if (!fs.existsSync(file)) problems.push(`${name} points to "${file}", which does not exist.`);
  }
  return { certFile: path.resolve(certFile), keyFile: path.resolve(keyFile), reloadPollMs: raw.TLS_RELOAD_POLL_MS };
}

function hostName(value: string): string {
  return value.trim().toLowerCase().replace(/^\[|\]$/g, '');
}

function allowedHosts(raw: RawEnv): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '::1']);
  if (!['0.0.0.0', '::'].includes(raw.HOST)) hosts.add(hostName(raw.HOST));
  for (const h of (raw.ALLOWED_HOSTS ?? '').split(',')) if (h.trim()) hosts.add(hostName(h.replace(/:\d+$/, '')));
  return hosts;
}

/**
 * Parses an environment object into a frozen Config. Pure apart from checking that TLS files exist,
 * so tests pass plain objects. Throws ConfigError whose lines name each variable to set or fix.
 */
export function loadConfig(env: Env): Config {
  const merged = withAliases(env);
  const hints = findNearMisses(merged);
  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) throw new ConfigError([...describeIssues(parsed.error), ...hints]);
  const raw = parsed.data;
  const problems: string[] = [];
  const isLoopback = LOOPBACK_HOSTS.has(raw.HOST);
  if (!isLoopback && !raw.CLAUDE_PASSWORD) {
    problems.push(
      `HOST is set to "${raw.HOST}" but CLAUDE_PASSWORD is unset.`,
      'Set CLAUDE_PASSWORD (or HERMES_PASSWORD) to the login password, or bind to HOST=127.0.0.1 for local-only use.',
    );
  }
  const tls = tlsFiles(raw, problems);
  if (problems.length) throw new ConfigError([...problems, ...hints]);

  const home = raw.HOME ?? os.homedir();
  const shell = raw.TERMINAL_SHELL ?? raw.SHELL ?? 'bash';
  const warnings = [...hints];
  if (!raw.CLAUDE_PASSWORD) warnings.push('CLAUDE_PASSWORD is unset: Paddock is open to anyone on this machine (loopback only).');
  return Object.freeze({
    dev: raw.NODE_ENV === 'development',
    host: raw.HOST,
    port: raw.PORT,
    isLoopback,
    password: raw.CLAUDE_PASSWORD,
    cookieSecure: cookieMode(raw.COOKIE_SECURE),
    sessionSecret: raw.SESSION_SECRET,
    gatewayUrl: raw.HERMES_API_URL,
    gatewayKey: raw.HERMES_API_KEY,
    hermesHome: raw.HERMES_HOME ? path.resolve(raw.HERMES_HOME) : undefined,
    dataDir: path.resolve(raw.DATA_DIR),
    tls,
    distDir: path.resolve(raw.PADDOCK_DIST_DIR),
    trustProxy: raw.TRUST_PROXY === '1',
    allowedHosts: allowedHosts(raw),
    terminal: {
      enabled: raw.TERMINAL_ENABLED === '1',
      shell,
      cwd: path.resolve(raw.TERMINAL_CWD ?? raw.HERMES_HOME ?? home),
      idleMinutes: raw.TERMINAL_IDLE_MINUTES,
      maxOpen: raw.TERMINAL_MAX_OPEN,
      env: buildShellEnv(merged, shell),
    },
    files: { root: raw.FILES_ROOT ?? raw.HERMES_HOME, writable: raw.FILES_WRITABLE === '1' },
    push: { contact: raw.PUSH_CONTACT, pollMs: raw.PUSH_POLL_MS },
    skillsIndexUrl: resolveSkillsIndexUrl(raw.SKILLS_INDEX_URL),
    setEnvNames: setVariableNames(env),
    pathDirs: pathDirectories(env),
    warnings,
  });
}
