import { describe, expect, it } from 'vitest';
import { closeOpenMarkdown } from '@/components/chat/markdown/close-open-markdown';

describe('closeOpenMarkdown', () => {
  it.each([
    ['**bold', '**bold**'],
    ['Some **bold text', 'Some **bold text**'],
    ['*em', '*em*'],
    ['_em', '_em_'],
    ['__init', '__init__'],
    ['***both', '***both***'],
    ['`code', '`code`'],
    ['``code with ` inside', '``code with ` inside``'],
    ['~~strike', '~~strike~~'],
    ['**bold `code', '**bold `code`**'],
  ])('closes %j', (tail, expected) => {
    expect(closeOpenMarkdown(tail)).toBe(expected);
  });

  it('finishes a half-typed closer instead of adding a whole one', () => {
    expect(closeOpenMarkdown('**bold*')).toBe('**bold**');
    expect(closeOpenMarkdown('``code`')).toBe('``code``');
  });

  it('puts the closer before trailing whitespace, where it can still close', () => {
    expect(closeOpenMarkdown('**bold ')).toBe('**bold**');
    expect(closeOpenMarkdown('*em\n')).toBe('*em*');
  });

  it('drops a marker that has nothing after it yet', () => {
    expect(closeOpenMarkdown('Hello **')).toBe('Hello');
    expect(closeOpenMarkdown('Hello *')).toBe('Hello');
    expect(closeOpenMarkdown('Hello `')).toBe('Hello');
    expect(closeOpenMarkdown('Hello ~~')).toBe('Hello');
    expect(closeOpenMarkdown('**bold and *')).toBe('**bold and**');
    expect(closeOpenMarkdown('Text\n``')).toBe('Text');
  });

  it('renders a half-written link as its text without a live target', () => {
    expect(closeOpenMarkdown('[docs](http://exa')).toBe('[docs]()');
    expect(closeOpenMarkdown('See **[docs](https://example.com/a_(b')).toBe('See **[docs]()**');
    expect(closeOpenMarkdown('[docs](')).toBe('[docs]()');
  });

  it('removes a half-written image so no partial URL is fetched', () => {
    expect(closeOpenMarkdown('Look: ![chart](https://exa')).toBe('Look:');
  });

  it('leaves finished links and brackets alone', () => {
    expect(closeOpenMarkdown('[docs](http://example.com) done')).toBe('[docs](http://example.com) done');
    expect(closeOpenMarkdown('an array [1, 2')).toBe('an array [1, 2');
  });

  it('returns the tail untouched when nothing is open', () => {
    for (const tail of ['plain text', '**bold** and *em* and `code` and ~~gone~~', 'a \\*literal', 'Hello ']) {
      expect(closeOpenMarkdown(tail)).toBe(tail);
    }
  });

  it('leaves intraword and spaced markers alone', () => {
    expect(closeOpenMarkdown('snake_case_name')).toBe('snake_case_name');
    expect(closeOpenMarkdown('2*3 = 6')).toBe('2*3 = 6');
    expect(closeOpenMarkdown('2 * 3')).toBe('2 * 3');
    expect(closeOpenMarkdown('about ~5 minutes')).toBe('about ~5 minutes');
  });

  it('closes an open code fence, keeping the indentation of a nested one', () => {
    expect(closeOpenMarkdown('```ts\nconst a = 1')).toBe('```ts\nconst a = 1\n```');
    expect(closeOpenMarkdown('```ts\nconst a = 1\n')).toBe('```ts\nconst a = 1\n```');
    expect(closeOpenMarkdown('````\n```\nx')).toBe('````\n```\nx\n````');
    expect(closeOpenMarkdown('~~~\nx')).toBe('~~~\nx\n~~~');
    expect(closeOpenMarkdown('1. Step\n   ```bash\n   npm i')).toBe('1. Step\n   ```bash\n   npm i\n   ```');
    expect(closeOpenMarkdown('> ```js\n> let a')).toBe('> ```js\n> let a\n> ```');
  });

  it('replaces a half-typed closing fence rather than showing it as code', () => {
    expect(closeOpenMarkdown('```\ncode\n``')).toBe('```\ncode\n```');
  });

  it('never touches markers inside code', () => {
    expect(closeOpenMarkdown('```\nconst s = "**not bold')).toBe('```\nconst s = "**not bold\n```');
    expect(closeOpenMarkdown('```\na\n```\n')).toBe('```\na\n```\n');
    expect(closeOpenMarkdown('    indented **code')).toBe('    indented **code');
    expect(closeOpenMarkdown('`a ** b')).toBe('`a ** b`');
  });

  it('only looks at the last paragraph, list item or table cell', () => {
    expect(closeOpenMarkdown('**not closed\n\nnext *em')).toBe('**not closed\n\nnext *em*');
    expect(closeOpenMarkdown('- **one\n- two')).toBe('- **one\n- two');
    expect(closeOpenMarkdown('- one\n- **two')).toBe('- one\n- **two**');
    expect(closeOpenMarkdown('| a | b |\n|---|---|\n| x | **y')).toBe('| a | b |\n|---|---|\n| x | **y**');
    expect(closeOpenMarkdown('| a | **b** |')).toBe('| a | **b** |');
    expect(closeOpenMarkdown('# **Title')).toBe('# **Title**');
  });

  it('lets emphasis span lines of one paragraph', () => {
    expect(closeOpenMarkdown('**bold that\nwraps')).toBe('**bold that\nwraps**');
    expect(closeOpenMarkdown('**bold that\nends**')).toBe('**bold that\nends**');
  });
});
