import pkg from '@/package.json' with { type: 'json' };

/** Paddock's version, from package.json, shown in /api/health and Settings. */
export const PADDOCK_VERSION: string = pkg.version;
