import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUntranslated, findUntranslatedIn } from '@/scripts/i18n/find-untranslated';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

const texts = (code: string) => findUntranslated('snippet.tsx', code).map((f) => `${f.where}:${f.text}`);

describe('the untranslated-string checker', () => {
  it('finds words written straight into JSX text', () => {
    expect(texts('export const A = () => <p>Hello <b>world</b></p>;')).toEqual(['text:Hello', 'text:world']);
  });

  it('finds literals in readable attributes, also through ?: and template text', () => {
    const code = `export const A = ({ n, on }: { n: number; on: boolean }) => (
      <div aria-label="Close" title={on ? 'Open' : 'Shut'} placeholder={\`Photo \${n}\`} className="flex gap-2" data-x="raw" emptyLabel="None" />
    );`;
    expect(texts(code)).toEqual(['attribute:Close', 'attribute:Open', 'attribute:Shut', 'attribute:`Photo ${n}`', 'attribute:None']);
  });

  it('finds literals in child expressions and page metadata titles', () => {
    const code = `export const metadata = { title: 'Settings' };
      export const A = ({ busy }: { busy: boolean }) => <button>{busy ? 'Saving…' : 'Save'}</button>;`;
    expect(texts(code)).toEqual(['metadata:Settings', 'expression:Saving…', 'expression:Save']);
  });

  it('accepts translated text, symbols, the brand and non-text props', () => {
    const code = `export const A = ({ t, n }: { t: (k: string) => string; n: number }) => (
      <p aria-label={t('close')} title={t('x')} className="text-sm" enterKeyHint="send" href="/chat">
        {t('hello')} · {n} › ✓ Paddock {cn('a b')}
      </p>
    );`;
    expect(texts(code)).toEqual([]);
  });

  it('finds nothing untranslated under app/ and components/', () => {
    const found = findUntranslatedIn(ROOT, ['app', 'components']);
    expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });
});
