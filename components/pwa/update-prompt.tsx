'use client';

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
  return (
    <div
      role="status"
      aria-label="Update available"
      className="fixed inset-x-3 top-[max(0.5rem,env(safe-area-inset-top))] z-40 mx-auto flex max-w-md items-center gap-3 rounded-2xl border border-line bg-surface p-3 shadow-lg md:top-4"
    >
      <p className="flex-1 text-sm">A new version of Paddock is available.</p>
      <button type="button" onClick={onLater} className="min-h-11 rounded-xl px-3 text-sm font-medium text-muted hover:text-ink">
        Later
      </button>
      <button type="button" onClick={onReload} disabled={reloading} className="min-h-11 rounded-xl bg-accent px-4 text-sm font-semibold text-accent-ink disabled:opacity-60">
        {reloading ? 'Reloading…' : 'Reload'}
      </button>
    </div>
  );
}
