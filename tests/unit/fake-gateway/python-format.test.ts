import { describe, expect, it } from 'vitest';
import { pyJson, pyRepr } from '../../fake-gateway/json';
import { pyIsoTimestamp } from '../../fake-gateway/time';

describe('fake gateway: Python-compatible formatting', () => {
  describe('pyJson', () => {
    it('uses json.dumps separators and keeps key order', () => {
      expect(pyJson({ b: 1, a: [true, null, 'x'], c: {} })).toBe('{"b": 1, "a": [true, null, "x"], "c": {}}');
    });

    it('escapes non-ASCII as lowercase \\uXXXX, astral characters as surrogate pairs', () => {
      expect(pyJson('金 é 💻')).toBe('"\\u91d1 \\u00e9 \\ud83d\\udcbb"');
    });

    it('escapes quotes, backslashes, control characters and DEL like Python', () => {
      expect(pyJson('"\\\n\r\t\b\f\u0001\u007f')).toBe('"\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u007f"');
    });
  });

  describe('pyRepr', () => {
    it('prints lists and dicts like Python str()', () => {
      expect(pyRepr([{ type: 'text', text: 'hi' }, null, true, 3])).toBe("[{'type': 'text', 'text': 'hi'}, None, True, 3]");
    });

    it("switches to double quotes for strings with a ' and no \"", () => {
      expect(pyRepr("it's")).toBe('"it\'s"');
      expect(pyRepr('it\'s "x"')).toBe("'it\\'s \"x\"'");
    });

    it('keeps printable non-ASCII and escapes control characters', () => {
      expect(pyRepr('金\n\u0000\u00a0')).toBe("'金\\n\\x00\\xa0'");
    });
  });

  describe('pyIsoTimestamp', () => {
    it('prints microseconds and a +00:00 offset, omitting a zero fraction', () => {
      expect(pyIsoTimestamp(new Date('2026-11-24T05:48:10.246Z'))).toBe('2026-11-24T05:48:10.246000+00:00');
      expect(pyIsoTimestamp(new Date('2026-11-24T08:00:00.000Z'))).toBe('2026-11-24T08:00:00+00:00');
    });
  });
});
