import Link from 'next/link';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { getT } from '@/lib/i18n/server';

export interface SkillsTabsProps {
  active: 'installed' | 'hub';
}

const TABS = [
  { key: 'installed', href: '/skills', label: 'tabInstalled' },
  { key: 'hub', href: '/skills/hub', label: 'tabCatalogue' },
] as const;

/** Installed skills or the hub catalogue: two views of one screen. */
export async function SkillsTabs({ active }: SkillsTabsProps) {
  const t = await getT(skillMessages);
  return (
    <nav aria-label={t('title')} className="px-4 pb-3 md:px-8">
      <ul className="inline-flex rounded-xl border border-line bg-surface p-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === active ? 'page' : undefined}
              className={`flex min-h-11 items-center rounded-lg px-4 text-sm font-medium ${tab.key === active ? 'bg-accent text-accent-ink' : 'text-muted hover:text-ink'}`}
            >
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
