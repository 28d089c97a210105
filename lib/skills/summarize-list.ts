import type { InstalledSkillList, InstalledSource, SkillCategory, SkillSummary, TagCount } from './types';

/** Tags counted case-insensitively (one skill writes "PDF", another "pdf"), shown as first written; most used first. */
function countTags(skills: readonly SkillSummary[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const skill of skills) {
    for (const tag of new Set(skill.tags.map((t) => t.toLowerCase()))) {
      const shown = skill.tags.find((t) => t.toLowerCase() === tag) ?? tag;
      const entry = counts.get(tag) ?? { name: shown, count: 0 };
      entry.count++;
      counts.set(tag, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The list with its categories (and their blurbs) and tag counts. */
export async function summarizeList(
  skills: SkillSummary[],
  source: InstalledSource,
  describeCategory: (name: string) => Promise<string | null>,
): Promise<InstalledSkillList> {
  const counts = new Map<string, number>();
  for (const s of skills) if (s.category) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  const categories: SkillCategory[] = await Promise.all(
    [...counts].sort(([a], [b]) => a.localeCompare(b)).map(async ([name, count]) => ({ name, count, description: await describeCategory(name) })),
  );
  return { skills, categories, tags: countTags(skills), source };
}
