import type { ReactNode } from 'react';

export interface ScreenProblemProps {
  title: string;
  message: string;
  children?: ReactNode;
}

/** Says what keeps a screen from working and what to configure, in place of its content. */
export function ScreenProblem({ title, message, children }: ScreenProblemProps) {
  return (
    <div role="alert" className="mx-4 mt-4 rounded-2xl border border-line bg-surface p-5 md:mx-8">
      <p className="font-medium text-ink">{title}</p>
      <p className="mt-1 text-sm text-muted">{message}</p>
      {children}
    </div>
  );
}
