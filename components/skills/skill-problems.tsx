export interface SkillProblemsProps {
  problems: string[];
}

/** What is wrong with the skill's SKILL.md, so it can be fixed; the rest of the page shows what could be read. */
export function SkillProblems({ problems }: SkillProblemsProps) {
  if (!problems.length) return null;
  return (
    <section role="note" aria-label="Problems with SKILL.md" className="rounded-xl border border-bad bg-surface p-4 text-sm">
      <p className="font-medium text-bad">SKILL.md has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}</p>
      <ul className="mt-1 list-disc pl-5 text-muted">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
