import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DeclaredNeeds } from './declared-needs';
import type { SkillNeeds } from './types';

/** What a needs check consults; built once per request. */
export interface NeedsProbe {
  /** HERMES_HOME/.env: name → non-empty. Null when it could not be read. */
  envFile: ReadonlyMap<string, boolean> | null;
  /** Paddock's own environment: is this name set (non-empty)? Answers yes or no only. */
  isSetHere: (name: string) => boolean;
  pathDirs: readonly string[];
}

/**
 * Hermes' rule (tools/skills_tool_setup.py `_is_env_var_persisted`): the .env file decides when it
 * names the variable, else the process environment. Paddock's environment stands in for the
 * gateway's, which usually comes from the same .env; when .env cannot be read and Paddock's
 * environment lacks the name, the answer is "cannot tell".
 */
function envIsSet(name: string, probe: NeedsProbe): boolean | null {
  const inFile = probe.envFile?.get(name);
  if (inFile !== undefined) return inFile;
  if (probe.isSetHere(name)) return true;
  return probe.envFile === null ? null : false;
}

/** How long a PATH lookup is trusted: someone may install the command in the terminal right after reading the page. */
export const COMMAND_CHECK_TTL_MS = 30_000;

const commandCache = new Map<string, { at: number; found: Promise<boolean> }>();

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, constants.X_OK);
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

async function onPath(name: string, dirs: readonly string[]): Promise<boolean> {
  for (const dir of dirs) if (await isExecutable(path.join(dir, name))) return true;
  return false;
}

function commandFound(name: string, dirs: readonly string[], now: number): Promise<boolean> {
  const key = `${dirs.join(path.delimiter)}\n${name}`;
  const hit = commandCache.get(key);
  if (hit && now - hit.at < COMMAND_CHECK_TTL_MS) return hit.found;
  const found = onPath(name, dirs);
  commandCache.set(key, { at: now, found });
  return found;
}

/** Checks declared needs against the probe. Commands are looked up on PATH (Paddock's, standing in for the agent host's). */
export async function checkNeeds(declared: DeclaredNeeds, probe: NeedsProbe): Promise<SkillNeeds> {
  const now = Date.now();
  const commands = await Promise.all(declared.commands.map(async (name) => ({ name, found: await commandFound(name, probe.pathDirs, now) })));
  return {
    env: declared.env.map((v) => ({ ...v, set: envIsSet(v.name, probe) })),
    commands,
    dependencies: declared.dependencies,
    toolsets: declared.toolsets,
    tools: declared.tools,
    compatibility: declared.compatibility,
  };
}

/** A required variable or command looks missing (optional variables and "cannot tell" do not count). */
export function needsSetup(needs: SkillNeeds): boolean {
  return needs.env.some((v) => !v.optional && v.set === false) || needs.commands.some((c) => c.found === false);
}
