'use client';

import { useSyncExternalStore } from 'react';
import { useLocale } from '@/components/i18n/locale-provider';
import { formatFull, formatWhen } from './format-when';

const noSubscription = () => () => {};

/** False during server rendering and hydration, true after: the server does not know the reader's zone. */
function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export interface LocalTimeProps {
  /** ms epoch */
  ms: number;
  /** "short" (default): Today, 08:00; "full": the whole date. */
  format?: 'short' | 'full';
  className?: string;
}

/** A time in the reader's own locale and time zone; UTC until the browser takes over. */
export function LocalTime({ ms, format = 'short', className }: LocalTimeProps) {
  const inBrowser = useInBrowser();
  const locale = useLocale();
  const iso = new Date(ms).toISOString();
  const text = !inBrowser ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : format === 'full' ? formatFull(ms, { locale }) : formatWhen(ms, { locale });
  return (
    <time dateTime={iso} title={inBrowser && format === 'short' ? formatFull(ms, { locale }) : undefined} className={className}>
      {text}
    </time>
  );
}
