/** The page the service worker shows for a page it has no saved copy of while offline. */
export const OFFLINE_URL = '/~offline';

/** The service worker script; served from the build output by app/sw.js/route.ts. */
export const SERVICE_WORKER_URL = '/sw.js';

/** How to get HTTPS on the tailnet (the README's "On your tailnet" steps, served by Paddock itself). */
export const HTTPS_HELP_URL = '/help/https';
