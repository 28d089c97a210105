import type { SkillNeeds } from '@/lib/skills/types';
import { Pill } from './pill';

export interface SkillNeedsProps {
  needs: SkillNeeds;
}

function EnvState({ set, optional }: { set: boolean | null; optional: boolean }) {
  if (set === true) return <Pill tone="ok">Set</Pill>;
  if (set === null) return <Pill>Can’t tell</Pill>;
  return <Pill tone={optional ? 'plain' : 'warn'}>{optional ? 'Not set (optional)' : 'Not set'}</Pill>;
}

function CommandState({ found }: { found: boolean | null }) {
  if (found === true) return <Pill tone="ok">Installed</Pill>;
  if (found === null) return <Pill>Can’t tell</Pill>;
  return <Pill tone="warn">Not found</Pill>;
}

function List({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div>
      <h3 className="text-sm font-medium">{title}</h3>
      <p className="mt-1 text-sm text-muted">{items.join(', ')}</p>
    </div>
  );
}

/** The skill declares something it needs. */
export function hasNeeds(needs: SkillNeeds): boolean {
  return Boolean(needs.env.length || needs.commands.length || needs.dependencies.length || needs.toolsets.length || needs.tools.length || needs.compatibility);
}

/** What the skill says it needs and whether that looks in place. Variables are only ever "set" or "not set": values never reach the page. */
export function SkillNeedsView({ needs }: SkillNeedsProps) {
  return (
    <section aria-labelledby="skill-needs" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
      <h2 id="skill-needs" className="font-semibold">
        What it needs
      </h2>
      {needs.env.length ? (
        <ul aria-label="Environment variables" className="flex flex-col gap-2">
          {needs.env.map((v) => (
            <li key={v.name} data-env-need={v.name} className="flex flex-col gap-0.5">
              <span className="flex flex-wrap items-center gap-2">
                <code className="font-mono text-sm break-all">{v.name}</code>
                <EnvState set={v.set} optional={v.optional} />
              </span>
              {v.prompt || v.requiredFor ? <span className="text-xs text-muted">{[v.prompt, v.requiredFor ? `for ${v.requiredFor}` : null].filter(Boolean).join(' · ')}</span> : null}
              {v.help ? <span className="text-xs text-muted break-all">{v.help}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {needs.commands.length ? (
        <ul aria-label="Commands" className="flex flex-col gap-2">
          {needs.commands.map((c) => (
            <li key={c.name} className="flex flex-wrap items-center gap-2">
              <code className="font-mono text-sm">{c.name}</code>
              <CommandState found={c.found} />
            </li>
          ))}
        </ul>
      ) : null}
      <List title="Packages (not checked)" items={needs.dependencies} />
      <List title="Toolsets (not checked)" items={needs.toolsets} />
      <List title="Tools (not checked)" items={needs.tools} />
      {needs.compatibility ? <p className="text-sm text-muted">{needs.compatibility}</p> : null}
      {needs.env.length || needs.commands.length ? (
        <p className="text-xs text-muted">Variables are checked in HERMES_HOME/.env, then Paddock’s own environment; commands on Paddock’s PATH. Values are never shown.</p>
      ) : null}
    </section>
  );
}
