const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * The `document.cookie` line that keeps a preference of this device (theme, language), or forgets
 * it when `value` is null. Not HttpOnly on purpose: the page sets it, and the server reads it on
 * the next render so the first paint already follows it.
 */
export function deviceCookieLine(name: string, value: string | null, secure: boolean): string {
  const age = value === null ? 0 : ONE_YEAR_S;
  return `${name}=${value ?? ''}; Path=/; Max-Age=${age}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
