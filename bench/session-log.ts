/**
 * bench/session-log: server-side latency of the session log and the reviews inbox on a large
 * generated HERMES_HOME (10,000 sessions, 200,000 messages, 1,000 review files by default; made once
 * by scripts/generate-hermes-home and cached in the temp dir). Calls the same lib functions the route
 * handlers call, then the same URLs once more through the real server over HTTP. Prints figures next
 * to the issue's targets; asserts nothing.
 *
 *   npx tsx bench/session-log.ts [--sessions 10000 --messages 200000 --reviews 1000] [--runs 30] [--no-http]
 *   (the HTTP part needs `npm run build`; honours PADDOCK_DIST_DIR)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { login, startPaddock } from '../tests/support/paddock-server';
import { gatewayWriter } from './gateway-writer';
import { largeHome } from './large-home';
import { line, time } from './timing';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '10000' },
    messages: { type: 'string', default: '200000' },
    reviews: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '30' },
    'no-http': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const HTTP_RUNS = Math.max(5, Math.round(RUNS / 2));
const LIST_TARGET_MS = 50;
const SEARCH_TARGET_MS = 50;
const OPEN_TARGET_MS = 100;

const generated = largeHome({ sessions: Number(values.sessions), messages: Number(values.messages), reviews: Number(values.reviews) });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-bench-data-'));
// The lib reads its configuration once from the environment, as the server does; set it before loading.
process.env.HERMES_HOME = generated.home;
process.env.DATA_DIR = dataDir;
const { getSessionTranscript, listSessionPage, searchSessionMessages } = await import('../lib/sessions/session-log');
const { listReviews } = await import('../lib/reviews/inbox');
const { countUnreadReviews, getReview } = await import('../lib/reviews/review');
const { SESSIONS_PAGE_SIZE, SEARCH_PAGE_SIZE } = await import('../lib/sessions/schemas');
const { REVIEWS_PAGE_SIZE } = await import('../lib/reviews/schemas');
const { closeStateDbs } = await import('../lib/hermes-home');

interface Case {
  label: string;
  /** A page (HTML) rather than an API call: only timed over HTTP. */
  page?: boolean;
  /** Also timed while the gateway writes. */
  afterCommit?: boolean;
  target: number | null;
  run: () => Promise<unknown>;
  url: string;
}

const q = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  return s.size ? `?${s}` : '';
};

async function cases(): Promise<Case[]> {
  const first = await listSessionPage({ offset: 0, limit: SESSIONS_PAGE_SIZE });
  const deep = Math.max(0, Math.floor(first.total * 0.8));
  const busiest = first.sources[1]?.source ?? first.sources[0]?.source;
  const pages = await Promise.all([0, 1, 2, 3].map((p) => listSessionPage({ offset: p * 100, limit: 100 })));
  const rows = pages.flatMap((p) => p.items);
  const chainRow = rows.find((r) => r.sessionIds.length > 2) ?? rows[0];
  const recent = first.items[0];
  const reviews = await listReviews({ offset: 0, limit: REVIEWS_PAGE_SIZE });
  const review = reviews.items[3] ?? reviews.items[0];
  const job = reviews.jobs[0]?.id;
  if (!chainRow || !recent || !review) throw new Error('the generated home has no sessions or reviews');
  const list = (label: string, p: { source?: string; q?: string; offset: number }): Case => ({
    label,
    target: LIST_TARGET_MS,
    run: () => listSessionPage({ ...p, limit: SESSIONS_PAGE_SIZE }),
    url: `/api/sessions${q({ source: p.source, q: p.q, offset: p.offset || undefined })}`,
  });
  const search = (label: string, text: string, source?: string): Case => ({
    label,
    target: SEARCH_TARGET_MS,
    run: () => searchSessionMessages({ q: text, source, offset: 0, limit: SEARCH_PAGE_SIZE }),
    url: `/api/sessions/search${q({ q: text, source })}`,
  });
  const open = (label: string, id: string): Case => ({ label, target: OPEN_TARGET_MS, run: () => getSessionTranscript(id), url: `/api/sessions/${encodeURIComponent(id)}` });
  return [
    { ...list('sessions: first page', { offset: 0 }), afterCommit: true },
    list(`sessions: source=${busiest}`, { source: busiest, offset: 0 }),
    { ...list(`sessions: deep page (offset ${deep})`, { offset: deep }), afterCommit: true },
    list('sessions: text filter q=restock', { q: 'restock', offset: 0 }),
    open(`open: newest (${recent.messageCount} msgs)`, recent.id),
    { ...open(`open: chain of ${chainRow.sessionIds.length} (${chainRow.messageCount} msgs)`, chainRow.id), afterCommit: true },
    { ...search('search: English "inventory"', 'inventory'), afterCommit: true },
    search('search: English "inventory", source=discord', 'inventory', 'discord'),
    search('search: prefix "reord*"', 'reord*'),
    { ...search('search: Chinese "黑芝麻吐司" (trigram)', '黑芝麻吐司'), afterCommit: true },
    search('search: Chinese "庫存" (2 chars)', '庫存'),
    search('search: Chinese "米" (1 char)', '米'),
    { label: 'reviews: first page', target: LIST_TARGET_MS, run: () => listReviews({ offset: 0, limit: REVIEWS_PAGE_SIZE }), url: '/api/reviews' },
    { label: 'reviews: one job', target: LIST_TARGET_MS, run: () => listReviews({ job, offset: 0, limit: REVIEWS_PAGE_SIZE }), url: `/api/reviews${q({ job })}` },
    { label: 'reviews: unread count', target: null, run: () => countUnreadReviews(), url: '/api/reviews/unread' },
    { label: 'reviews: one review', target: OPEN_TARGET_MS, run: () => getReview(review.id), url: `/api/reviews/${review.id}` },
    { label: 'page: /sessions (HTML)', page: true, target: null, run: async () => {}, url: '/sessions' },
    { label: `page: transcript, chain of ${chainRow.messageCount} msgs (HTML)`, page: true, target: null, run: async () => {}, url: `/sessions/${encodeURIComponent(chainRow.id)}` },
    { label: 'page: /reviews (HTML)', page: true, target: null, run: async () => {}, url: '/reviews' },
    { label: 'page: one review (HTML)', page: true, target: null, run: async () => {}, url: `/reviews/${review.id}` },
  ];
}

/** The same calls while the gateway keeps committing: one message appended before every timed call. */
async function afterCommits(all: Case[]): Promise<void> {
  const newest = (await listSessionPage({ offset: 0, limit: 1 })).items[0];
  if (!newest) return;
  const writer = gatewayWriter(generated.home, newest.id);
  try {
    console.log(`\n## after each gateway commit (a message appended to ${newest.id} before every call; ${RUNS} runs)`);
    for (const c of all.filter((x) => x.afterCommit)) console.log(line(c.label, await time(c.run, RUNS, { before: () => writer.append() }), c.target));
  } finally {
    writer.undo();
  }
}

async function overHttp(all: Case[]): Promise<void> {
  const server = await startPaddock({ HERMES_HOME: generated.home });
  try {
    const cookie = await login(server);
    console.log(`\n## through the real server over HTTP (${HTTP_RUNS} runs each after one cold request; includes auth, routing, JSON and loopback)`);
    let etag: { url: string; tag: string } | null = null;
    for (const c of all) {
      const get = async () => {
        const response = await fetch(`${server.url}${c.url}`, { headers: { Cookie: cookie } });
        if (!response.ok) throw new Error(`${c.url}: HTTP ${response.status}`);
        const tag = response.headers.get('etag');
        if (tag && c.label.startsWith('open: chain')) etag = { url: c.url, tag };
        await response.arrayBuffer();
      };
      console.log(line(c.label, await time(get, HTTP_RUNS), c.target));
    }
    const transcript = all.find((c) => c.page && c.label.startsWith('page: transcript'));
    if (transcript) {
      // The transcript page sends its first screen, then streams the rest: time until the first screen is complete.
      const firstScreen = async () => {
        const response = await fetch(`${server.url}${transcript.url}`, { headers: { Cookie: cookie } });
        const reader = response.body?.getReader();
        const decoder = new TextDecoder();
        let html = '';
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) break;
          html += decoder.decode(chunk.value, { stream: true });
          if (html.includes('data-part="rest-pending"')) break;
        }
        await reader?.cancel();
      };
      console.log(line(`${transcript.label.replace(' (HTML)', '')}: first screen`, await time(firstScreen, HTTP_RUNS), OPEN_TARGET_MS));
    }
    if (etag) {
      const { url, tag } = etag;
      const revalidate = async () => {
        const response = await fetch(`${server.url}${url}`, { headers: { Cookie: cookie, 'If-None-Match': tag } });
        if (response.status !== 304) throw new Error(`${url}: expected 304, got ${response.status}`);
      };
      console.log(line('open: chain, revalidated (304, no body)', await time(revalidate, HTTP_RUNS), OPEN_TARGET_MS));
    }
  } finally {
    await server.stop();
  }
}

try {
  console.log(`# bench/session-log: ${values.sessions} sessions, ${values.messages} messages, ${values.reviews} reviews`);
  console.log(`home ${generated.home} (${generated.reused ? 'reused' : `generated in ${(generated.ms / 1000).toFixed(1)} s`}); ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(2)}`);
  console.log(`targets: list page and search median < ${LIST_TARGET_MS} ms, first screen of a transcript < ${OPEN_TARGET_MS} ms (server side)`);
  const all = await cases();
  console.log(`\n## lib functions, in process (first = cold call on a freshly opened state.db; then ${RUNS} runs)`);
  // "first" reopens state.db, which drops every per-handle cache: the cost after the gateway writes.
  for (const c of all.filter((x) => !x.page)) console.log(line(c.label, await time(c.run, RUNS, { reset: closeStateDbs }), c.target));
  await afterCommits(all);
  if (!values['no-http']) await overHttp(all);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
