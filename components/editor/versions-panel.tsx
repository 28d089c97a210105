'use client';

import { useEffect, useMemo, useState } from 'react';
import { useLocale, useT } from '@/components/i18n/locale-provider';
import { fetchBackups } from '@/components/files/files-api';
import { formatSize } from '@/components/files/format-size';
import type { BackupInfo } from '@/lib/files/types';
import { fileMessages } from '@/lib/i18n/messages/files';

export interface VersionsPanelProps {
  path: string;
  /** Changes after each save, so the list refetches. */
  refreshKey: string;
  canRestore: boolean;
  onRestore: (backup: BackupInfo) => void;
  onClose: () => void;
}


/** The previous versions Paddock kept of this file, newest first, each restorable. */
export function VersionsPanel({ path, refreshKey, canRestore, onRestore, onClose }: VersionsPanelProps) {
  const t = useT(fileMessages);
  const locale = useLocale();
  // Seconds matter here: several saves often fall in the same minute. This panel only ever renders in the browser.
  const savedAt = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }), [locale]);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    fetchBackups(path).then(
      (list) => current && setBackups(list),
      (e: unknown) => current && setError(e instanceof Error ? e.message : t('versionsFailed')),
    );
    return () => {
      current = false;
    };
  }, [path, refreshKey, t]);

  return (
    <section aria-label={t('previousVersions')} className="rounded-xl border border-line bg-surface">
      <div className="flex items-center justify-between gap-2 border-b border-line px-3 py-1">
        <h2 className="text-sm font-medium">{t('previousVersions')}</h2>
        <button type="button" onClick={onClose} className="min-h-11 px-2 text-sm text-accent">
          {t('close')}
        </button>
      </div>
      {error ? <p className="px-3 py-2 text-sm text-bad">{error}</p> : null}
      {backups === null && !error ? <p className="px-3 py-2 text-sm text-muted">{t('loading')}</p> : null}
      {backups?.length === 0 ? <p className="px-3 py-2 text-sm text-muted">{t('noVersions')}</p> : null}
      <ul className="max-h-56 divide-y divide-line overflow-y-auto">
        {backups?.map((backup) => (
          <li key={backup.id} data-backup-id={backup.id} className="flex items-center justify-between gap-3 px-3 py-1.5 text-sm">
            <span>
              <time dateTime={new Date(backup.savedAt).toISOString()}>{savedAt.format(backup.savedAt)}</time> <span className="text-muted">· {formatSize(backup.size)}</span>
            </span>
            {canRestore ? (
              <button type="button" onClick={() => onRestore(backup)} className="min-h-11 rounded-lg px-3 font-medium text-accent hover:bg-raised">
                {t('restore')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
