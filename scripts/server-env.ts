/**
 * Memory settings the production server runs with (bench/budgets measures an idle server):
 * - V8's young generation grows to 32 MiB while pages render and is handed back only when V8
 *   decides the process is idle, which may take minutes. Semi-spaces capped at 4 MiB keep an idle
 *   server near 116 MiB (bench/budgets); at 1 MiB it was 114, but young collections then took
 *   0.39 ms of every chat turn instead of 0.15 (CPU profile of 800 turns), much of it between
 *   the user's tap and the gateway call.
 * - Node's threads (libuv's pool, V8's workers) each get a glibc malloc arena, which keeps what
 *   a burst of renders freed; two arenas, and large blocks returned as soon as they are freed,
 *   hold about 10 MiB less.
 * They must be in the environment before node starts, so `npm start` (package.json) and the
 * Dockerfile set them too; tests/unit/scripts/server-env.test.ts keeps the three in step.
 */
export const SERVER_MEMORY_ENV: Readonly<Record<string, string>> = {
  NODE_OPTIONS: '--max-semi-space-size=4',
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
};
