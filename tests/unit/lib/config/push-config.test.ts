import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@/lib/config';

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.lines.join('\n');
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('push settings in the config', () => {
  it('uses a placeholder contact on a real domain and a five-second scan by default', () => {
    expect(loadConfig({}).push).toEqual({ contact: 'mailto:paddock@example.com', pollMs: 5000 });
  });

  it('takes PUSH_CONTACT as a mailto: address or an https URL, and PUSH_POLL_MS in milliseconds', () => {
    expect(loadConfig({ PUSH_CONTACT: 'mailto:me@my-domain.net', PUSH_POLL_MS: '250' }).push).toEqual({ contact: 'mailto:me@my-domain.net', pollMs: 250 });
    expect(loadConfig({ PUSH_CONTACT: 'https://paddock.tail1234.ts.net' }).push.contact).toBe('https://paddock.tail1234.ts.net');
  });

  it('refuses contacts that Apple’s push service rejects, naming the variable', () => {
    expect(problem({ PUSH_CONTACT: 'mailto:paddock@localhost' })).toMatch(/^PUSH_CONTACT must name a real domain/);
    expect(problem({ PUSH_CONTACT: 'https://paddock.local' })).toMatch(/^PUSH_CONTACT must name a real domain/);
    expect(problem({ PUSH_CONTACT: 'mailto:me@box.invalid' })).toMatch(/^PUSH_CONTACT must name a real domain/);
  });

  it('refuses contacts that are neither mailto: nor https:', () => {
    expect(problem({ PUSH_CONTACT: 'http://example.com' })).toMatch(/^PUSH_CONTACT must be a mailto: address or an https:\/\/ URL/);
    expect(problem({ PUSH_CONTACT: 'me@example.com' })).toMatch(/^PUSH_CONTACT must be a mailto:/);
    expect(problem({ PUSH_POLL_MS: '0' })).toMatch(/^PUSH_POLL_MS must be positive/);
  });
});
