'use client';

import { useT } from '@/components/i18n/locale-provider';
import { jobMessages } from '@/lib/i18n/messages/jobs';

const LABELS = { scheduled: 'stateScheduled', paused: 'statePaused', error: 'stateError', completed: 'stateCompleted' } as const;

const STYLES: Readonly<Record<string, string>> = {
  scheduled: 'border-ok text-ok',
  paused: 'border-warn text-warn',
  error: 'border-bad text-bad',
  completed: 'border-line text-muted',
};

/** The job's scheduler state as a small label. */
export function JobState({ state }: { state: string }) {
  const t = useT(jobMessages);
  const known = state in LABELS ? LABELS[state as keyof typeof LABELS] : null;
  return (
    <span data-job-state={state} className={`shrink-0 rounded-full border px-2 py-0.5 text-xs font-medium capitalize ${STYLES[state] ?? 'border-line text-muted'}`}>
      {known ? t(known) : state}
    </span>
  );
}
