/**
 * Writes a large synthetic HERMES_HOME for benchmarks, in the exact schema of the fixture's state.db
 * (copied from its sqlite_master) and the scheduler's real cron file format. Deterministic: the same
 * arguments always produce the same data.
 *
 *   npx tsx scripts/generate-hermes-home.ts <dir> [--sessions 10000] [--messages 200000] [--reviews 1000] [--seed paddock]
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_OPTIONS, generateHermesHome } from './hermes-home-gen/generate';

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const argsSchema = z.object({
  dir: z.string({ message: 'give the directory to write, e.g. /tmp/hermes-big' }).min(1, 'give the directory to write, e.g. /tmp/hermes-big'),
  sessions: count(DEFAULT_OPTIONS.sessions),
  messages: count(DEFAULT_OPTIONS.messages),
  reviews: z.coerce.number().int().min(0).default(DEFAULT_OPTIONS.reviews),
  seed: z.string().min(1).default(DEFAULT_OPTIONS.seed),
});

const { values, positionals } = parseArgs({
  options: { sessions: { type: 'string' }, messages: { type: 'string' }, reviews: { type: 'string' }, seed: { type: 'string' } },
  allowPositionals: true,
});
const parsed = argsSchema.safeParse({ ...values, dir: positionals[0] });
if (!parsed.success) {
  console.error(`generate-hermes-home: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  process.exit(2);
}
const { dir, ...counts } = parsed.data;
let report: ReturnType<typeof generateHermesHome>;
try {
  report = generateHermesHome(dir, { ...DEFAULT_OPTIONS, ...counts });
} catch (error) {
  console.error(`generate-hermes-home: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(
  `wrote ${dir}: ${report.sessions} sessions, ${report.messages} messages, ${report.reviews} review files (${report.jobs} jobs in jobs.json), ` +
    `${report.schemaEntries} schema objects, state.db ${(report.bytes / 1e6).toFixed(1)} MB, in ${(report.ms / 1000).toFixed(1)} s`,
);
