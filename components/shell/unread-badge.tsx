'use client';

import { useT } from '@/components/i18n/locale-provider';
import { shellMessages } from '@/lib/i18n/messages/shell';

export interface UnreadBadgeProps {
  count: number;
}

/** The unread number on the Reviews tab icon. */
export function UnreadBadge({ count }: UnreadBadgeProps) {
  const t = useT(shellMessages);
  return (
    <span data-testid="reviews-unread" className="absolute -right-2.5 -top-1.5 flex h-[1.125rem] min-w-[1.125rem] items-center justify-center rounded-full bg-bad px-1 text-[10px] font-semibold leading-none text-bg">
      {count > 99 ? '99+' : count}
      <span className="sr-only">{t('unread')}</span>
    </span>
  );
}
