import { LocalTime } from '@/components/ui/local-time';
import type { CatalogueStatus } from '@/lib/skills/types';

export interface CatalogueStatusLineProps {
  status: CatalogueStatus;
}

/** How old the catalogue copy is, and why it could not be refreshed when that is the case. */
export function CatalogueStatusLine({ status }: CatalogueStatusLineProps) {
  const dated = status.generatedAt ?? status.fetchedAt;
  return (
    <div className="px-4 pb-2 text-xs text-muted md:px-8" data-catalogue-status>
      <p>
        {status.skillCount.toLocaleString('en')} skills in the Hermes skills index
        {dated ? (
          <>
            {' '}of <LocalTime ms={dated} />
          </>
        ) : null}
        {status.checkedAt ? (
          <>
            , checked <LocalTime ms={status.checkedAt} />
          </>
        ) : null}
        {status.refreshing ? ' · refreshing…' : ''}
      </p>
      {status.lastError ? (
        <p role="status" className="text-warn">
          Could not refresh ({status.lastError}); showing the saved copy.
        </p>
      ) : null}
    </div>
  );
}
