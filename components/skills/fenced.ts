/** `text` as one Markdown code block, fenced with more backticks than it contains in a row, so nothing inside can close it. */
export function fenced(text: string, language: string | null): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language ?? ''}\n${text.replace(/\n$/, '')}\n${fence}`;
}
