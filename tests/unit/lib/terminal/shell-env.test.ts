import { describe, expect, it } from 'vitest';
import { loadConfig } from '@/lib/config';
import { buildShellEnv } from '@/lib/terminal/shell-env';

const SECRETS = {
  CLAUDE_PASSWORD: 'pw-claude',
  HERMES_PASSWORD: 'pw-hermes',
  SESSION_SECRET: 's'.repeat(40),
  HERMES_API_KEY: 'key-1',
  HERMES_API_TOKEN: 'key-2',
  API_SERVER_KEY: 'key-3',
};

describe('buildShellEnv', () => {
  it('keeps the allowlisted variables and LC_* and drops everything else', () => {
    const env = buildShellEnv(
      { PATH: '/usr/bin', HOME: '/home/me', USER: 'me', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', TZ: 'Asia/Shanghai', NODE_OPTIONS: '--inspect', AWS_SECRET_ACCESS_KEY: 'x', ...SECRETS },
      '/bin/zsh',
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/me',
      USER: 'me',
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
      TZ: 'Asia/Shanghai',
      TERM: 'xterm-256color',
      COLORTERM: 'truecolor',
      SHELL: '/bin/zsh',
    });
  });

  it('never passes on Paddock’s secrets, by name or by value', () => {
    const env = buildShellEnv({ PATH: '/usr/bin', ...SECRETS }, 'bash');
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(Object.keys(env)).not.toContain(name);
      expect(Object.values(env)).not.toContain(value);
    }
  });

  it('sets TERM to xterm-256color even when the host has another, and a UTF-8 LANG when none is set', () => {
    const env = buildShellEnv({ TERM: 'dumb' }, 'bash');
    expect(env.TERM).toBe('xterm-256color');
    expect(env.LANG).toBe('C.UTF-8');
  });

  it('is what loadConfig gives the terminal, with the configured shell', () => {
    const config = loadConfig({ PATH: '/bin', TERMINAL_SHELL: '/bin/bash', ...SECRETS });
    expect(config.terminal.env).toMatchObject({ PATH: '/bin', SHELL: '/bin/bash', TERM: 'xterm-256color' });
    expect(Object.keys(config.terminal.env).sort()).toEqual(['COLORTERM', 'LANG', 'PATH', 'SHELL', 'TERM']);
    expect(Object.isFrozen(config.terminal.env)).toBe(true);
  });
});
