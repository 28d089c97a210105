import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { planConversations } from './conversations';
import { planCron } from './cron';
import { createRng } from './prng';
import { pyDumpsIndented } from './py-json';
import { bulkIndexing, copySchema, createTriggers, referenceSystemPrompt, writeSessions } from './state-db';

export const REFERENCE_HOME = path.resolve(import.meta.dirname, '../../tests/fixtures/hermes-home');

export interface GenerateOptions {
  sessions: number;
  messages: number;
  reviews: number;
  seed: string;
  /** Epoch seconds of the newest activity; the data covers the three years before it. */
  end: number;
}

export interface GenerateReport {
  sessions: number;
  messages: number;
  reviews: number;
  jobs: number;
  schemaEntries: number;
  bytes: number;
  ms: number;
}

/** Same fixed "now" as the fixture (Mon 2026-11-23 10:30 UTC), so the generated home never depends on the clock. */
export const DEFAULT_END = Date.UTC(2026, 10, 23, 10, 30) / 1000;
export const DEFAULT_OPTIONS: GenerateOptions = { sessions: 10_000, messages: 200_000, reviews: 1_000, seed: 'paddock', end: DEFAULT_END };
const SPAN_SEC = 3 * 365 * 86_400;

function writeCronFiles(home: string, plan: ReturnType<typeof planCron>): void {
  const cronDir = path.join(home, 'cron');
  fs.mkdirSync(path.join(cronDir, 'output'), { recursive: true });
  fs.writeFileSync(path.join(cronDir, 'jobs.json'), pyDumpsIndented(plan.jobsFile));
  const made = new Set<string>();
  for (const run of plan.runs) {
    const dir = path.join(cronDir, 'output', run.job.id);
    if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
    const file = path.join(dir, `${run.stamp}.md`);
    fs.writeFileSync(file, run.markdown);
    // Like the fixture: an output's mtime is the time in its name.
    fs.utimesSync(file, run.writtenAt, run.writtenAt);
  }
}

function copyStaticFiles(home: string): void {
  for (const name of ['config.yaml', 'SOUL.md', 'memories']) {
    const from = path.join(REFERENCE_HOME, name);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(home, name), { recursive: true });
  }
}

/**
 * Writes a large HERMES_HOME into `home` (which must be empty or absent): state.db in the reference
 * fixture's exact schema, cron/jobs.json and cron/output run files. The same options always give the
 * same content. Throws if `home` already holds a state.db.
 */
export function generateHermesHome(home: string, options: GenerateOptions = DEFAULT_OPTIONS): GenerateReport {
  const started = performance.now();
  const dbFile = path.join(home, 'state.db');
  if (fs.existsSync(dbFile)) throw new Error(`${dbFile} already exists; pick an empty directory`);
  fs.mkdirSync(home, { recursive: true });
  const from = options.end - SPAN_SEC;
  const rng = createRng(`${options.seed}:${options.sessions}:${options.messages}:${options.reviews}`);

  const cron = planCron(rng, Math.min(options.reviews, options.sessions), from, options.end);
  const cronMessages = cron.runs.reduce((n, r) => n + r.session.messages.length, 0);
  const chats = planConversations(rng, {
    sessions: options.sessions - cron.runs.length,
    messages: Math.max(2 * (options.sessions - cron.runs.length), options.messages - cronMessages),
    from,
    to: options.end - 3 * 86_400,
  });

  const referenceDb = path.join(REFERENCE_HOME, 'state.db');
  const db = new Database(dbFile);
  let schemaEntries = 0;
  try {
    // Bulk load without a journal; switched to WAL at the end, which is how Hermes leaves the file.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    const schema = copySchema(db, referenceDb);
    schemaEntries = schema.entries;
    const sessions = [...cron.runs.map((r) => r.session), ...chats];
    const prompt = referenceSystemPrompt(referenceDb);
    const fills = bulkIndexing(schema.triggers);
    if (fills) {
      writeSessions(db, sessions, prompt);
      db.transaction(() => fills.forEach((sql) => db.exec(sql)))();
      createTriggers(db, schema.triggers);
    } else {
      // Unknown trigger shape: let the triggers index every row as it is written (slower, same result).
      createTriggers(db, schema.triggers);
      writeSessions(db, sessions, prompt);
    }
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  writeCronFiles(home, cron);
  copyStaticFiles(home);
  const sessions = cron.runs.length + chats.length;
  const messages = cronMessages + chats.reduce((n, s) => n + s.messages.length, 0);
  return { sessions, messages, reviews: cron.runs.length, jobs: cron.jobsFile.jobs.length, schemaEntries, bytes: fs.statSync(dbFile).size, ms: performance.now() - started };
}
