// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeUrl } from '@/components/chat/markdown/markdown-block';
import { StreamingMarkdown } from '@/components/chat/markdown/streaming-markdown';

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(document, 'execCommand');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderMarkdown(text: string, streaming = false) {
  return render(<StreamingMarkdown text={text} streaming={streaming} />).container;
}

describe('StreamingMarkdown rendering', () => {
  it('renders a GFM table as a <table> inside a horizontally scrolling wrapper', () => {
    const container = renderMarkdown('| Name | Value |\n| --- | --- |\n| alpha | 1 |\n| beta | 2 |');
    const table = container.querySelector('table');
    expect(table).not.toBeNull();
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(table?.querySelector('th')?.textContent).toBe('Name');
    expect(table?.parentElement?.className).toContain('overflow-x-auto');
  });

  it('renders lists, headings, blockquotes, rules and inline code', () => {
    const container = renderMarkdown('## Steps\n\n1. one\n2. two\n\n- a\n- b\n\n> quoted\n\n---\n\nUse `npm test`.');
    expect(container.querySelector('h2')?.textContent).toBe('Steps');
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
    expect(container.querySelector('blockquote')?.textContent?.trim()).toBe('quoted');
    expect(container.querySelector('hr')).not.toBeNull();
    expect(container.querySelector('p code')?.className).toContain('bg-raised');
  });

  it('renders an open fence mid-stream as <pre><code>, without the raw fence', () => {
    const container = renderMarkdown('Here you go:\n\n```ts\nconst a = 1;\n\nconst b', true);
    const code = container.querySelector('pre > code');
    expect(code?.textContent).toBe('const a = 1;\n\nconst b');
    expect(container.textContent).not.toContain('```');
    expect(screen.getByText('ts')).toBeTruthy();
  });

  it('renders unfinished inline markup mid-stream without stray markers', () => {
    const container = renderMarkdown('Done.\n\nThis is **very important and `npm r', true);
    expect(container.querySelector('strong')?.textContent).toBe('very important and npm r');
    expect(container.querySelector('strong code')?.textContent).toBe('npm r');
    expect(container.textContent).not.toMatch(/\*\*|`/);
  });

  it('renders a half-written link as plain text with no href', () => {
    const container = renderMarkdown('See [the docs](https://exa', true);
    expect(container.textContent).toBe('See the docs');
    expect(container.querySelector('a')).toBeNull();
  });

  it('shows the literal text once streaming ends, without closing markers', () => {
    const container = renderMarkdown('Price is 5 **maybe', false);
    expect(container.querySelector('strong')).toBeNull();
    expect(container.textContent).toBe('Price is 5 **maybe');
  });

  it('never renders raw HTML from the answer as elements', () => {
    const container = renderMarkdown(
      'Hi <img src=x onerror=alert(1)> there\n\n<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n\n<a href="javascript:alert(1)">x</a>',
    );
    for (const selector of ['img', 'script', 'iframe', 'a']) {
      expect(container.querySelector(selector), selector).toBeNull();
    }
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('drops javascript: and other unsafe URLs from links and images', () => {
    const container = renderMarkdown(
      [
        '[plain](javascript:alert(1))',
        '[upper](JaVaScRiPt:alert(1))',
        '[entity](javascript&#58;alert(1))',
        '<javascript:alert(1)>',
        '[data](data:text/html,<script>alert(1)</script>)',
        '[vb](vbscript:msgbox)',
        '![img](javascript:alert(1))',
      ].join('\n\n'),
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML.toLowerCase()).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/);
    expect(container.textContent).toContain('plain');
  });

  it('opens http(s) links in a new tab safely and leaves mailto and relative links alone', () => {
    const container = renderMarkdown('[ext](https://example.com/a) [mail](mailto:me@example.com) [rel](/settings) [irc](irc://x.example/y) www.example.org');
    const links = [...container.querySelectorAll('a')];
    const byText = (text: string) => links.find((link) => link.textContent === text);
    expect(byText('ext')?.getAttribute('target')).toBe('_blank');
    expect(byText('ext')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(byText('mail')?.getAttribute('href')).toBe('mailto:me@example.com');
    expect(byText('mail')?.hasAttribute('target')).toBe(false);
    expect(byText('rel')?.getAttribute('href')).toBe('/settings');
    expect(byText('rel')?.hasAttribute('target')).toBe(false);
    expect(byText('irc')).toBeUndefined();
    expect(byText('www.example.org')?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('safeUrl', () => {
  it('allows only relative, http(s) and mailto URLs', () => {
    expect(safeUrl('https://example.com/x?y=1#z')).toBe('https://example.com/x?y=1#z');
    expect(safeUrl('HTTP://example.com')).toBe('HTTP://example.com');
    expect(safeUrl('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeUrl('/a/b:c')).toBe('/a/b:c');
    expect(safeUrl('#top')).toBe('#top');
    expect(safeUrl('page?x=a:b')).toBe('page?x=a:b');
    expect(safeUrl('javascript:alert(1)')).toBe('');
    expect(safeUrl('data:text/html,x')).toBe('');
    expect(safeUrl('xmpp:a@b.c')).toBe('');
    expect(safeUrl('irc://x')).toBe('');
  });
});

describe('code blocks', () => {
  it('highlights a finished block in the same box the plain text used', async () => {
    const container = renderMarkdown('```ts\nconst a: number = 1;\n```\n\nAfter.', true);
    const pre = container.querySelector('pre');
    const plainClass = pre?.querySelector('code')?.className;
    expect(pre?.querySelector('code')?.textContent).toBe('const a: number = 1;');
    await waitFor(() => expect(container.querySelector('code.pd-code-highlighted')).not.toBeNull(), { timeout: 10_000 });
    const highlighted = container.querySelector('code.pd-code-highlighted');
    expect(container.querySelector('pre')).toBe(pre);
    expect(highlighted?.className).toBe(`${plainClass} pd-code-highlighted`);
    expect(highlighted?.querySelectorAll('span.line')).toHaveLength(1);
    expect(highlighted?.textContent).toBe('const a: number = 1;');
  });

  it('keeps unknown languages plain', async () => {
    const container = renderMarkdown('```brainfuck\n+++\n```');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(container.querySelector('pre > code')?.textContent).toBe('+++');
    expect(container.querySelector('.pd-code-highlighted')).toBeNull();
  });

  it('copies with the Clipboard API and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('isSecureContext', true);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderMarkdown('```\necho hi\n```');
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(writeText).toHaveBeenCalledWith('echo hi');
    expect(screen.getByRole('status').textContent).toBe('Code copied to clipboard');
  });

  it('falls back to selecting the code where the Clipboard API is unavailable', async () => {
    vi.stubGlobal('isSecureContext', false);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    // The legacy copy command is refused too (as some browsers do): the selection must stay.
    Object.defineProperty(document, 'execCommand', { value: vi.fn(() => false), configurable: true });
    const container = renderMarkdown('```\necho fallback\n```');
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await screen.findByRole('button', { name: 'Selected' });
    const range = window.getSelection()?.getRangeAt(0);
    expect(range?.toString()).toBe('echo fallback');
    expect(container.querySelector('pre code')?.contains(range?.commonAncestorContainer ?? null)).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('selected');
  });

  it('uses the legacy copy command on a plain-HTTP page when the browser allows it', async () => {
    vi.stubGlobal('isSecureContext', false);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderMarkdown('```\necho legacy\n```');
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(execCommand).toHaveBeenCalledWith('copy');
  });
});
