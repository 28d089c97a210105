import type { ReactNode } from 'react';

export type PillTone = 'plain' | 'accent' | 'ok' | 'warn' | 'bad';

const TONES: Readonly<Record<PillTone, string>> = {
  plain: 'border-line text-muted',
  accent: 'border-accent text-accent',
  ok: 'border-ok text-ok',
  warn: 'border-warn text-warn',
  bad: 'border-bad text-bad',
};

export interface PillProps {
  tone?: PillTone;
  children: ReactNode;
  title?: string;
}

/** A small rounded label: an origin, a state, a trust level. */
export function Pill({ tone = 'plain', children, title }: PillProps) {
  return (
    <span title={title} className={`inline-flex shrink-0 items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}
