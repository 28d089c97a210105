import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SKILLS_INDEX_URL, loadConfig } from '@/lib/config';

function linesOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.lines];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
    expect(config.gatewayUrl).toBe('http://127.0.0.1:8642');
    expect(config.cookieSecure).toBe('auto');
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.password).toBeUndefined();
    expect(config.allowedHosts.has('localhost')).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('refuses a non-loopback HOST without a password with the exact two-line message', () => {
    const lines = linesOf({ HOST: '0.0.0.0' });
    expect(lines[0]).toBe('HOST is set to "0.0.0.0" but CLAUDE_PASSWORD is unset.');
    expect(lines[1]).toMatch(/CLAUDE_PASSWORD/);
    expect(lines).toHaveLength(2);
  });

  it('accepts HERMES_PASSWORD as an alias of CLAUDE_PASSWORD', () => {
    expect(loadConfig({ HOST: '0.0.0.0', HERMES_PASSWORD: 'pw' }).password).toBe('pw');
  });

  it('prefers CLAUDE_PASSWORD over its alias', () => {
    expect(loadConfig({ CLAUDE_PASSWORD: 'a', HERMES_PASSWORD: 'b' }).password).toBe('a');
  });

  it.each(['HERMES_API_TOKEN', 'API_SERVER_KEY'])('accepts %s as an alias of HERMES_API_KEY', (name) => {
    expect(loadConfig({ [name]: 'k3y' }).gatewayKey).toBe('k3y');
  });

  it('names CLAUDE_PASSWORD when WORKSPACE_PASSWORD was set by mistake', () => {
    const lines = linesOf({ HOST: '100.64.0.1', WORKSPACE_PASSWORD: 'x' });
    expect(lines).toContain('WORKSPACE_PASSWORD is set but Paddock does not read it: set CLAUDE_PASSWORD instead.');
  });

  it('names CLAUDE_PASSWORD when PASSWORD was set by mistake', () => {
    expect(linesOf({ HOST: '0.0.0.0', PASSWORD: 'x' }).join('\n')).toMatch(/PASSWORD is set but Paddock does not read it: set CLAUDE_PASSWORD/);
  });

  it('warns about a near-miss even when the config is otherwise valid', () => {
    expect(loadConfig({ WORKSPACE_PASSWORD: 'x' }).warnings.join('\n')).toMatch(/set CLAUDE_PASSWORD instead/);
  });

  it('explains a HERMES_API_URL without a scheme', () => {
    expect(linesOf({ HERMES_API_URL: '127.0.0.1:8642' }).join('\n')).toMatch(/HERMES_API_URL must start with http:\/\/ or https:\/\//);
  });

  it('rejects a SESSION_SECRET shorter than 32 characters', () => {
    expect(linesOf({ SESSION_SECRET: 'short' }).join('\n')).toMatch(/SESSION_SECRET must be at least 32 characters/);
  });

  it('rejects a bad PORT and a bad COOKIE_SECURE', () => {
    const text = linesOf({ PORT: 'eighty', COOKIE_SECURE: 'yes' }).join('\n');
    expect(text).toMatch(/PORT must be a number/);
    expect(text).toMatch(/COOKIE_SECURE must be 0 or 1/);
  });

  it('maps COOKIE_SECURE 0 and 1 to never and always', () => {
    expect(loadConfig({ COOKIE_SECURE: '0' }).cookieSecure).toBe('never');
    expect(loadConfig({ COOKIE_SECURE: '1' }).cookieSecure).toBe('always');
  });

  it('reports a missing TLS certificate file by name', () => {
    const text = linesOf({ TLS_CERT_FILE: '/nonexistent/cert.pem', TLS_KEY_FILE: '/nonexistent/key.pem' }).join('\n');
    expect(text).toMatch(/TLS_CERT_FILE points to "\/nonexistent\/cert.pem", which does not exist/);
    expect(text).toMatch(/TLS_KEY_FILE points to/);
  });

  it('requires TLS_CERT_FILE and TLS_KEY_FILE together', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-tls-'));
    const cert = path.join(dir, 'c.crt');
    fs.writeFileSync(cert, 'x');
    expect(linesOf({ TLS_CERT_FILE: cert }).join('\n')).toMatch(/must be set together/);
  });

  it('polls the TLS files every minute unless TLS_RELOAD_POLL_MS says otherwise', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-tls-'));
    const files = { TLS_CERT_FILE: path.join(dir, 'c.crt'), TLS_KEY_FILE: path.join(dir, 'c.key') };
    fs.writeFileSync(files.TLS_CERT_FILE, 'x');
    fs.writeFileSync(files.TLS_KEY_FILE, 'x');
    expect(loadConfig(files).tls?.reloadPollMs).toBe(60_000);
    expect(loadConfig({ ...files, TLS_RELOAD_POLL_MS: '250' }).tls?.reloadPollMs).toBe(250);
    expect(linesOf({ ...files, TLS_RELOAD_POLL_MS: '0' }).join('\n')).toMatch(/TLS_RELOAD_POLL_MS must be positive/);
  });

  it('finds the build output in PADDOCK_DIST_DIR, .next by default', () => {
    expect(loadConfig({}).distDir).toBe(path.resolve('.next'));
    expect(loadConfig({ PADDOCK_DIST_DIR: '.next-mine' }).distDir).toBe(path.resolve('.next-mine'));
  });

  it('adds ALLOWED_HOSTS entries without their port, lower-cased', () => {
    const config = loadConfig({ ALLOWED_HOSTS: 'Box.tail1234.ts.net:3000, 100.64.0.2' });
    expect(config.allowedHosts.has('box.tail1234.ts.net')).toBe(true);
    expect(config.allowedHosts.has('100.64.0.2')).toBe(true);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ CLAUDE_PASSWORD: '', HERMES_API_URL: '' }).gatewayUrl).toBe('http://127.0.0.1:8642');
  });

  it('caps open terminals at 8 unless TERMINAL_MAX_OPEN says otherwise, and refuses a silly cap', () => {
    expect(loadConfig({}).terminal.maxOpen).toBe(8);
    expect(loadConfig({ TERMINAL_MAX_OPEN: '3' }).terminal.maxOpen).toBe(3);
    expect(linesOf({ TERMINAL_MAX_OPEN: '0' }).join('\n')).toMatch(/TERMINAL_MAX_OPEN must be positive/);
    expect(linesOf({ TERMINAL_MAX_OPEN: '500' }).join('\n')).toMatch(/TERMINAL_MAX_OPEN must be at most 32/);
  });

  it('gives the terminal an allowlisted environment without Paddock’s secrets', () => {
    const env = loadConfig({ PATH: '/bin', CLAUDE_PASSWORD: 'pw', SESSION_SECRET: 'x'.repeat(40), HERMES_API_KEY: 'k' }).terminal.env;
    expect(Object.keys(env).some((name) => /PASSWORD|SECRET|KEY/.test(name))).toBe(false);
    expect(env.PATH).toBe('/bin');
  });

  it('reads the public Hermes skills index unless SKILLS_INDEX_URL names another, and takes a local path as a file: URL', () => {
    expect(loadConfig({}).skillsIndexUrl).toBe(DEFAULT_SKILLS_INDEX_URL);
    expect(DEFAULT_SKILLS_INDEX_URL).toMatch(/^https:\/\/hermes-agent\.nousresearch\.com\//);
    expect(loadConfig({ SKILLS_INDEX_URL: 'http://127.0.0.1:9/index.json' }).skillsIndexUrl).toBe('http://127.0.0.1:9/index.json');
    expect(loadConfig({ SKILLS_INDEX_URL: 'file:///srv/index.json' }).skillsIndexUrl).toBe('file:///srv/index.json');
    expect(loadConfig({ SKILLS_INDEX_URL: '/srv/skills index.json' }).skillsIndexUrl).toBe('file:///srv/skills%20index.json');
    expect(linesOf({ SKILLS_INDEX_URL: 'ftp://host/index.json' }).join('\n')).toMatch(/SKILLS_INDEX_URL must be an http\(s\):\/\/ or file:\/\/ URL/);
  });

  it('knows which variables are set, never their values, and the PATH directories', () => {
    const config = loadConfig({ GITHUB_TOKEN: 'ghp_secret', EMPTY_ONE: '', PATH: '/usr/bin:/bin' });
    expect(config.setEnvNames.has('GITHUB_TOKEN')).toBe(true);
    expect(config.setEnvNames.has('EMPTY_ONE')).toBe(false);
    expect(JSON.stringify([...config.setEnvNames])).not.toContain('ghp_secret');
    expect(config.pathDirs).toEqual(['/usr/bin', '/bin']);
  });

  it('strips a trailing slash from HERMES_API_URL', () => {
    expect(loadConfig({ HERMES_API_URL: 'http://gw:8642/' }).gatewayUrl).toBe('http://gw:8642');
  });
});
