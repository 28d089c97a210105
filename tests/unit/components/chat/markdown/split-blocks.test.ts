import { describe, expect, it } from 'vitest';
import { splitBlocks, splitBlocksIncremental, toResult, type SplitState } from '@/components/chat/markdown/split-blocks';

describe('splitBlocks', () => {
  it('splits paragraphs at blank lines and marks only the last block open', () => {
    expect(splitBlocks('First para\nstill first\n\nSecond')).toEqual({ blocks: ['First para\nstill first', 'Second'], tailOpen: true });
  });

  it('reports no open tail once the text ends in a blank line after a paragraph', () => {
    expect(splitBlocks('One\n\nTwo\n\n')).toEqual({ blocks: ['One', 'Two'], tailOpen: false });
  });

  it('keeps blank lines inside a ``` fence in one block, and gives the fence its own block', () => {
    const text = 'Here is code:\n```ts\nconst a = 1;\n\n\nconst b = 2;\n```\nAfter the code\n';
    expect(splitBlocks(text).blocks).toEqual(['Here is code:', '```ts\nconst a = 1;\n\n\nconst b = 2;\n```', 'After the code']);
  });

  it('handles ~~~ fences and longer fences that contain shorter ones', () => {
    const text = '~~~~md\n```\n\n~~~\nnot closed yet\n\n~~~~\n\nAfter\n';
    expect(splitBlocks(text).blocks).toEqual(['~~~~md\n```\n\n~~~\nnot closed yet\n\n~~~~', 'After']);
    const backticks = '````\n```js\n\nx\n```\n\n````\nAfter\n';
    expect(splitBlocks(backticks).blocks).toEqual(['````\n```js\n\nx\n```\n\n````', 'After']);
  });

  it('keeps an unclosed fence open to the end, blank lines and all', () => {
    const text = 'Intro\n\n```python\ndef f():\n\n    return 1\n';
    expect(splitBlocks(text)).toEqual({ blocks: ['Intro', '```python\ndef f():\n\n    return 1'], tailOpen: true });
  });

  it('does not treat inline triple backticks with a backtick in the info string as a fence', () => {
    expect(splitBlocks('```inline` code\n\nnext\n').blocks).toEqual(['```inline` code', 'next']);
  });

  it('keeps a table in one block', () => {
    const table = '| Name | Value |\n| --- | ---: |\n| a | 1 |\n| b | 2 |';
    expect(splitBlocks(`Intro\n\n${table}\n\nOutro\n`).blocks).toEqual(['Intro', table, 'Outro']);
  });

  it('keeps a loose list, its indented paragraphs and fenced code in one block', () => {
    const list = '1. Install\n\n   ```bash\n   npm i\n\n   npm test\n   ```\n\n2. Run it\n\n   More about running.\n\n- mixed marker';
    expect(splitBlocks(`${list}\n\nAfter the list\n`).blocks).toEqual([list, 'After the list']);
  });

  it('keeps blank-separated indented code together', () => {
    expect(splitBlocks('Para\n\n    code 1\n\n    code 2\n\nNext\n').blocks).toEqual(['Para', '    code 1\n\n    code 2', 'Next']);
  });

  it('gives unindented headings their own block', () => {
    expect(splitBlocks('# Title\nIntro text\n## Sub\n- item\n').blocks).toEqual(['# Title', 'Intro text', '## Sub', '- item']);
  });

  it('decides nothing on a partial last line', () => {
    // "1" may become "1. item", which would continue the list above.
    expect(splitBlocks('- a\n\n1')).toEqual({ blocks: ['- a\n\n1'], tailOpen: true });
    expect(splitBlocks('- a\n\n1. b\n').blocks).toEqual(['- a\n\n1. b']);
    expect(splitBlocks('- a\n\nText\n').blocks).toEqual(['- a', 'Text']);
  });

  it('accepts CRLF line endings', () => {
    expect(splitBlocks('a\r\n\r\n```\r\nx\r\n\r\ny\r\n```\r\nb\r\n').blocks).toEqual(['a', '```\r\nx\r\n\r\ny\r\n```', 'b']);
  });
});

const SAMPLE = [
  '# Plan',
  'Some **bold** text and `code`.',
  '',
  '```ts',
  'const a = 1;',
  '',
  'function f() {',
  '  return a;',
  '}',
  '```',
  '',
  '1. one',
  '',
  '   indented',
  '2. two',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '~~~',
  'tilde fence',
  '',
  '~~~',
  '> quote',
  '',
  '    indented code',
  '',
  '    more',
  'Final words',
].join('\n');

describe('splitBlocksIncremental', () => {
  it('gives the same blocks as a full split however the text is chunked', () => {
    for (const step of [1, 2, 3, 7, 13]) {
      let state: SplitState | null = null;
      for (let end = 0; end <= SAMPLE.length; end += step) {
        const prefix = SAMPLE.slice(0, end);
        state = splitBlocksIncremental(prefix, state);
        expect(toResult(state), `step ${step}, ${end} chars`).toEqual(splitBlocks(prefix));
      }
    }
  });

  it('only rescans from the open tail and keeps the finished-blocks array while none finishes', () => {
    const head = 'x'.repeat(5000);
    const first = splitBlocksIncremental(`${head}\n\nTail starts`);
    expect(first.resume).toBe(head.length + 2);
    const second = splitBlocksIncremental(`${head}\n\nTail starts here`, first);
    expect(second.done).toBe(first.done);
    expect(second.resume).toBe(first.resume);
    expect(second.tail).toBe('Tail starts here');
  });

  it('starts over when the text is not an extension of the previous one', () => {
    const first = splitBlocksIncremental('a\n\nb');
    expect(toResult(splitBlocksIncremental('c\n\nd\n\ne', first)).blocks).toEqual(['c', 'd', 'e']);
  });
});
