import { z } from 'zod';
import { probeGateway } from '@/lib/gateway/capabilities';
import { gatewayFailure, gatewayFetch } from '@/lib/gateway/client';
import { parseSkillMd } from './skill-md';
import { summarizeList } from './summarize-list';
import type { InstalledSkillList, SkillDetail, SkillSummary } from './types';

/**
 * The installed list from the gateway, for when HERMES_HOME is not mounted. Only an endpoint the
 * gateway advertises in /v1/capabilities is used. Two shapes are known (hermes-gateway.md §4.8,
 * §4.9): upstream's `{object:"list", data:[{name, description, category}]}` and the fork's
 * `{success, skills:[…]}` with tags and provenance. The gateway knows no file list or needs.
 */

const text = z.string().nullish().catch(null);
const names = z.array(z.unknown()).catch([]).transform((items) => items.filter((i): i is string => typeof i === 'string'));

const gatewaySkillSchema = z.object({
  name: z.string().min(1),
  description: text,
  category: text,
  tags: names.optional(),
  author: text,
  version: text,
  license: text,
  source: text,
  trust_level: text,
  identifier: text,
});

const listSchema = z.union([
  z.object({ data: z.array(z.unknown()) }).transform((v) => v.data),
  z.object({ skills: z.array(z.unknown()) }).transform((v) => v.skills),
]);

const viewSchema = z.object({ content: z.string() });

/** The advertised skills endpoint's path, or null when the gateway offers none. */
export async function gatewaySkillsPath(): Promise<string | null> {
  const probe = await probeGateway();
  const endpoint = probe.endpoints.skills ?? probe.endpoints.skills_list;
  return endpoint && endpoint.method.toUpperCase() === 'GET' ? endpoint.path : null;
}

function toSummary(raw: z.infer<typeof gatewaySkillSchema>): SkillSummary {
  const hub = raw.source === 'hub';
  return {
    id: raw.name,
    name: raw.name,
    description: raw.description ?? '',
    category: raw.category ?? null,
    version: raw.version ?? null,
    author: raw.author ?? null,
    license: raw.license ?? null,
    platforms: [],
    tags: raw.tags ?? [],
    provenance: {
      origin: hub ? 'hub' : raw.trust_level === 'builtin' ? 'builtin' : 'local',
      source: hub ? (raw.identifier?.split(':')[0] ?? null) : null,
      identifier: hub ? (raw.identifier ?? null) : null,
      trustLevel: raw.trust_level ?? null,
      scanVerdict: null,
      installedAt: null,
      updatedAt: null,
    },
    disabled: false,
    disabledOn: [],
    problems: [],
    needsSetup: false,
  };
}

async function fetchSummaries(path: string): Promise<SkillSummary[]> {
  const response = await gatewayFetch(path);
  if (!response.ok) throw await gatewayFailure(response, 'listing skills');
  const items = listSchema.parse(await response.json());
  return items.flatMap((item) => {
    const parsed = gatewaySkillSchema.safeParse(item);
    return parsed.success ? [toSummary(parsed.data)] : [];
  });
}

/** The installed skills as the gateway lists them. Throws AppError for gateway faults. */
export async function listGatewaySkills(path: string): Promise<InstalledSkillList> {
  const skills = await fetchSummaries(path);
  skills.sort((a, b) => (a.category ?? '').localeCompare(b.category ?? '') || a.name.localeCompare(b.name));
  return summarizeList(skills, 'gateway', () => Promise.resolve(null));
}

/** One skill from the gateway; its SKILL.md text when the gateway serves it at `<path>/<name>`, as the fork does. Null when unknown. */
export async function getGatewaySkill(path: string, name: string): Promise<SkillDetail | null> {
  const summary = (await fetchSummaries(path)).find((s) => s.name === name);
  if (!summary) return null;
  const response = await gatewayFetch(`${path}/${encodeURIComponent(name)}`);
  const view = response.ok ? viewSchema.safeParse(await response.json().catch(() => null)) : null;
  if (!response.ok) await response.body?.cancel();
  const parsed = view?.success ? parseSkillMd(view.data.content, name) : null;
  const declared = parsed?.needs;
  return {
    ...summary,
    source: 'gateway',
    tags: summary.tags.length ? summary.tags : (parsed?.tags ?? []),
    platforms: parsed?.platforms ?? [],
    problems: parsed?.problems ?? [],
    body: parsed?.body ?? '',
    relatedSkills: parsed?.relatedSkills ?? [],
    homepage: parsed?.homepage ?? null,
    // Paddock cannot see the agent host's environment or PATH from here: every need reads "cannot tell".
    needs: {
      env: (declared?.env ?? []).map((v) => ({ ...v, set: null })),
      commands: (declared?.commands ?? []).map((c) => ({ name: c, found: null })),
      dependencies: declared?.dependencies ?? [],
      toolsets: declared?.toolsets ?? [],
      tools: declared?.tools ?? [],
      compatibility: declared?.compatibility ?? null,
    },
    files: [],
    filesTruncated: false,
  };
}
