const STYLES: Readonly<Record<string, string>> = {
  scheduled: 'border-ok text-ok',
  paused: 'border-warn text-warn',
  error: 'border-bad text-bad',
  completed: 'border-line text-muted',
};

/** The job's scheduler state as a small label. */
export function JobState({ state }: { state: string }) {
  return (
    <span data-job-state={state} className={`shrink-0 rounded-full border px-2 py-0.5 text-xs font-medium capitalize ${STYLES[state] ?? 'border-line text-muted'}`}>
      {state}
    </span>
  );
}
