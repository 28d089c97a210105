'use client';

import { useT } from '@/components/i18n/locale-provider';
import { reviewMessages } from '@/lib/i18n/messages/reviews';
import type { CronOutputStatus } from '@/lib/hermes-home';

const LABELS = {
  ok: null,
  failed: { text: 'statusFailed', className: 'border-bad text-bad' },
  silent: { text: 'statusSilent', className: 'border-line text-muted' },
  empty: { text: 'statusEmpty', className: 'border-line text-muted' },
} as const satisfies Readonly<Record<CronOutputStatus, { text: keyof typeof reviewMessages.en; className: string } | null>>;

/** A small label for runs that did not simply answer; nothing for a normal answer. */
export function ReviewStatus({ status }: { status: CronOutputStatus }) {
  const t = useT(reviewMessages);
  const label = LABELS[status];
  if (!label) return null;
  return <span className={`shrink-0 rounded-full border px-2 py-0.5 text-[11px] font-medium ${label.className}`}>{t(label.text)}</span>;
}
