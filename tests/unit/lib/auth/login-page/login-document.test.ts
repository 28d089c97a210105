// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loginDocumentHtml, type LoginDocumentInput } from '@/lib/auth/login-page/login-document';
import { authMessages } from '@/lib/i18n/messages/auth';
import { appMessages } from '@/lib/i18n/messages/app';
import { pwaMessages } from '@/lib/i18n/messages/pwa';

const BASE: LoginDocumentInput = {
  locale: 'en',
  theme: { family: 'paddock', mode: 'system' },
  error: null,
  next: null,
  nonce: 'n0nce+/=',
  script: { src: '/login/script.js?v=abc', serviceWorker: true },
};

function render(input: Partial<LoginDocumentInput> = {}): { html: string; doc: Document } {
  const html = loginDocumentHtml({ ...BASE, ...input });
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(2)>'`;

describe('the login document', () => {
  it('is a plain form that posts the password, the next path and a fixed username', () => {
    const { doc } = render({ next: '/reviews?x=1' });
    const form = doc.querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/api/auth/login');
    expect(doc.querySelector<HTMLInputElement>('input[name=next]')?.value).toBe('/reviews?x=1');
    const username = doc.querySelector<HTMLInputElement>('input[name=username]');
    expect([username?.value, username?.getAttribute('autocomplete'), username?.hidden]).toEqual(['paddock', 'username', true]);
    const password = doc.querySelector<HTMLInputElement>('#password');
    expect(password?.type).toBe('password');
    expect(password?.required).toBe(true);
    expect(password?.hasAttribute('autofocus')).toBe(true);
    expect(password?.getAttribute('autocomplete')).toBe('current-password');
    expect(doc.querySelector('label[for=password]')?.textContent).toBe('Password');
    expect(doc.querySelector('button[type=submit]')?.hasAttribute('disabled')).toBe(false);
  });

  it('shows no error and no aria-describedby without ?error', () => {
    const { doc } = render();
    expect(doc.querySelector('[role=alert]')).toBeNull();
    expect(doc.querySelector('#password')?.hasAttribute('aria-describedby')).toBe(false);
  });

  it.each([
    ['invalid', 'That password is not right. Try again.'],
    ['bad_request', 'Type the password first.'],
    ['rate_limited', 'Logging in failed. Try again.'],
    ['__proto__', 'Logging in failed. Try again.'],
    [HOSTILE, 'Logging in failed. Try again.'],
  ])('maps ?error=%s to its message, tied to the field by aria-describedby', (error, message) => {
    const { doc, html } = render({ error });
    const alert = doc.querySelector('[role=alert]');
    expect(alert?.textContent).toBe(message);
    expect(doc.querySelector('#password')?.getAttribute('aria-describedby')).toBe(alert?.id);
    expect(html).not.toContain('alert(1)');
  });

  it('escapes a hostile next path: it stays one attribute value and adds no element', () => {
    const { doc } = render({ next: HOSTILE });
    expect(doc.querySelector<HTMLInputElement>('input[name=next]')?.value).toBe(HOSTILE);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('carries no inline event handler anywhere', () => {
    const { doc } = render({ next: HOSTILE, error: 'invalid' });
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
    expect(handlers).toEqual([]);
  });

  it('loads its one script deferred, with the nonce, saying whether to register the worker', () => {
    const script = render().doc.querySelector('script');
    expect(script?.getAttribute('src')).toBe('/login/script.js?v=abc');
    expect(script?.getAttribute('nonce')).toBe('n0nce+/=');
    expect(script?.hasAttribute('defer')).toBe(true);
    expect(script?.hasAttribute('data-service-worker')).toBe(true);
    const dev = render({ script: { src: '/login/script.js?v=abc', serviceWorker: false } }).doc.querySelector('script');
    expect(dev?.hasAttribute('data-service-worker')).toBe(false);
  });

  it('leaves the script out without a nonce (the CSP would block it) or without a built script', () => {
    expect(render({ nonce: undefined }).doc.querySelector('script')).toBeNull();
    expect(render({ script: undefined }).doc.querySelector('script')).toBeNull();
  });

  it('names the theme on <html> and colours the status bar with it', () => {
    const dark = render({ theme: { family: 'sepia', mode: 'dark' } }).doc;
    expect([dark.documentElement.dataset.theme, dark.documentElement.dataset.mode]).toEqual(['sepia', 'dark']);
    const colors = [...dark.querySelectorAll('meta[name=theme-color]')].map((m) => [m.getAttribute('content'), m.getAttribute('media')]);
    expect(colors).toEqual([['#1a1411', null]]);
    const system = render().doc.querySelectorAll('meta[name=theme-color]');
    expect([...system].map((m) => m.getAttribute('media'))).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  });

  it('inlines the theme variables its stylesheet uses', () => {
    const css = [...render().doc.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).toContain(':root[data-theme="sepia"][data-mode="dark"]{--pd-bg:#1a1411');
    expect(css).toContain('var(--pd-accent)');
  });

  it('has the head every page has: zoomable viewport, manifest, icons, iOS tags, title and description', () => {
    const { doc } = render();
    const viewport = doc.querySelector('meta[name=viewport]')?.getAttribute('content') ?? '';
    expect(viewport).toContain('viewport-fit=cover');
    expect(viewport).not.toMatch(/maximum-scale|user-scalable/);
    expect(doc.title).toBe('Log in · Paddock');
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(appMessages.en.description);
    expect(doc.querySelector('link[rel=manifest]')?.getAttribute('href')).toBe('/manifest.webmanifest');
    expect(doc.querySelector('link[rel=apple-touch-icon]')?.getAttribute('sizes')).toBe('180x180');
    expect(doc.querySelector('meta[name=apple-mobile-web-app-capable]')?.getAttribute('content')).toBe('yes');
    expect(doc.querySelector('meta[name=apple-mobile-web-app-title]')?.getAttribute('content')).toBe('Paddock');
  });

  it('speaks Traditional Chinese for zh-TW, from the same catalogues', () => {
    const { doc } = render({ locale: 'zh-TW', error: 'invalid' });
    expect(doc.documentElement.lang).toBe('zh-Hant-TW');
    expect(doc.title).toBe('登入 · Paddock');
    expect(doc.querySelector('label')?.textContent).toBe('密碼');
    expect(doc.querySelector('button[type=submit]')?.textContent).toBe('登入');
    expect(doc.querySelector('[role=alert]')?.textContent).toBe('密碼不正確，請再試一次。');
    expect(doc.querySelector('#insecure')?.getAttribute('aria-label')).toBe('連線不安全');
  });

  it.each(['en', 'zh-TW'] as const)('shows only catalogue text in %s (the untranslated-string checker reads .tsx only)', (locale) => {
    const { doc } = render({ locale, error: 'invalid' });
    const known = new Set<string>(['Paddock', 'P', ...[authMessages, pwaMessages].flatMap((c) => Object.values(c[locale]).map(String))]);
    const walker = doc.createTreeWalker(doc.body, 4);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) texts.push(node.textContent.trim());
    expect(texts.length).toBeGreaterThan(8);
    expect(texts.filter((t) => !known.has(t))).toEqual([]);
    const labels = [...doc.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '');
    expect(labels.filter((t) => !known.has(t))).toEqual([]);
  });

  it('renders the insecure-connection banner and the offline strip hidden, for the script to show', () => {
    const { doc } = render();
    const banner = doc.querySelector<HTMLElement>('aside#insecure');
    expect(banner?.hidden).toBe(true);
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/help/https');
    expect(doc.querySelector('[role=status] #offline')?.hasAttribute('hidden')).toBe(true);
  });
});
