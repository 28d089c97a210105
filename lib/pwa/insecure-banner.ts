/** localStorage key remembering, per device, that the insecure-connection banner was dismissed. */
export const INSECURE_BANNER_DISMISSED_KEY = 'paddock.insecure-banner-dismissed';

/** True over plain HTTP (not a secure context) until the banner is dismissed on this device. */
export function wantsInsecureBanner(win: Pick<Window, 'isSecureContext' | 'localStorage'>): boolean {
  return !win.isSecureContext && win.localStorage.getItem(INSECURE_BANNER_DISMISSED_KEY) !== '1';
}
