import fs from 'node:fs/promises';
import path from 'node:path';
import { HermesHomeError } from '@/lib/hermes-home/errors';
import { isMissingError, toHomeError } from '@/lib/hermes-home/home';
import { isExcludedDir, isHiddenName } from './skill-paths';
import { isInside, isNothingThere, looksBinary, readFilePrefix } from './safe-read';
import type { SkillFileContent, SkillFileEntry } from './types';

/** Larger files are listed but not shown: this is a reader for scripts and notes, not a file manager. */
export const MAX_SKILL_FILE_BYTES = 512 * 1024;
export const MAX_LISTED_FILES = 300;
const MAX_FILE_DEPTH = 8;

/** Grammar names understood by the Markdown code highlighter, by file extension. */
const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = {
  py: 'python', sh: 'bash', bash: 'bash', zsh: 'bash', js: 'javascript', mjs: 'javascript', cjs: 'javascript',
  ts: 'typescript', mts: 'typescript', tsx: 'tsx', jsx: 'tsx', json: 'json', yaml: 'yaml', yml: 'yaml',
  md: 'markdown', html: 'html', htm: 'html', xml: 'xml', css: 'css', sql: 'sql', diff: 'diff', patch: 'diff',
};

export function languageOf(file: string): string | null {
  return LANGUAGE_BY_EXTENSION[path.extname(file).slice(1).toLowerCase()] ?? null;
}

export interface FileListing {
  files: SkillFileEntry[];
  truncated: boolean;
}

async function describeLink(realDir: string, full: string, rel: string): Promise<SkillFileEntry | 'skip'> {
  let target: string;
  try {
    target = await fs.realpath(full);
  } catch {
    return 'skip';
  }
  if (!isInside(realDir, target)) return { path: rel, size: 0, refused: 'link-outside' };
  const stat = await fs.stat(target);
  // A link to a folder inside the skill shows the same files twice at best, loops at worst.
  if (!stat.isFile()) return 'skip';
  return { path: rel, size: stat.size, refused: stat.size > MAX_SKILL_FILE_BYTES ? 'too-large' : null };
}

/**
 * The files of a skill's folder other than SKILL.md, sorted, at most MAX_LISTED_FILES. Hidden
 * files (a stray .env among them) and tooling folders are left out. Symlinks are listed; one whose
 * target leaves the folder is marked refused and is never read.
 */
export async function listSkillFiles(realDir: string): Promise<FileListing> {
  const files: SkillFileEntry[] = [];
  let truncated = false;
  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      if (isMissingError(error)) return [];
      throw toHomeError(error, `the skill folder ${prefix || '.'}`);
    });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (files.length >= MAX_LISTED_FILES) {
        truncated = true;
        return;
      }
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (isHiddenName(entry.name) || (!prefix && entry.name === 'SKILL.md')) continue;
      if (entry.isDirectory()) {
        if (!isExcludedDir(entry.name) && depth < MAX_FILE_DEPTH) await walk(full, rel, depth + 1);
      } else if (entry.isSymbolicLink()) {
        const described = await describeLink(realDir, full, rel);
        if (described !== 'skip') files.push(described);
      } else if (entry.isFile()) {
        const { size } = await fs.stat(full);
        files.push({ path: rel, size, refused: size > MAX_SKILL_FILE_BYTES ? 'too-large' : null });
      }
    }
  };
  await walk(realDir, '', 0);
  return { files, truncated };
}

/**
 * One file of a skill, by a path already checked by relativePathSchema. The real path (links
 * resolved) must stay inside the skill's real folder, or this throws not_found without reading.
 * Binary files and files over MAX_SKILL_FILE_BYTES come back without content.
 */
export async function readSkillFileContent(realDir: string, rel: string): Promise<{ size: number; content: SkillFileContent }> {
  const notFound = () => new HermesHomeError('not_found', 'no such file in this skill');
  if (rel === 'SKILL.md') throw notFound();
  let real: string;
  try {
    real = await fs.realpath(path.join(realDir, ...rel.split('/')));
  } catch (error) {
    if (isNothingThere(error)) throw notFound();
    throw toHomeError(error, 'the file');
  }
  if (!isInside(realDir, real) || real === realDir) throw notFound();
  const read = await readFilePrefix(real, MAX_SKILL_FILE_BYTES + 1).catch((error: unknown) => {
    throw isNothingThere(error) ? notFound() : toHomeError(error, 'the file');
  });
  if (read.size > MAX_SKILL_FILE_BYTES) return { size: read.size, content: { kind: 'too-large', limitBytes: MAX_SKILL_FILE_BYTES } };
  if (looksBinary(read.bytes, false)) return { size: read.size, content: { kind: 'binary' } };
  const language = languageOf(real);
  return { size: read.size, content: { kind: 'text', text: read.bytes.toString('utf8'), language, markdown: language === 'markdown' } };
}
