/** Placeholder owned by the helper building this section; replaced before anything lands. */
export function LanguageSettings() {
  return null;
}
