import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '@/lib/files/json-error-offset';
import { syntaxProblem } from '@/lib/files/validate-content';

describe('syntaxProblem', () => {
  it('accepts the fixture’s config.yaml shape, comments and several documents', () => {
    expect(syntaxProblem('yaml', '# c\nmodel:\n  default: x # why\n')).toBeNull();
    expect(syntaxProblem('yaml', 'a: 1\n---\nb: 2\n')).toBeNull();
    expect(syntaxProblem('yaml', '')).toBeNull();
  });

  it.each([
    ['an unclosed flow sequence', 'model:\n  provider: [custom\nterminal: {}\n', 3],
    ['a tab used for indentation', 'model:\n\tdefault: x\n', 2],
    ['a duplicate key', 'model: a\nmodel: b\n', 2],
    ['a bad indent', 'a:\n  b: 1\n c: 2\n', 3],
  ])('reports %s in YAML with its 1-based line', (_name, text, line) => {
    const problem = syntaxProblem('yaml', text);
    expect(problem).toMatchObject({ language: 'yaml', line });
    expect(problem?.column).toBeGreaterThanOrEqual(1);
    expect(problem?.message).not.toMatch(/at line/);
  });

  it.each([
    ['a trailing comma', '{\n  "a": [1,\n  ]\n}', 3, 3, 'unexpected "]"'],
    ['a single-quoted string', "{'a': 1}", 1, 2, `unexpected "'"`],
    ['a missing colon', '{"a" 1}', 1, 6, 'unexpected "1"'],
    ['text that ends early', '{"a": [1, 2', 1, 12, 'the text ends before the JSON does'],
    ['a comment', '{\n// no\n"a": 1}', 2, 1, 'unexpected "/"'],
    ['trailing garbage', '{}\nx', 2, 1, 'unexpected "x"'],
  ])('reports %s in JSON at its line and column', (_name, text, line, column, message) => {
    expect(syntaxProblem('json', text)).toEqual({ language: 'json', line, column, message });
  });

  it('ignores files of other languages', () => {
    expect(syntaxProblem(null, '{ not json')).toBeNull();
  });
});

describe('jsonErrorOffset', () => {
  it.each(['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', ' {"a": [true, false, null, {"b": "c"}]} ', '[1, [2, [3]]]'])('accepts %j like JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBeNull();
  });

  it.each(['', '01', '1.', '.5', '[1,]', '{"a":1,}', '"\t"', '"\\x"', 'nul', 'tru e', '{"a"}', '[1 2]'])('refuses %j like JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).not.toBeNull();
  });
});
