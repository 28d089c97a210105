// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loginDocumentHtml } from '@/lib/auth/login-page/login-document';
import { INSECURE_BANNER_DISMISSED_KEY } from '@/lib/pwa/insecure-banner';
import { startLoginPage } from '@/lib/pwa/login-script';
import { CLEAR_USER_DATA } from '@/lib/pwa/worker-messages';

/** The real login page's body, so the script is tested against the markup it will meet. */
function loadLoginPage(): void {
  const html = loginDocumentHtml({ locale: 'en', theme: { family: 'paddock', mode: 'system' }, error: null, next: null, nonce: undefined, script: undefined });
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

function setSecure(secure: boolean): void {
  Object.defineProperty(window, 'isSecureContext', { value: secure, configurable: true });
}

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let register: ReturnType<typeof vi.fn>;
let posted: unknown[];
let deleted: string[];

beforeEach(() => {
  loadLoginPage();
  window.localStorage.clear();
  setSecure(true);
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
  posted = [];
  register = vi.fn(() => new Promise(() => undefined));
  const container = Object.assign(new EventTarget(), { controller: { postMessage: (m: unknown) => posted.push(m) }, register, ready: new Promise(() => undefined) });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  deleted = [];
  const names = ['paddock-user-reviews-pages', 'paddock-user-photos', 'serwist-precache-v2'];
  const storage = { keys: async () => names, delete: async (name: string) => (deleted.push(name), true) };
  Object.defineProperty(window, 'caches', { value: storage, configurable: true });
});

afterEach(() => {
  delete (window as { caches?: CacheStorage }).caches;
  document.body.innerHTML = '';
});

describe('the login page script', () => {
  it('drops the saved copies of the user data, in the page and through the worker', async () => {
    startLoginPage(true);
    await settle();
    expect(deleted.sort()).toEqual(['paddock-user-photos', 'paddock-user-reviews-pages']);
    expect(posted).toEqual([CLEAR_USER_DATA]);
  });

  it('registers the service worker only when asked and in a secure context', () => {
    startLoginPage(false);
    expect(register).not.toHaveBeenCalled();
    setSecure(false);
    startLoginPage(true);
    expect(register).not.toHaveBeenCalled();
    setSecure(true);
    startLoginPage(true);
    expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/', updateViaCache: 'none' });
  });

  it('keeps the insecure-connection banner hidden in a secure context', () => {
    startLoginPage(false);
    expect(document.getElementById('insecure')?.hidden).toBe(true);
  });

  it('shows the banner over plain HTTP, and Dismiss removes it for good on this device', () => {
    setSecure(false);
    startLoginPage(false);
    const banner = document.getElementById('insecure');
    expect(banner?.hidden).toBe(false);
    banner?.querySelector('button')?.click();
    expect(document.getElementById('insecure')).toBeNull();
    expect(window.localStorage.getItem(INSECURE_BANNER_DISMISSED_KEY)).toBe('1');
    loadLoginPage();
    startLoginPage(false);
    expect(document.getElementById('insecure')?.hidden).toBe(true);
  });

  it('shows the offline strip while the device is offline', () => {
    startLoginPage(false);
    const notice = document.getElementById('offline');
    expect(notice?.hidden).toBe(true);
    setOnline(false);
    expect(notice?.hidden).toBe(false);
    setOnline(true);
    expect(notice?.hidden).toBe(true);
  });
});
