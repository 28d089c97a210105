import type { ReactNode } from 'react';

export interface ScreenHeaderProps {
  title: string;
  actions?: ReactNode;
}

export function ScreenHeader({ title, actions }: ScreenHeaderProps) {
  return (
    <div className="flex items-center justify-between gap-3 px-4 pb-2 pt-4 md:px-8 md:pt-8">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {actions}
    </div>
  );
}
