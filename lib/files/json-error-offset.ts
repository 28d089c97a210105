/**
 * The offset of the first character that breaks strict JSON (RFC 8259), or null when `text` is
 * valid. V8's JSON.parse names a position for some errors only ("Unexpected token ']'" has none),
 * so this small scanner finds it for the line and column the editor shows.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;

  class Stop {
    constructor(readonly at: number) {}
  }
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const expect = (char: string) => (text.charAt(i) === char ? (i += 1) : fail());
  const digits = () => {
    const start = i;
    while (/[0-9]/.test(text.charAt(i))) i += 1;
    if (i === start) fail();
  };

  const string = () => {
    expect('"');
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i += 1;
        return;
      }
      if (c < ' ') fail();
      if (c === '\\') {
        i += 1;
        const e = text.charAt(i);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 1;
        else fail();
      } else i += 1;
    }
    fail();
  };

  const number = () => {
    if (text.charAt(i) === '-') i += 1;
    if (text.charAt(i) === '0') i += 1;
    else digits();
    if (text.charAt(i) === '.') {
      i += 1;
      digits();
    }
    if (/[eE]/.test(text.charAt(i))) {
      i += 1;
      if (/[+-]/.test(text.charAt(i))) i += 1;
      digits();
    }
  };

  const list = (close: string, item: () => void) => {
    i += 1;
    space();
    if (text.charAt(i) === close) {
      i += 1;
      return;
    }
    for (;;) {
      item();
      space();
      if (text.charAt(i) === close) {
        i += 1;
        return;
      }
      expect(',');
      space();
    }
  };

  const value = (): void => {
    space();
    const c = text.charAt(i);
    if (c === '{') {
      list('}', () => {
        string();
        space();
        expect(':');
        value();
      });
    } else if (c === '[') list(']', value);
    else if (c === '"') string();
    else if (c === '-' || /[0-9]/.test(c)) number();
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) fail();
      i += word?.length ?? 0;
    }
  };

  try {
    value();
    space();
    if (i < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof Stop) return error.at;
    throw error;
  }
}
