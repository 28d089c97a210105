import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

/** The public Hermes Skills Index, rebuilt daily by Hermes' CI (hermes-gateway.md §7.2). */
export const DEFAULT_SKILLS_INDEX_URL = 'https://hermes-agent.nousresearch.com/docs/api/skills-index.json';

/**
 * SKILLS_INDEX_URL: an http(s) URL, a file: URL, or a local path. A path is accepted so the demo,
 * the tests and an offline host can point at a copy on disk without running a web server.
 */
export const skillsIndexUrlSchema = z
  .string()
  .trim()
  .min(1)
  .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(https?|file):\/\//i.test(v), 'must be an http(s):// or file:// URL, or a path to a local file')
  .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || URL.canParse(v), 'is not a valid URL');

/** The index location as a URL string: the default when unset, a file: URL for a path. */
export function resolveSkillsIndexUrl(value: string | undefined): string {
  if (!value) return DEFAULT_SKILLS_INDEX_URL;
  if (/^(https?|file):\/\//i.test(value)) return value;
  return pathToFileURL(path.resolve(value)).href;
}
