/** The first stop for Tab: jumps past the sidebar to the screen's content; hidden until focused. */
export function SkipLink({ target }: { target: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-[max(0.75rem,env(safe-area-inset-top))] focus:z-50 focus:rounded-lg focus:bg-accent focus:px-4 focus:py-3 focus:font-medium focus:text-accent-ink"
    >
      Skip to content
    </a>
  );
}
