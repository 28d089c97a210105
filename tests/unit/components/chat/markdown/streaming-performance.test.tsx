// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StreamingMarkdown } from '@/components/chat/markdown/streaming-markdown';

// Spies that record which text react-markdown parses and which code gets highlighted,
// while delegating to the real implementations.
const spies = vi.hoisted(() => ({ parsed: [] as string[], highlighted: [] as string[] }));

vi.mock('react-markdown', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react-markdown')>();
  const Spy: typeof actual.default = (options) => {
    spies.parsed.push(options.children ?? '');
    return actual.default(options);
  };
  return { ...actual, default: Spy };
});

vi.mock('@/components/chat/markdown/highlighter', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/components/chat/markdown/highlighter')>();
  return {
    ...actual,
    highlight: (code: string, language: string | null | undefined) => {
      spies.highlighted.push(code);
      return actual.highlight(code, language);
    },
  };
});

beforeEach(() => {
  spies.parsed.length = 0;
  spies.highlighted.length = 0;
});
afterEach(cleanup);

/** Streams `text` into one mounted component, `size` characters per token. */
function streamInto(text: string, size: number, from = 0) {
  const view = render(<StreamingMarkdown text={text.slice(0, from)} streaming />);
  for (let end = from + size; end < text.length + size; end += size) {
    act(() => view.rerender(<StreamingMarkdown text={text.slice(0, end)} streaming />));
  }
  return view;
}

describe('streaming re-renders', () => {
  it('does not re-render finished blocks when more text is appended', () => {
    const view = render(<StreamingMarkdown text={'First paragraph.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nThird is gro'} streaming />);
    expect(spies.parsed).toHaveLength(3);
    spies.parsed.length = 0;

    act(() => view.rerender(<StreamingMarkdown text={'First paragraph.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nThird is growing'} streaming />));
    expect(spies.parsed).toEqual(['Third is growing']);

    act(() => view.rerender(<StreamingMarkdown text={'First paragraph.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nThird is growing **fast'} streaming />));
    expect(spies.parsed).toEqual(['Third is growing', 'Third is growing **fast**']);
    expect(view.container.querySelector('table')).not.toBeNull();
  });

  it('renders a finishing block once more as settled, then never again', () => {
    const view = render(<StreamingMarkdown text={'One'} streaming />);
    act(() => view.rerender(<StreamingMarkdown text={'One\n\nTwo'} streaming />));
    act(() => view.rerender(<StreamingMarkdown text={'One\n\nTwo more'} streaming />));
    expect(spies.parsed).toEqual(['One', 'One', 'Two', 'Two more']);
  });

  it('keeps per-token work on a 50 KB answer to the open tail', () => {
    const section = (n: number) =>
      [
        `## Section ${n}`,
        `Paragraph ${n} with **bold**, *em*, \`code\` and a [link](https://example.com/${n}).`,
        '- item one\n- item two\n  - nested',
        '| col | value |\n|---|---|\n| a | 1 |',
        '```ts\nconst x = 1;\n\nexport { x };\n```',
      ].join('\n\n');
    let answer = '';
    for (let n = 0; answer.length < 50_000; n += 1) answer += `${section(n)}\n\n`;
    const tail = 'The final paragraph streams in word by word and grows for a while before it ends.';

    const view = render(<StreamingMarkdown text={answer} streaming />);
    const blocksBefore = view.container.firstElementChild?.childElementCount ?? 0;
    expect(blocksBefore).toBeGreaterThan(500);
    spies.parsed.length = 0;

    for (let end = 1; end <= tail.length; end += 4) {
      act(() => view.rerender(<StreamingMarkdown text={answer + tail.slice(0, end)} streaming />));
    }

    // Exactly one parse per token, and only of the tail.
    expect(spies.parsed).toHaveLength(Math.ceil(tail.length / 4));
    expect(Math.max(...spies.parsed.map((text) => text.length))).toBeLessThanOrEqual(tail.length);
    // The work per token is bounded by the tail's size, whatever the answer's: no timing needed to show it.
    expect(view.container.firstElementChild?.childElementCount).toBe(blocksBefore + 1);
  }, 60_000);
});

describe('lazy highlighting', () => {
  it('never highlights the open block and highlights a fence once it closes', async () => {
    const text = 'Intro.\n\n```ts\nconst a = 1;\n\nconst b = 2;\n```\n\nAfter the code.';
    const closeAt = text.indexOf('```\n\nAfter') + 4;
    const view = streamInto(text.slice(0, closeAt - 1), 3);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(spies.highlighted).toEqual([]);
    expect(view.container.querySelector('pre code')?.textContent).toBe('const a = 1;\n\nconst b = 2;');

    act(() => view.rerender(<StreamingMarkdown text={text.slice(0, closeAt)} streaming />));
    expect(spies.highlighted).toEqual(['const a = 1;\n\nconst b = 2;']);
    await vi.waitFor(() => expect(view.container.querySelector('.pd-code-highlighted')).not.toBeNull(), { timeout: 10_000 });

    act(() => view.rerender(<StreamingMarkdown text={text} streaming />));
    expect(spies.highlighted).toHaveLength(1);
  });

  it('highlights the last block when streaming ends', async () => {
    const view = render(<StreamingMarkdown text={'```py\nprint(1)'} streaming />);
    expect(spies.highlighted).toEqual([]);
    act(() => view.rerender(<StreamingMarkdown text={'```py\nprint(1)'} streaming={false} />));
    expect(spies.highlighted).toEqual(['print(1)']);
    await vi.waitFor(() => expect(view.container.querySelector('.pd-code-highlighted')).not.toBeNull(), { timeout: 10_000 });
  });
});
