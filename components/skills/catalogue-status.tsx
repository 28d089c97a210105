'use client';

import { useT } from '@/components/i18n/locale-provider';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { LocalTime } from '@/components/ui/local-time';
import type { CatalogueStatus } from '@/lib/skills/types';

export interface CatalogueStatusLineProps {
  status: CatalogueStatus;
}

/** How old the catalogue copy is, and why it could not be refreshed when that is the case. */
export function CatalogueStatusLine({ status }: CatalogueStatusLineProps) {
  const t = useT(skillMessages);
  const dated = status.generatedAt ?? status.fetchedAt;
  return (
    <div className="px-4 pb-2 text-xs text-muted md:px-8" data-catalogue-status>
      <p>
        {t('indexCount', { count: status.skillCount })}
        {dated ? (
          <>
            {t('indexOf')}<LocalTime ms={dated} />
          </>
        ) : null}
        {status.checkedAt ? (
          <>
            {t('checked')}<LocalTime ms={status.checkedAt} />
          </>
        ) : null}
        {status.refreshing ? t('refreshing') : ''}
      </p>
      {status.lastError ? (
        <p role="status" className="text-warn">
          {t('refreshFailed', { error: status.lastError })}
        </p>
      ) : null}
    </div>
  );
}
