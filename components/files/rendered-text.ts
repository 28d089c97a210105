import { languageOf } from '@/lib/files/language';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A fence longer than any run of backticks inside `code`, so the code cannot close it early. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** `code` as one fenced Markdown block in `language`. */
export function fenced(code: string, language: string | null): string {
  const fence = fenceFor(code);
  return `${fence}${language ?? ''}\n${code.replace(/\n$/, '')}\n${fence}\n`;
}

/**
 * The Markdown the read-only view renders for a file: Markdown as itself (its YAML front matter,
 * as in SKILL.md, shown as a YAML block rather than misread as a heading), anything else as one
 * fenced block so the renderer highlights it.
 */
export function renderedMarkdown(name: string, text: string): string {
  const language = languageOf(name);
  if (language.view !== 'markdown') return fenced(text, language.fence);
  const front = FRONT_MATTER.exec(text);
  if (!front) return text;
  return `${fenced(front[1] ?? '', 'yaml')}\n${text.slice(front[0].length)}`;
}
