export type Arrow = 'up' | 'down' | 'right' | 'left';

const ARROW_CODE: Readonly<Record<Arrow, string>> = { up: 'A', down: 'B', right: 'C', left: 'D' };

export const ESC = '\u001b';
export const TAB = '\t';

/** An arrow key as the running program expects it: full-screen apps (vim, less) switch to application mode. */
export function arrowSequence(arrow: Arrow, applicationCursor: boolean): string {
  return `${ESC}${applicationCursor ? 'O' : '['}${ARROW_CODE[arrow]}`;
}

/** The control character a terminal sends for Ctrl plus `char` (Ctrl+C → \x03), or `char` unchanged when there is none. */
export function controlCharacter(char: string): string {
  if (char.length !== 1) return char;
  if (char === ' ' || char === '@') return '\u0000';
  if (char === '?') return '\u007f';
  const upper = char.toUpperCase();
  const code = upper.charCodeAt(0);
  // @, A–Z, [, \, ], ^, _ map onto 0–31.
  if (code >= 64 && code <= 95) return String.fromCharCode(code - 64);
  return char;
}

export interface Modifiers {
  ctrl: boolean;
  alt: boolean;
}

/** Applies sticky modifiers to input: Ctrl turns a single key into its control character, Alt prefixes Escape. */
export function withModifiers(data: string, modifiers: Modifiers): string {
  const base = modifiers.ctrl ? controlCharacter(data) : data;
  return modifiers.alt ? `${ESC}${base}` : base;
}
