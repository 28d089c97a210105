import type { Translate } from '@/lib/i18n/catalogue';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { getT } from '@/lib/i18n/server';
import type { SkillNeeds } from '@/lib/skills/types';
import { Pill } from './pill';

export interface SkillNeedsProps {
  needs: SkillNeeds;
}

type T = Translate<keyof typeof skillMessages.en>;

function EnvState({ set, optional, t }: { set: boolean | null; optional: boolean; t: T }) {
  if (set === true) return <Pill tone="ok">{t('set')}</Pill>;
  if (set === null) return <Pill>{t('cantTell')}</Pill>;
  return <Pill tone={optional ? 'plain' : 'warn'}>{optional ? t('notSetOptional') : t('notSet')}</Pill>;
}

function CommandState({ found, t }: { found: boolean | null; t: T }) {
  if (found === true) return <Pill tone="ok">{t('installed')}</Pill>;
  if (found === null) return <Pill>{t('cantTell')}</Pill>;
  return <Pill tone="warn">{t('notFound')}</Pill>;
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
export async function SkillNeedsView({ needs }: SkillNeedsProps) {
  const t = await getT(skillMessages);
  return (
    <section aria-labelledby="skill-needs" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
      <h2 id="skill-needs" className="font-semibold">
        {t('whatItNeeds')}
      </h2>
      {needs.env.length ? (
        <ul aria-label={t('envVars')} className="flex flex-col gap-2">
          {needs.env.map((v) => (
            <li key={v.name} data-env-need={v.name} className="flex flex-col gap-0.5">
              <span className="flex flex-wrap items-center gap-2">
                <code className="font-mono text-sm break-all">{v.name}</code>
                <EnvState set={v.set} optional={v.optional} t={t} />
              </span>
              {v.prompt || v.requiredFor ? <span className="text-xs text-muted">{[v.prompt, v.requiredFor ? t('forWhat', { what: v.requiredFor }) : null].filter(Boolean).join(' · ')}</span> : null}
              {v.help ? <span className="text-xs text-muted break-all">{v.help}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {needs.commands.length ? (
        <ul aria-label={t('commands')} className="flex flex-col gap-2">
          {needs.commands.map((c) => (
            <li key={c.name} className="flex flex-wrap items-center gap-2">
              <code className="font-mono text-sm">{c.name}</code>
              <CommandState found={c.found} t={t} />
            </li>
          ))}
        </ul>
      ) : null}
      <List title={t('packages')} items={needs.dependencies} />
      <List title={t('toolsets')} items={needs.toolsets} />
      <List title={t('tools')} items={needs.tools} />
      {needs.compatibility ? <p className="text-sm text-muted">{needs.compatibility}</p> : null}
      {needs.env.length || needs.commands.length ? (
        <p className="text-xs text-muted">{t('checkedWhere')}</p>
      ) : null}
    </section>
  );
}
