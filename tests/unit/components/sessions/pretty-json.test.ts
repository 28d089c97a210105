import { describe, expect, it } from 'vitest';
import { prettyJson } from '@/components/sessions/pretty-json';

describe('prettyJson', () => {
  it('indents JSON objects and arrays', () => {
    expect(prettyJson('{"command":"ls","n":[1]}')).toBe('{\n  "command": "ls",\n  "n": [\n    1\n  ]\n}');
  });

  it('leaves other text, and broken JSON, as it was', () => {
    expect(prettyJson('plain output')).toBe('plain output');
    expect(prettyJson('{"cut": ')).toBe('{"cut": ');
  });
});
