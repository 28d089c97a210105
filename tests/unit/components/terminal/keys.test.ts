import { describe, expect, it } from 'vitest';
import { reconnectDelayMs, RECONNECT_MAX_MS } from '@/components/terminal/backoff';
import { arrowSequence, controlCharacter, withModifiers } from '@/components/terminal/keys';

describe('extra keys', () => {
  it('turns Ctrl plus a letter into its control character, either case', () => {
    expect(controlCharacter('c')).toBe('\u0003');
    expect(controlCharacter('C')).toBe('\u0003');
    expect(controlCharacter('[')).toBe('\u001b');
    expect(controlCharacter(' ')).toBe('\u0000');
    expect(controlCharacter('?')).toBe('\u007f');
  });

  it('leaves keys without a control character, and multi-character input, alone', () => {
    expect(controlCharacter('1')).toBe('1');
    expect(controlCharacter('ls')).toBe('ls');
  });

  it('prefixes Escape for Alt and combines it with Ctrl', () => {
    expect(withModifiers('b', { ctrl: false, alt: true })).toBe('\u001bb');
    expect(withModifiers('x', { ctrl: true, alt: true })).toBe('\u001b\u0018');
    expect(withModifiers('x', { ctrl: false, alt: false })).toBe('x');
  });

  it('sends arrows in the mode the running program asked for', () => {
    expect(arrowSequence('up', false)).toBe('\u001b[A');
    expect(arrowSequence('left', true)).toBe('\u001bOD');
  });
});

describe('reconnect backoff', () => {
  it('doubles from half a second and stops growing at the ceiling, with jitter between half and all of it', () => {
    expect(reconnectDelayMs(0, () => 1)).toBe(500);
    expect(reconnectDelayMs(0, () => 0)).toBe(250);
    expect(reconnectDelayMs(3, () => 1)).toBe(4000);
    expect(reconnectDelayMs(30, () => 1)).toBe(RECONNECT_MAX_MS);
  });
});
