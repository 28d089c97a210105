import { describe, expect, it } from 'vitest';
import { clientMessageSchema, createTerminalSchema, socketQuerySchema, TYPE_IN_MAX_CHARS, typeInSchema } from '@/lib/terminal/protocol';

describe('terminal protocol schemas', () => {
  it('accepts a printable command to type in, Unicode included', () => {
    expect(typeInSchema.safeParse('hermes skills install 中文-skill | less').success).toBe(true);
  });

  it.each([
    ['a newline', 'ls\n'],
    ['a carriage return', 'ls\r'],
    ['an escape sequence', 'ls\u001b[2J'],
    ['a tab', 'a\tb'],
    ['a bidi override', 'ls \u202Egnp.exe'],
    ['nothing', ''],
    ['too much', 'x'.repeat(TYPE_IN_MAX_CHARS + 1)],
  ])('refuses a command with %s', (_what, value) => {
    expect(typeInSchema.safeParse(value).success).toBe(false);
  });

  it('accepts resize messages with whole numbers in range only', () => {
    expect(clientMessageSchema.safeParse({ type: 'resize', cols: 80, rows: 24 }).success).toBe(true);
    for (const bad of [{ cols: 80.5, rows: 24 }, { cols: 0, rows: 24 }, { cols: 80, rows: 10_000 }, { cols: '80', rows: 24 }]) {
      expect(clientMessageSchema.safeParse({ type: 'resize', ...bad }).success).toBe(false);
    }
  });

  it('refuses unknown message types and extra fields', () => {
    expect(clientMessageSchema.safeParse({ type: 'exec', data: 'ls' }).success).toBe(false);
    expect(clientMessageSchema.safeParse({ type: 'input', data: 'ls', extra: 1 }).success).toBe(false);
    expect(createTerminalSchema.safeParse({ shell: '/bin/sh' }).success).toBe(false);
  });

  it('reads the socket query with a default offset of 0 and refuses a bad id', () => {
    expect(socketQuerySchema.parse({ id: 'AbCdEfGhIjKlMnOp' })).toEqual({ id: 'AbCdEfGhIjKlMnOp', since: 0 });
    expect(socketQuerySchema.parse({ id: 'AbCdEfGhIjKlMnOp', since: '42' }).since).toBe(42);
    expect(socketQuerySchema.safeParse({ id: '../etc/passwd' }).success).toBe(false);
    expect(socketQuerySchema.safeParse({ id: 'AbCdEfGhIjKlMnOp', since: '-1' }).success).toBe(false);
  });
});
