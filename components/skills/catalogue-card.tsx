'use client';

import { useLocale, useT } from '@/components/i18n/locale-provider';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { Caret } from '@/components/ui/caret';
import { compactCount } from '@/components/ui/format-when';
import type { CatalogueItem } from '@/lib/skills/types';
import { InstallActions } from './install-actions';
import { sourceLabel, trustLabel } from './origin-label';
import { Pill, type PillTone } from './pill';

export interface CatalogueCardProps {
  item: CatalogueItem;
}

const TRUST_TONES: Readonly<Record<string, PillTone>> = { builtin: 'accent', trusted: 'ok' };

/** One hub skill: what it is, where from, how trusted, whether it is already here, and how to install it. */
export function CatalogueCard({ item }: CatalogueCardProps) {
  const t = useT(skillMessages);
  const locale = useLocale();
  return (
    <li data-hub-skill={item.identifier} className="flex min-w-0 flex-col gap-2 rounded-2xl border border-line bg-surface p-4">
      <span className="flex items-baseline gap-2">
        <span className="min-w-0 flex-1 truncate font-semibold">{item.name}</span>
        {item.installs !== null ? <span className="shrink-0 text-xs text-muted">{t('installs', { count: compactCount(item.installs, locale) })}</span> : null}
      </span>
      <span className="flex flex-wrap gap-1.5">
        {/* Hermes itself calls the builtin trust level "official"; an official skill needs the word once. */}
        {item.source === 'official' ? null : <Pill>{item.provider ?? sourceLabel(item.source, t)}</Pill>}
        <Pill tone={TRUST_TONES[item.trustLevel] ?? 'plain'}>{item.source === 'official' ? sourceLabel(item.source, t) : trustLabel(item.trustLevel, t)}</Pill>
        {item.installed === 'installed' ? <Pill tone="ok">{t('installed')}</Pill> : null}
        {item.installed === 'same-name' ? (
          <Pill tone="warn" title={t('nameInstalledTitle')}>
            {t('nameInstalled')}
          </Pill>
        ) : null}
      </span>
      {item.description ? <p className="line-clamp-3 text-sm text-muted">{item.description}</p> : null}
      {item.tags.length ? <p className="truncate text-xs text-muted">{item.tags.map((tag) => `#${tag}`).join(' ')}</p> : null}
      <details className="group -mx-1 min-w-0 rounded-xl">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-1 text-sm font-medium text-accent [&::-webkit-details-marker]:hidden">
          <Caret />
          {item.installed === 'installed' ? t('reinstall') : t('install')}
        </summary>
        <div className="flex min-w-0 flex-col gap-2 px-1 pt-1">
          <p className="break-all font-mono text-xs text-muted">{item.identifier}</p>
          <InstallActions command={item.installCommand} />
          {item.url ? (
            <a href={item.url} target="_blank" rel="noopener noreferrer" className="min-h-11 self-start py-3 text-sm text-accent underline">
              {t('viewSource')}
            </a>
          ) : null}
        </div>
      </details>
    </li>
  );
}
