'use client';

import { useT } from '@/components/i18n/locale-provider';
import { commonMessages } from '@/lib/i18n/messages/common';

export interface LoadMoreButtonProps {
  loading: boolean;
  error: string | null;
  onClick: () => void;
  label?: string;
}

/** The button under a list that fetches its next page, with the reason when that failed. */
export function LoadMoreButton({ loading, error, onClick, label }: LoadMoreButtonProps) {
  const t = useT(commonMessages);
  return (
    <div className="mx-4 my-4 flex flex-col items-center gap-2 md:mx-8">
      {error ? (
        <p role="alert" className="text-sm text-bad">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={onClick} disabled={loading} className="min-h-11 rounded-xl border border-line bg-surface px-5 text-sm font-medium disabled:opacity-60">
        {loading ? t('loading') : error ? t('tryAgain') : (label ?? t('loadMore'))}
      </button>
    </div>
  );
}
