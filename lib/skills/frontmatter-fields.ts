import type { z } from 'zod';

type Fields = Readonly<Record<string, unknown>>;

/** One field through a schema; a value that does not fit adds `problem` and reads as absent. */
export function readField<T>(data: Fields, key: string, schema: z.ZodType<T>, problems: string[], problem: string): T | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(`The frontmatter's ${problem}.`);
  return undefined;
}

/** A text field. YAML reads `version: 1.0` as a number and `name: yes` as a boolean; both are kept as written. */
export function textOf(data: Fields, key: string, problems: string[], label = key): string | null {
  const value = data[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  problems.push(`The frontmatter's ${label} should be text.`);
  return null;
}

/** A list of names: a YAML list, "[a, b]" or "a, b" (Hermes accepts all three). Non-text items are dropped with a problem. */
export function listOf(data: Fields, key: string, problems: string[], label = key): string[] {
  const value = data[key];
  if (value === undefined || value === null || value === '') return [];
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string') {
    const inner = value.trim().replace(/^\[(.*)\]$/s, '$1');
    items = inner.split(',').map((s) => s.trim().replace(/^["']|["']$/g, ''));
  } else {
    problems.push(`The frontmatter's ${label} should be a list.`);
    return [];
  }
  const out: string[] = [];
  let dropped = false;
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number') {
      const text = String(item).trim();
      if (text && !out.includes(text)) out.push(text);
    } else if (item !== null && item !== undefined) dropped = true;
  }
  if (dropped) problems.push(`Some entries of ${label} are not plain names and were left out.`);
  return out;
}
