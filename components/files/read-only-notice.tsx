'use client';

import { useT } from '@/components/i18n/locale-provider';
import { fileMessages } from '@/lib/i18n/messages/files';

export interface ReadOnlyNoticeProps {
  reason: string;
  className?: string;
}

/** Says that saving is off here and why, in the words the server chose. */
export function ReadOnlyNotice({ reason, className = '' }: ReadOnlyNoticeProps) {
  const t = useT(fileMessages);
  return (
    <p role="note" data-read-only-reason className={`rounded-xl border border-line bg-raised px-3 py-2 text-sm text-muted ${className}`}>
      <span className="font-medium text-ink">{t('readOnly')}</span>
      {reason}
    </p>
  );
}
