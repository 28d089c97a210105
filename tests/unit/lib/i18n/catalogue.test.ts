import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCatalogue, formatMessage, interpolate, translator, type Catalogue, type Message } from '@/lib/i18n/catalogue';
import { localeCookieLine } from '@/lib/i18n/locale-cookie';

const MESSAGES_DIR = path.resolve(import.meta.dirname, '../../../../lib/i18n/messages');

async function allCatalogues(): Promise<[string, Catalogue<string>][]> {
  const found: [string, Catalogue<string>][] = [];
  for (const file of readdirSync(MESSAGES_DIR).filter((f) => f.endsWith('.ts'))) {
    const module: Record<string, unknown> = await import(path.join(MESSAGES_DIR, file));
    for (const [name, value] of Object.entries(module)) found.push([`${file}:${name}`, value as Catalogue<string>]);
  }
  return found;
}

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : [m.one, m.other]);
const slots = (m: Message): string[] => [...new Set(forms(m).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? '')))].sort();

/** Characters that exist only in Simplified Chinese, and their Traditional forms Taiwan uses. */
const SIMPLIFIED_ONLY = /[这对话设删载关开时们么说应实为发会进复制览简体备输户线显页该错误请选择项]/u;

describe('interpolate and plurals', () => {
  it('fills named slots and writes numbers the locale’s way', () => {
    expect(interpolate('{count} runs of {job}', 'en', { count: 12345, job: 'daily' })).toBe('12,345 runs of daily');
    expect(interpolate('{count} 則', 'zh-TW', { count: 12345 })).toBe('12,345 則');
  });

  it('writes small whole numbers exactly as Intl does, and decimals and large numbers through it', () => {
    for (const locale of ['en', 'zh-TW'] as const) {
      for (const n of [0, 1, 7, 42, 999, 1000, 2.5, -3]) expect(interpolate('{n}', locale, { n })).toBe(new Intl.NumberFormat(locale).format(n));
    }
  });

  it('leaves an unknown slot visible instead of dropping words', () => {
    expect(interpolate('Hello {name}', 'en')).toBe('Hello {name}');
  });

  it('picks the English singular only for one, and Chinese has one form', () => {
    const message = { one: '{count} message', other: '{count} messages' };
    expect([0, 1, 2].map((count) => formatMessage(message, 'en', { count }))).toEqual(['0 messages', '1 message', '2 messages']);
    expect(formatMessage('{count} 則訊息', 'zh-TW', { count: 1 })).toBe('1 則訊息');
  });

  it('translates through a catalogue, falling back to English for a key missing at run time', () => {
    const catalogue = defineCatalogue({ en: { hi: 'Hi {name}' }, 'zh-TW': { hi: '嗨，{name}' } });
    expect(translator(catalogue, 'zh-TW')('hi', { name: 'Ann' })).toBe('嗨，Ann');
    const broken = { en: { hi: 'Hi' }, 'zh-TW': {} } as unknown as Catalogue<'hi'>;
    expect(translator(broken, 'zh-TW')('hi')).toBe('Hi');
  });
});

describe('every catalogue', () => {
  it('is found', async () => {
    expect((await allCatalogues()).length).toBeGreaterThanOrEqual(10);
  });

  it('has exactly the English keys in Traditional Chinese, none empty', async () => {
    for (const [name, catalogue] of await allCatalogues()) {
      const en = Object.keys(catalogue.en).sort();
      expect(Object.keys(catalogue['zh-TW']).sort(), name).toEqual(en);
      for (const key of en) {
        for (const form of [...forms(catalogue.en[key] ?? ''), ...forms(catalogue['zh-TW'][key] ?? '')]) expect(form.trim(), `${name} ${key}`).not.toBe('');
      }
    }
  });

  it('keeps the same {slots} in both languages', async () => {
    for (const [name, catalogue] of await allCatalogues()) {
      for (const key of Object.keys(catalogue.en)) {
        const en = catalogue.en[key];
        const zh = catalogue['zh-TW'][key];
        if (en === undefined || zh === undefined) throw new Error(`${name} ${key} missing`);
        expect(slots(zh), `${name} ${key}`).toEqual(slots(en));
      }
    }
  });

  it('writes Traditional characters, never Simplified-only ones', async () => {
    for (const [name, catalogue] of await allCatalogues()) {
      for (const [key, message] of Object.entries(catalogue['zh-TW'])) {
        for (const form of forms(message)) expect(SIMPLIFIED_ONLY.test(form), `${name} ${key}: ${form}`).toBe(false);
      }
    }
  });
});

describe('the locale cookie', () => {
  it('keeps a choice for a year and forgets it to follow the browser', () => {
    expect(localeCookieLine('zh-TW', true)).toBe('paddock-locale=zh-TW; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
    expect(localeCookieLine(null, false)).toBe('paddock-locale=; Path=/; Max-Age=0; SameSite=Lax');
  });
});
