import type { CronOutputStatus } from '@/lib/hermes-home';

const LABELS: Readonly<Record<CronOutputStatus, { text: string; className: string } | null>> = {
  ok: null,
  failed: { text: 'Failed', className: 'border-bad text-bad' },
  silent: { text: 'Silent', className: 'border-line text-muted' },
  empty: { text: 'No response', className: 'border-line text-muted' },
};

/** A small label for runs that did not simply answer; nothing for a normal answer. */
export function ReviewStatus({ status }: { status: CronOutputStatus }) {
  const label = LABELS[status];
  if (!label) return null;
  return <span className={`shrink-0 rounded-full border px-2 py-0.5 text-[11px] font-medium ${label.className}`}>{label.text}</span>;
}
