import { listOf, textOf } from './frontmatter-fields';

type Fields = Readonly<Record<string, unknown>>;

export interface DeclaredEnvVar {
  name: string;
  prompt: string | null;
  help: string | null;
  requiredFor: string | null;
  optional: boolean;
}

/** What a SKILL.md says it needs, before anything is checked. */
export interface DeclaredNeeds {
  env: DeclaredEnvVar[];
  commands: string[];
  dependencies: string[];
  toolsets: string[];
  tools: string[];
  compatibility: string | null;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const COMMAND_NAME = /^[\w.+-]+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function cleanText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * The env vars a skill needs, merged the way Hermes merges them (tools/skills_tool_setup.py):
 * `required_environment_variables`, then `setup.collect_secrets`, then the legacy
 * `prerequisites.env_vars`; first entry per name wins; invalid names are dropped with a problem.
 */
function envVars(data: Fields, problems: string[]): DeclaredEnvVar[] {
  const setup = isRecord(data.setup) ? data.setup : {};
  const prerequisites = isRecord(data.prerequisites) ? data.prerequisites : {};
  const setupHelp = cleanText(setup.help);
  const entries: Record<string, unknown>[] = [
    ...asList(data.required_environment_variables).flatMap((item) => (typeof item === 'string' ? [{ name: item }] : isRecord(item) ? [item] : [])),
    ...asList(setup.collect_secrets).flatMap((item) => (isRecord(item) ? [{ name: item.env_var, prompt: item.prompt, help: item.provider_url ?? item.url }] : [])),
    ...asList(prerequisites.env_vars).flatMap((item) => (typeof item === 'string' || typeof item === 'number' ? [{ name: String(item) }] : [])),
  ];
  const out = new Map<string, DeclaredEnvVar>();
  for (const entry of entries) {
    const name = cleanText(entry.name) ?? cleanText(entry.env_var);
    if (!name) continue;
    if (!ENV_NAME.test(name)) {
      problems.push(`"${name}" is not a valid environment variable name and was left out.`);
      continue;
    }
    if (out.has(name)) continue;
    out.set(name, {
      name,
      prompt: cleanText(entry.prompt),
      help: cleanText(entry.help) ?? cleanText(entry.provider_url) ?? cleanText(entry.url) ?? setupHelp,
      requiredFor: cleanText(entry.required_for),
      optional: entry.optional === true,
    });
  }
  return [...out.values()];
}

/** Everything a SKILL.md declares it needs: env vars, commands, packages, toolsets and tools. Never throws. */
export function readDeclaredNeeds(data: Fields, hermes: Fields, problems: string[]): DeclaredNeeds {
  const prerequisites = isRecord(data.prerequisites) ? data.prerequisites : {};
  const commands = listOf(prerequisites, 'commands', problems, 'prerequisites.commands').filter((name) => {
    if (COMMAND_NAME.test(name)) return true;
    problems.push(`"${name}" in prerequisites.commands is not a command name and was left out.`);
    return false;
  });
  return {
    env: envVars(data, problems),
    commands,
    dependencies: listOf(data, 'dependencies', problems),
    toolsets: listOf(hermes, 'requires_toolsets', problems, 'metadata.hermes.requires_toolsets'),
    tools: listOf(hermes, 'requires_tools', problems, 'metadata.hermes.requires_tools'),
    compatibility: textOf(data, 'compatibility', problems),
  };
}
