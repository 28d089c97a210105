import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface SplitFrontmatter {
  /** The parsed mapping; empty when there is none or it could not be read at all. */
  data: Record<string, unknown>;
  body: string;
  /** What was wrong, in words for the person reading the skill list. */
  problems: string[];
}

const FENCE = /^---[ \t]*$/;
const SIMPLE_LINE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

/**
 * Hermes' own fallback when YAML fails: top-level `key: value` lines, `[a, b]` read as a list.
 * Indented lines belong to a nested value we cannot trust, so they are skipped.
 */
function simpleLines(lines: readonly string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of lines) {
    const match = SIMPLE_LINE.exec(line);
    if (!match?.[1]) continue;
    const value = (match[2] ?? '').trim();
    if (value === '') continue;
    data[match[1]] = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1).split(',').map(unquote).filter(Boolean) : unquote(value);
  }
  return data;
}

/**
 * When the whole block is not YAML, each top-level field (its line plus the indented lines under
 * it) is tried on its own, so one bad field costs only itself; a field that still fails is read
 * as a simple `key: value` line, or dropped.
 */
function fieldByField(lines: readonly string[]): Record<string, unknown> {
  const blocks: string[][] = [];
  for (const line of lines) {
    if (/^\s/.test(line) || line.trim() === '') blocks.at(-1)?.push(line);
    else blocks.push([line]);
  }
  const data: Record<string, unknown> = {};
  for (const block of blocks) {
    try {
      const parsed: unknown = parseYaml(block.join('\n'), { maxAliasCount: 50 });
      if (isRecord(parsed)) {
        Object.assign(data, parsed);
        continue;
      }
    } catch {
      // This field is the broken one: try it as a plain line below.
    }
    Object.assign(data, simpleLines(block.slice(0, 1)));
  }
  return data;
}

function yamlProblem(error: unknown): string {
  if (error instanceof YAMLParseError) {
    const line = error.linePos?.[0]?.line;
    // yaml counts lines from the start of the frontmatter; the position is given once, in SKILL.md's lines.
    const first = (error.message.split('\n')[0] ?? 'syntax error').replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]$/, '');
    return `The frontmatter is not valid YAML${line ? ` (line ${line + 1} of SKILL.md)` : ''}: ${first}. The fields that read correctly on their own are shown.`;
  }
  return 'The frontmatter is not valid YAML. The fields that read correctly on their own are shown.';
}

/**
 * Splits SKILL.md into its YAML frontmatter and Markdown body. Never throws: broken YAML is read
 * field by field, and a frontmatter without its closing `---` still yields the `key: value` lines
 * before the first line that is not one; each such case adds a problem.
 */
export function splitFrontmatter(text: string): SplitFrontmatter {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { data: {}, body: lines.join('\n'), problems: ['SKILL.md has no frontmatter (a block between --- lines at the top), so its name and description are guessed.'] };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() !== '' && !SIMPLE_LINE.test(line) && !/^\s/.test(line));
    const head = lines.slice(1, end === -1 ? lines.length : end);
    return {
      data: simpleLines(head),
      body: end === -1 ? '' : lines.slice(end).join('\n'),
      problems: ['The frontmatter has no closing --- line, so Hermes ignores it. Paddock read the simple "key: value" lines at the top.'],
    };
  }
  const yamlLines = lines.slice(1, close);
  const body = lines.slice(close + 1).join('\n').replace(/^\n+/, '');
  let parsed: unknown;
  try {
    parsed = parseYaml(yamlLines.join('\n'), { prettyErrors: true, uniqueKeys: false, maxAliasCount: 50 });
  } catch (error) {
    return { data: fieldByField(yamlLines), body, problems: [yamlProblem(error)] };
  }
  if (parsed === null || parsed === undefined) return { data: {}, body, problems: ['The frontmatter is empty.'] };
  if (!isRecord(parsed)) return { data: {}, body, problems: ['The frontmatter is not a set of "key: value" fields.'] };
  return { data: parsed, body, problems: [] };
}
