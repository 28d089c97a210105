'use client';

import { useT } from '@/components/i18n/locale-provider';
import { pwaMessages } from '@/lib/i18n/messages/pwa';

export interface UpdatePromptProps {
  reloading: boolean;
  onReload(): void;
  onLater(): void;
}

/**
 * Offered when a new version is installed: the user decides when the page reloads into it. It sits
 * at the top, over the header, so it never hides the chat composer someone is typing into.
 */
export function UpdatePrompt({ reloading, onReload, onLater }: UpdatePromptProps) {
  const t = useT(pwaMessages);
  return (
    <div
      role="status"
      aria-label={t('updateLabel')}
      className="fixed inset-x-3 top-[max(0.5rem,env(safe-area-inset-top))] z-40 mx-auto flex max-w-md items-center gap-3 rounded-2xl border border-line bg-surface p-3 shadow-lg md:top-4"
    >
      <p className="flex-1 text-sm">{t('update')}</p>
      <button type="button" onClick={onLater} className="min-h-11 rounded-xl px-3 text-sm font-medium text-muted hover:text-ink">
        {t('later')}
      </button>
      <button type="button" onClick={onReload} disabled={reloading} className="min-h-11 rounded-xl bg-accent px-4 text-sm font-semibold text-accent-ink disabled:opacity-60">
        {reloading ? t('reloading') : t('reload')}
      </button>
    </div>
  );
}
