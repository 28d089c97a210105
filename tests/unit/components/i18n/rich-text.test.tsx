import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from '@/components/i18n/rich-text';
import { LocaleProvider, useT } from '@/components/i18n/locale-provider';
import { defineCatalogue } from '@/lib/i18n/catalogue';

const TAGS = { code: (text: string) => <code>{text}</code>, b: (text: string) => <strong>{text}</strong> };

describe('RichText', () => {
  it('renders marked words with their tag and the rest as text', () => {
    expect(renderToStaticMarkup(<RichText text="Plain <code>http://x/<host></code> works, <b>mostly</b>." tags={TAGS} />)).toBe(
      'Plain <code>http://x/&lt;host&gt;</code> works, <strong>mostly</strong>.',
    );
  });

  it('keeps unknown tags as visible text, escaped', () => {
    expect(renderToStaticMarkup(<RichText text="a <i>b</i> c" tags={TAGS} />)).toBe('a &lt;i&gt;b&lt;/i&gt; c');
  });
});

describe('useT', () => {
  const catalogue = defineCatalogue({ en: { hi: 'Hello {name}' }, 'zh-TW': { hi: '你好，{name}' } });
  function Greeting() {
    return <p>{useT(catalogue)('hi', { name: 'Ann' })}</p>;
  }

  it('translates with the locale the provider hands down, English without one', () => {
    expect(renderToStaticMarkup(<LocaleProvider locale="zh-TW"><Greeting /></LocaleProvider>)).toBe('<p>你好，Ann</p>');
    expect(renderToStaticMarkup(<Greeting />)).toBe('<p>Hello Ann</p>');
  });
});
