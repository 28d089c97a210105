/**
 * glibc malloc settings the production server runs with. Node's threads (libuv's pool, V8's
 * workers) each get a malloc arena of their own, and glibc keeps freed memory in them after a
 * burst of page renders; with two arenas, and large blocks given back to the system as soon as
 * they are freed, an idle server holds about 10 MiB less (bench/budgets). They must be in the
 * environment before node starts, so `npm start` (package.json) and the Dockerfile set them
 * too; tests/unit/scripts/server-env.test.ts keeps the three in step.
 */
export const SERVER_MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
};
