import { z } from 'zod';
import { splitFrontmatter } from './frontmatter';
import { readDeclaredNeeds, type DeclaredNeeds } from './declared-needs';
import { listOf, readField, textOf } from './frontmatter-fields';

/** Hermes' own limits (tools/skills_tool.py); longer values are cut, as Hermes cuts them. */
export const MAX_NAME_CHARS = 64;
export const MAX_DESCRIPTION_CHARS = 1024;

/** Everything Paddock reads from one SKILL.md. */
export interface ParsedSkill {
  name: string;
  description: string;
  version: string | null;
  author: string | null;
  license: string | null;
  platforms: string[];
  tags: string[];
  relatedSkills: string[];
  homepage: string | null;
  needs: DeclaredNeeds;
  body: string;
  problems: string[];
}

const metadataSchema = z.record(z.string(), z.unknown());

/** Hermes: without a description, the first body line that is not a heading. */
function firstBodyLine(body: string): string {
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line && !line.startsWith('#') && !/^(---|```|~~~)/.test(line)) return line;
  }
  return '';
}

function clip(value: string, max: number, what: string, problems: string[]): string {
  if (value.length <= max) return value;
  problems.push(`The ${what} is longer than ${max} characters; Hermes cuts it there.`);
  return value.slice(0, max);
}

/**
 * Reads a SKILL.md the way Hermes does (hermes-gateway.md §7.1): name defaults to the folder name,
 * description to the first body line, tags and related skills from metadata.hermes (or the top
 * level), needs normalised as Hermes normalises them. Never throws; every oddity becomes a problem
 * so one broken skill cannot break the list.
 */
export function parseSkillMd(text: string, folderName: string): ParsedSkill {
  const { data, body, problems } = splitFrontmatter(text);
  const metadata = readField(data, 'metadata', metadataSchema, problems, 'metadata should be a set of fields') ?? {};
  const hermes = metadataSchema.safeParse(metadata.hermes).data ?? {};

  const declaredName = textOf(data, 'name', problems);
  if (declaredName === null && Object.keys(data).length > 0) problems.push(`The frontmatter has no name; the folder name "${folderName}" is used.`);
  const name = clip(declaredName ?? folderName, MAX_NAME_CHARS, 'name', problems);
  const declaredDescription = textOf(data, 'description', problems);
  if (declaredDescription === null) problems.push('The frontmatter has no description; the first line of the text is shown instead.');
  const description = clip(declaredDescription ?? firstBodyLine(body), MAX_DESCRIPTION_CHARS, 'description', problems);

  return {
    name,
    description,
    version: textOf(data, 'version', problems),
    author: textOf(data, 'author', problems),
    license: textOf(data, 'license', problems),
    platforms: listOf(data, 'platforms', problems),
    tags: hermes.tags !== undefined ? listOf(hermes, 'tags', problems, 'metadata.hermes.tags') : listOf(data, 'tags', problems),
    relatedSkills: hermes.related_skills !== undefined ? listOf(hermes, 'related_skills', problems, 'metadata.hermes.related_skills') : listOf(data, 'related_skills', problems),
    homepage: textOf(hermes, 'homepage', problems, 'metadata.hermes.homepage') ?? textOf(data, 'homepage', problems),
    needs: readDeclaredNeeds(data, hermes, problems),
    body,
    problems,
  };
}
