import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '@/components/chat/markdown/split-blocks';

const html = (markdown: string) =>
  renderToStaticMarkup(createElement(Markdown, { remarkPlugins: [remarkGfm] }, markdown))
    .replace(/>\s+</g, '><')
    .trim();

const ANSWER = `# Release notes
Intro paragraph with **bold** and a [link](https://example.com).
## Changes
1. First change

   With a second paragraph.

   \`\`\`diff
   -old

   +new
   \`\`\`

2. Second change
   - nested
   - list

* loose

* bullets

> A quote
> over lines

| Key | Value |
| --- | --- |
| a | 1 |
Trailing row without pipes | 2

\`\`\`\`md
\`\`\`js
code inside

markdown
\`\`\`
\`\`\`\`
    indented code

    continues
Setext heading
--------------
Final paragraph.
`;

describe('splitting is invisible in the output', () => {
  it('renders the same HTML block by block as in one piece', () => {
    const { blocks } = splitBlocks(ANSWER);
    expect(blocks).toHaveLength(8);
    expect(blocks.map(html).join('')).toBe(html(ANSWER));
  });

  it('never loses or reorders text, whatever the input', () => {
    const pieces = ['*', '_', '`', '[', ']', '(', ')', ' ', '\n', '\n\n', 'a', '1.', '- ', '# ', '> ', '|', '    ', '```', '~~~', 'x'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < 2000; n += 1) {
      let text = '';
      for (let i = Math.floor(random() * 40); i > 0; i -= 1) text += pieces[Math.floor(random() * pieces.length)];
      expect(splitBlocks(text).blocks.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});
