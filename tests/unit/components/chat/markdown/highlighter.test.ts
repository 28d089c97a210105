import { describe, expect, it } from 'vitest';
import { highlight, MAX_HIGHLIGHT_CHARS, resolveLanguage } from '@/components/chat/markdown/highlighter';

describe('highlight', () => {
  it('turns TypeScript into line and token spans carrying both themes as CSS variables', async () => {
    const html = await highlight('const answer: number = 42;\nexport default answer;', 'ts');
    expect(html).not.toBeNull();
    expect(html).toContain('<span class="line">');
    expect(html).toMatch(/<span style="--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}">const<\/span>/i);
    // No inline default colour and no wrapper: the component supplies its own <pre><code>.
    expect(html).not.toMatch(/<pre|<code|(^|[;"])color:/);
    expect(html?.split('<span class="line">')).toHaveLength(3);
  }, 20_000);

  it('loads each supported grammar on demand', async () => {
    const samples: Array<[string, string]> = [
      ['tsx', 'const el = <div className="a">{x}</div>;'],
      ['js', 'let a = 1;'],
      ['json', '{"a": [1, true, null]}'],
      ['yml', 'key: value\nlist:\n  - 1'],
      ['bash', 'echo "$HOME" | grep x'],
      ['shell', 'ls -la'],
      ['python', 'def f(x):\n    return x * 2'],
      ['md', '# Title\n\n- item'],
      ['diff', '-old\n+new'],
      ['html', '<p class="a">hi</p>'],
      ['css', '.a { color: red; }'],
      ['sql', 'SELECT * FROM t WHERE id = 1;'],
    ];
    for (const [language, code] of samples) {
      expect(await highlight(code, language), language).toContain('--shiki-dark:');
    }
  }, 30_000);

  it('escapes the code it highlights', async () => {
    const html = await highlight('<img src=x onerror=alert(1)><script>alert(1)</script>', 'html');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
  }, 20_000);

  it('falls back (null) for unknown or missing languages and oversized blocks', async () => {
    expect(await highlight('+++ brainfuck +++', 'brainfuck')).toBeNull();
    expect(await highlight('plain', null)).toBeNull();
    expect(await highlight('plain', '')).toBeNull();
    expect(await highlight('x'.repeat(MAX_HIGHLIGHT_CHARS + 1), 'ts')).toBeNull();
  });
});

describe('resolveLanguage', () => {
  it('maps aliases and info strings to shipped grammars', () => {
    expect(resolveLanguage('TS')).toBe('typescript');
    expect(resolveLanguage('python title="x.py"')).toBe('python');
    expect(resolveLanguage('sh')).toBe('shellscript');
    expect(resolveLanguage('jsx')).toBe('tsx');
    expect(resolveLanguage('yml')).toBe('yaml');
    expect(resolveLanguage('rust')).toBeNull();
    expect(resolveLanguage(undefined)).toBeNull();
  });
});
