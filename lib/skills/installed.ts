import { getConfig, isEnvSet } from '@/lib/config';
import { SET_HERMES_HOME, withHermesHome } from '@/lib/hermes-home/with-home';
import { AppError } from '@/lib/http/app-error';
import { getGatewaySkill, gatewaySkillsPath, listGatewaySkills } from './gateway-skills';
import { getInstalledSkill, getInstalledSkillFile, listInstalledSkills, type SkillsReadOptions } from './installed-skills';
import type { InstalledSkillList, SkillDetail, SkillFile } from './types';

const NO_SUCH_SKILL = 'No such skill is installed.';

function readOptions(home: string): SkillsReadOptions {
  return { home, isSetHere: isEnvSet, pathDirs: getConfig().pathDirs };
}

async function gatewayPathOrThrow(): Promise<string> {
  const path = await gatewaySkillsPath();
  if (path) return path;
  throw new AppError('feature_unavailable', `The skill list needs HERMES_HOME, which is not set, and the gateway does not offer a skills endpoint. ${SET_HERMES_HOME}`);
}

/** Every installed skill, from HERMES_HOME or else from the gateway's advertised skills endpoint. Throws AppError. */
export async function listInstalled(): Promise<InstalledSkillList> {
  const home = getConfig().hermesHome;
  if (home) return withHermesHome('The skill list', NO_SUCH_SKILL, (h) => listInstalledSkills(readOptions(h)));
  return listGatewaySkills(await gatewayPathOrThrow());
}

/** One installed skill by id (its folder under skills/, or its name from the gateway). Throws AppError not_found. */
export async function getInstalled(id: string): Promise<SkillDetail> {
  const home = getConfig().hermesHome;
  if (home) return withHermesHome('The skill list', NO_SUCH_SKILL, (h) => getInstalledSkill({ ...readOptions(h), id }));
  const skill = await getGatewaySkill(await gatewayPathOrThrow(), id);
  if (!skill) throw new AppError('not_found', NO_SUCH_SKILL);
  return skill;
}

/** One file of an installed skill, read-only. Needs HERMES_HOME: the gateway serves no files. Throws AppError. */
export function getInstalledFile(id: string, path: string): Promise<SkillFile> {
  return withHermesHome("A skill's files", 'No such file in this skill.', (h) => getInstalledSkillFile({ ...readOptions(h), id, path }));
}
