import fs from 'node:fs/promises';
import path from 'node:path';
import { HermesHomeError } from '@/lib/hermes-home/errors';
import { resolveHome, toHomeError } from '@/lib/hermes-home/home';
import { type DisabledSkills, readBundledNames, readCategoryDescription, readDisabledSkills, readEnvFileNames } from './home-files';
import { type HubLock, readHubLock } from './hub-lock';
import { checkNeeds, needsSetup, type NeedsProbe } from './readiness';
import { isInside, isNothingThere, looksBinary, readFilePrefix } from './safe-read';
import { scanSkills, type FoundSkill } from './scan-skills';
import { type ParsedSkill, parseSkillMd } from './skill-md';
import { listSkillFiles, readSkillFileContent } from './skill-files';
import { summarizeList } from './summarize-list';
import type { InstalledSkillList, SkillDetail, SkillFile, SkillNeeds, SkillProvenance, SkillSummary } from './types';

/** A SKILL.md bigger than this is read only this far (Hermes' own skills are under 40 KB). */
export const MAX_SKILL_MD_BYTES = 1024 * 1024;
const PARSE_BATCH = 32;

export interface SkillsReadOptions {
  home: string;
  /** Whether Paddock's environment has a variable set; yes or no, never the value. */
  isSetHere: (name: string) => boolean;
  pathDirs: readonly string[];
}

interface HomeContext {
  root: string;
  lock: HubLock;
  bundled: ReadonlySet<string>;
  disabled: DisabledSkills;
  probe: NeedsProbe;
}

async function loadContext(options: SkillsReadOptions): Promise<HomeContext> {
  const home = resolveHome(options.home);
  const root = path.join(home, 'skills');
  const [lock, bundled, disabled, envFile] = await Promise.all([readHubLock(root), readBundledNames(root), readDisabledSkills(home), readEnvFileNames(home)]);
  return { root, lock, bundled, disabled, probe: { envFile, isSetHere: options.isSetHere, pathDirs: options.pathDirs } };
}

async function readSkillMd(dir: string, folderName: string): Promise<ParsedSkill> {
  try {
    const { bytes, size } = await readFilePrefix(path.join(dir, 'SKILL.md'), MAX_SKILL_MD_BYTES);
    const parsed = parseSkillMd(bytes.toString('utf8'), folderName);
    if (looksBinary(bytes, size > bytes.length)) parsed.problems.push('SKILL.md is not UTF-8 text; some characters may show wrongly.');
    if (size > bytes.length) parsed.problems.push(`SKILL.md is over ${MAX_SKILL_MD_BYTES / 1024} KB; only the start is shown.`);
    return parsed;
  } catch (error) {
    if (isNothingThere(error)) throw new HermesHomeError('not_found', 'no such skill', { cause: error });
    throw toHomeError(error, `skills/${folderName}/SKILL.md`);
  }
}

function provenanceOf(found: FoundSkill, parsed: ParsedSkill, ctx: HomeContext): SkillProvenance {
  const hub = ctx.lock.byPath.get(found.id) ?? ctx.lock.byName.get(parsed.name);
  if (hub) {
    return { origin: 'hub', source: hub.source, identifier: hub.identifier, trustLevel: hub.trustLevel, scanVerdict: hub.scanVerdict, installedAt: hub.installedAt, updatedAt: hub.updatedAt };
  }
  const builtin = ctx.bundled.has(parsed.name) || ctx.bundled.has(path.basename(found.dir));
  return { origin: builtin ? 'builtin' : 'local', source: null, identifier: null, trustLevel: builtin ? 'builtin' : null, scanVerdict: null, installedAt: null, updatedAt: null };
}

async function summarize(found: FoundSkill, parsed: ParsedSkill, ctx: HomeContext): Promise<{ summary: SkillSummary; needs: SkillNeeds }> {
  const needs = await checkNeeds(parsed.needs, ctx.probe);
  return {
    needs,
    summary: {
      id: found.id,
      name: parsed.name,
      description: parsed.description,
      category: found.category,
      version: parsed.version,
      author: parsed.author,
      license: parsed.license,
      platforms: parsed.platforms,
      tags: parsed.tags,
      provenance: provenanceOf(found, parsed, ctx),
      disabled: ctx.disabled.everywhere.has(parsed.name),
      disabledOn: ctx.disabled.onPlatforms.get(parsed.name) ?? [],
      problems: parsed.problems,
      needsSetup: needsSetup(needs),
    },
  };
}

/**
 * Every skill under HERMES_HOME/skills with its frontmatter, category, provenance, disabled state
 * and whether it looks ready; sorted by category then name, as Hermes lists them. A skill whose
 * SKILL.md cannot be parsed is listed with its problems. Throws HermesHomeError for an unusable home.
 */
export async function listInstalledSkills(options: SkillsReadOptions): Promise<InstalledSkillList> {
  const ctx = await loadContext(options);
  const found = await scanSkills(ctx.root);
  const skills: SkillSummary[] = [];
  for (let i = 0; i < found.length; i += PARSE_BATCH) {
    const batch = await Promise.all(
      found.slice(i, i + PARSE_BATCH).map(async (f) => {
        try {
          return (await summarize(f, await readSkillMd(f.dir, path.basename(f.dir)), ctx)).summary;
        } catch (error) {
          // Deleted between the scan and the read: simply no longer there.
          if (error instanceof HermesHomeError && error.code === 'not_found') return null;
          throw error;
        }
      }),
    );
    for (const s of batch) if (s) skills.push(s);
  }
  skills.sort((a, b) => (a.category ?? '').localeCompare(b.category ?? '') || a.name.localeCompare(b.name));
  return summarizeList(skills, 'hermes-home', (category) => readCategoryDescription(ctx.root, category));
}

/** The real folder of skill `id` (already schema-checked), which must hold a SKILL.md and stay inside skills/. */
async function skillFolder(root: string, id: string): Promise<string> {
  const notFound = new HermesHomeError('not_found', 'no such skill');
  let realRoot: string;
  let realDir: string;
  try {
    realRoot = await fs.realpath(root);
    realDir = await fs.realpath(path.join(root, ...id.split('/')));
  } catch (error) {
    if (isNothingThere(error)) throw notFound;
    throw toHomeError(error, 'the skill folder');
  }
  if (!isInside(realRoot, realDir) || realDir === realRoot) throw notFound;
  // The folder itself must not be reached through a link: scanSkills does not follow them either.
  if (path.relative(realRoot, realDir) !== id.split('/').join(path.sep)) throw notFound;
  return realDir;
}

/** One installed skill with its text, needs and file list. Throws HermesHomeError not_found for an unknown id. */
export async function getInstalledSkill(options: SkillsReadOptions & { id: string }): Promise<SkillDetail> {
  const ctx = await loadContext(options);
  const dir = await skillFolder(ctx.root, options.id);
  const parts = options.id.split('/');
  const found: FoundSkill = { id: options.id, dir, category: parts.length >= 2 ? (parts[0] ?? null) : null };
  const parsed = await readSkillMd(dir, path.basename(dir));
  const [{ summary, needs }, listing] = await Promise.all([summarize(found, parsed, ctx), listSkillFiles(dir)]);
  return { ...summary, source: 'hermes-home', body: parsed.body, relatedSkills: parsed.relatedSkills, homepage: parsed.homepage, needs, files: listing.files, filesTruncated: listing.truncated };
}

/** One file of an installed skill, read-only; see readSkillFileContent for what is refused. */
export async function getInstalledSkillFile(options: SkillsReadOptions & { id: string; path: string }): Promise<SkillFile> {
  const root = path.join(resolveHome(options.home), 'skills');
  const dir = await skillFolder(root, options.id);
  const parsed = await readSkillMd(dir, path.basename(dir));
  const { size, content } = await readSkillFileContent(dir, options.path);
  return { skillId: options.id, skillName: parsed.name, path: options.path, size, content };
}
