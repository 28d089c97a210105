// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Snippet } from '@/components/sessions/snippet';
import { SNIPPET_MATCH_END, SNIPPET_MATCH_START, snippetParts } from '@/components/sessions/snippet-parts';
import { MATCH_END, MATCH_START } from '@/lib/hermes-home';

afterEach(cleanup);

const S = SNIPPET_MATCH_START;
const E = SNIPPET_MATCH_END;

describe('snippetParts', () => {
  it('uses the same markers the search reader writes', () => {
    expect([S, E]).toEqual([MATCH_START, MATCH_END]);
  });

  it('splits marked text into plain and matched runs', () => {
    expect(snippetParts(`…the ${S}black sesame${E} toast and ${S}黑芝麻${E}吐司`)).toEqual([
      { text: '…the ', match: false },
      { text: 'black sesame', match: true },
      { text: ' toast and ', match: false },
      { text: '黑芝麻', match: true },
      { text: '吐司', match: false },
    ]);
  });

  it('drops markers that do not pair up instead of showing them', () => {
    expect(snippetParts(`a${E}b${S}c${S}d`)).toEqual([
      { text: 'ab', match: false },
      { text: 'cd', match: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});

describe('Snippet', () => {
  it('wraps matches in <mark>', () => {
    const { container } = render(<Snippet snippet={`buy ${S}oats${E} today`} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['oats']);
    expect(container.textContent).toBe('buy oats today');
  });

  it('renders HTML in a snippet as text, so it cannot inject elements', () => {
    const evil = `<img src=x onerror=alert(1)> and ${S}<script>alert(2)</script>${E}`;
    const { container } = render(<Snippet snippet={evil} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> and <script>alert(2)</script>');
    expect(container.querySelector('mark')?.textContent).toBe('<script>alert(2)</script>');
  });
});

describe('Snippet with Markdown', () => {
  it('drops Markdown syntax around and inside a match, keeping the match', () => {
    const { container } = render(<Snippet snippet={`| **${S}黑芝麻${E}吐司** | 95 |`} />);
    expect(container.textContent).toBe('黑芝麻吐司 · 95');
    expect(container.querySelector('mark')?.textContent).toBe('黑芝麻');
  });
});
