import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isMissingError } from '@/lib/hermes-home/home';
import { splitFrontmatter } from './frontmatter';

/**
 * Small side files of HERMES_HOME that only label skills (bundled or not, disabled or not, the
 * category's blurb). Each reader falls back to "nothing known" when its file is missing, unreadable
 * or malformed: a label we cannot read must never hide the skills themselves.
 */

async function readOptional(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    // Missing or unreadable (permissions) both mean "not known"; the skills list still works.
    return null;
  }
}

/** Names in skills/.bundled_manifest ("name:md5" lines): the skills Hermes seeded from its own repo. */
export async function readBundledNames(skillsRoot: string): Promise<ReadonlySet<string>> {
  const raw = await readOptional(path.join(skillsRoot, '.bundled_manifest'));
  const names = new Set<string>();
  for (const line of (raw ?? '').split('\n')) {
    const name = line.split(':')[0]?.trim();
    if (name) names.add(name);
  }
  return names;
}

export interface DisabledSkills {
  everywhere: ReadonlySet<string>;
  /** skill name → platforms it is off on */
  onPlatforms: ReadonlyMap<string, string[]>;
}

const names = z.array(z.unknown()).catch([]).transform((items) => items.filter((i): i is string => typeof i === 'string'));
const skillsConfigSchema = z.object({
  skills: z
    .object({ disabled: names.optional(), platform_disabled: z.record(z.string(), names).catch({}).optional() })
    .nullish()
    .catch(null),
});

/** config.yaml `skills.disabled` and `skills.platform_disabled.<platform>`. */
export async function readDisabledSkills(home: string): Promise<DisabledSkills> {
  const raw = await readOptional(path.join(home, 'config.yaml'));
  let json: unknown;
  try {
    json = raw ? parseYaml(raw, { maxAliasCount: 50 }) : null;
  } catch {
    json = null;
  }
  const skills = skillsConfigSchema.safeParse(json ?? {}).data?.skills;
  const onPlatforms = new Map<string, string[]>();
  for (const [platform, list] of Object.entries(skills?.platform_disabled ?? {})) {
    for (const name of list) onPlatforms.set(name, [...(onPlatforms.get(name) ?? []), platform]);
  }
  return { everywhere: new Set(skills?.disabled ?? []), onPlatforms };
}

/** `description` from skills/<category>/DESCRIPTION.md, or null. */
export async function readCategoryDescription(skillsRoot: string, category: string): Promise<string | null> {
  const raw = await readOptional(path.join(skillsRoot, category, 'DESCRIPTION.md'));
  if (raw === null) return null;
  const { data } = splitFrontmatter(raw);
  return typeof data.description === 'string' ? data.description.trim() || null : null;
}

const ENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/**
 * Which names HERMES_HOME/.env sets, each with whether its value is non-empty. Values are looked at
 * one line at a time and never kept. Null when the file cannot be read (Paddock cannot tell).
 */
export async function readEnvFileNames(home: string): Promise<ReadonlyMap<string, boolean> | null> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(home, '.env'), 'utf8');
  } catch (error) {
    return isMissingError(error) ? new Map() : null;
  }
  const out = new Map<string, boolean>();
  for (const line of raw.split(/\r?\n/)) {
    if (/^\s*#/.test(line)) continue;
    const match = ENV_LINE.exec(line);
    if (!match?.[1]) continue;
    const value = (match[2] ?? '').replace(/\s+#.*$/, '').replace(/^(["'])(.*)\1$/, '$2');
    out.set(match[1], value.length > 0);
  }
  return out;
}
