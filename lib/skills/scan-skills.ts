import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isMissingError, toHomeError } from '@/lib/hermes-home/home';
import { isExcludedDir } from './skill-paths';

/** How deep skills may sit below skills/ (category/sub-category/skill is 3). */
export const MAX_SKILL_DEPTH = 6;
/** A guard against a runaway tree, far above the ~90 skills Hermes bundles. */
export const MAX_SKILLS = 5000;

export interface FoundSkill {
  /** Folder relative to skills/, forward slashes. */
  id: string;
  dir: string;
  /** The first folder under skills/ when the skill sits deeper than skills/<name>/ (Hermes' rule). */
  category: string | null;
}

async function readDirOrEmpty(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    // A folder vanishing mid-scan (the agent deleting a skill) is not an error worth failing the list for.
    if (isMissingError(error)) return [];
    throw error;
  }
}

/**
 * Every folder under `root` that holds a SKILL.md, sorted by id. Symlinked folders are not
 * followed (a link could lead anywhere, or in a circle); nor are dot-folders, node_modules and the
 * like; a skill's own sub-folders are not searched for more skills. A missing root means no skills.
 */
export async function scanSkills(root: string): Promise<FoundSkill[]> {
  const found: FoundSkill[] = [];
  const walk = async (dir: string, parts: string[]): Promise<void> => {
    const entries = await readDirOrEmpty(dir);
    if (parts.length > 0 && entries.some((e) => e.name === 'SKILL.md' && e.isFile())) {
      found.push({ id: parts.join('/'), dir, category: parts.length >= 2 ? (parts[0] ?? null) : null });
      return;
    }
    if (parts.length >= MAX_SKILL_DEPTH) return;
    for (const entry of entries) {
      if (found.length >= MAX_SKILLS) return;
      if (entry.isDirectory() && !isExcludedDir(entry.name)) await walk(path.join(dir, entry.name), [...parts, entry.name]);
    }
  };
  try {
    await fs.access(root);
  } catch (error) {
    if (isMissingError(error)) return [];
    throw toHomeError(error, 'skills/');
  }
  await walk(root, []);
  return found.sort((a, b) => a.id.localeCompare(b.id));
}
