import type { ReactNode } from 'react';
import { LocalTime } from '@/components/ui/local-time';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { getT } from '@/lib/i18n/server';
import type { SkillDetail } from '@/lib/skills/types';
import { originLabel, trustLabel } from './origin-label';
import { hasNeeds } from './skill-needs';

export interface SkillFactsProps {
  skill: SkillDetail;
}

/** Version, author, licence, platforms and where the skill came from, as a definition list. */
export async function SkillFacts({ skill }: SkillFactsProps) {
  const t = await getT(skillMessages);
  const { provenance: p } = skill;
  const rows: [string, ReactNode][] = [];
  if (skill.category) rows.push([t('factCategory'), skill.category]);
  if (skill.version) rows.push([t('factVersion'), skill.version]);
  if (skill.author) rows.push([t('factAuthor'), skill.author]);
  if (skill.license) rows.push([t('factLicense'), skill.license]);
  if (skill.platforms.length) rows.push([t('factPlatforms'), skill.platforms.join(', ')]);
  rows.push([t('factOrigin'), originLabel(p.origin, p.source, t)]);
  if (p.identifier) rows.push([t('factIdentifier'), <code key="id" className="break-all font-mono text-xs">{p.identifier}</code>]);
  if (p.trustLevel && p.origin === 'hub') rows.push([t('factTrust'), trustLabel(p.trustLevel, t)]);
  if (p.scanVerdict) rows.push([t('factScan'), p.scanVerdict]);
  if (p.installedAt) rows.push([t('factInstalled'), <LocalTime key="at" ms={p.installedAt} format="full" />]);
  if (p.updatedAt && p.updatedAt !== p.installedAt) rows.push([t('factUpdated'), <LocalTime key="up" ms={p.updatedAt} format="full" />]);
  if (skill.homepage && /^https?:\/\//i.test(skill.homepage)) {
    rows.push([t('factHomepage'), <a key="home" href={skill.homepage} target="_blank" rel="noopener noreferrer" className="break-all text-accent underline">{skill.homepage}</a>]);
  }
  if (skill.relatedSkills.length) rows.push([t('factRelated'), skill.relatedSkills.join(', ')]);
  if (!hasNeeds(skill.needs) && skill.source === 'hermes-home') rows.push([t('factNeeds'), t('nothingDeclared')]);
  if (skill.id !== skill.name) rows.push([t('factFolder'), <code key="dir" className="break-all font-mono text-xs">skills/{skill.id}</code>]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-xl border border-line bg-surface p-4 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
