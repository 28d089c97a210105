import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/lib/http/escape-html';

describe('escapeHtml', () => {
  it('turns the characters that end text or an attribute into entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves other text, Chinese included, as it is', () => {
    expect(escapeHtml('/reviews?x=1 登入 · Paddock')).toBe('/reviews?x=1 登入 · Paddock');
  });

  it('escapes an ampersand once, so existing entities stay visible text', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});
