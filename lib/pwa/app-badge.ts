/** The Badging API as both Navigator and WorkerNavigator have it, where the platform does. */
interface BadgeHost {
  setAppBadge?: (contents?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
}

/**
 * Shows `count` on the installed app's icon (cleared at 0); does nothing where badges are not
 * supported or `count` is unknown (null). Never rejects: a badge is a nicety.
 */
export async function showAppBadge(host: BadgeHost, count: number | null): Promise<void> {
  if (count === null || typeof host.setAppBadge !== 'function') return;
  try {
    if (count > 0) await host.setAppBadge(count);
    else if (typeof host.clearAppBadge === 'function') await host.clearAppBadge();
    else await host.setAppBadge(0);
  } catch {
    // Browsers refuse badges without notification permission or outside an installed app.
  }
}
