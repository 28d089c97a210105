/** The `code` of a Node fs error (`ENOENT`, `EROFS`…), or undefined for anything else. */
export function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
