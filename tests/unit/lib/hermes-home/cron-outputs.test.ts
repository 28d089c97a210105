import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getCronOutput, getCronOutputSummaries, listCronJobs, listCronOutputs, parseCronMarkdown, parseCronOutputId } from '@/lib/hermes-home';
import { cleanupTemp, copyFixture, FIXTURE_HOME, tempDir } from './helpers';

afterAll(() => cleanupTemp());

const FAILED_ID = '50b370ec83f5/2026-11-23_08-00-41';
const SILENT_ID = 'dcf4c3efe485/2026-11-16_09-10-36';

describe('listCronOutputs', () => {
  it('lists all 13 fixture runs across 4 job dirs, newest first', async () => {
    const { items, total } = await listCronOutputs({ home: FIXTURE_HOME, limit: 100 });
    expect(total).toBe(13);
    expect(items.map((o) => o.id)).toEqual([
      'd8fe129b0fd5/2026-11-23_09-00-34',
      '50b370ec83f5/2026-11-23_08-00-41',
      '50b370ec83f5/2026-11-22_08-00-34',
      '50b370ec83f5/2026-11-21_08-00-33',
      '50b370ec83f5/2026-11-20_08-00-33',
      '50b370ec83f5/2026-11-19_08-00-33',
      '50b370ec83f5/2026-11-18_08-00-34',
      'dcf4c3efe485/2026-11-17_08-30-58',
      '50b370ec83f5/2026-11-17_08-00-33',
      '28cbdac8e68b/2026-11-16_15-00-33',
      'dcf4c3efe485/2026-11-16_09-41-04',
      'd8fe129b0fd5/2026-11-16_09-10-37',
      'dcf4c3efe485/2026-11-16_09-10-36',
    ]);
    expect(new Set(items.map((o) => o.jobId)).size).toBe(4);
    expect(items.map((o) => o.status)).toEqual(['ok', 'failed', 'ok', 'ok', 'ok', 'ok', 'ok', 'silent', 'ok', 'ok', 'ok', 'ok', 'silent']);
  });

  it('reads run times from file names as UTC, matching jobs.json last_run_at to the second', async () => {
    const { items } = await listCronOutputs({ home: FIXTURE_HOME, limit: 100 });
    const { jobs } = await listCronJobs({ home: FIXTURE_HOME });
    for (const job of jobs) {
      if (job.lastRunAt === null) continue;
      const newest = items.find((o) => o.jobId === job.id);
      expect(newest?.runAt, job.name).toBe(Math.floor(job.lastRunAt / 1000) * 1000);
      expect(newest?.timeZone).toBe('UTC');
    }
  });

  it('takes the job name from the header, even for a job no longer in jobs.json', async () => {
    const { items } = await listCronOutputs({ home: FIXTURE_HOME, limit: 100 });
    expect(items.find((o) => o.jobId === '28cbdac8e68b')).toMatchObject({ jobName: 'call flour supplier', status: 'ok' });
    expect(items.find((o) => o.id === FAILED_ID)?.jobName).toBe('daily-review');
  });

  it('lists one job with paging', async () => {
    const daily = await listCronOutputs({ home: FIXTURE_HOME, jobId: '50b370ec83f5', limit: 3, offset: 5 });
    expect(daily.total).toBe(7);
    expect(daily.items.map((o) => o.id)).toEqual(['50b370ec83f5/2026-11-18_08-00-34', '50b370ec83f5/2026-11-17_08-00-33']);
    expect((await listCronOutputs({ home: FIXTURE_HOME, jobId: 'a2130eb32349' })).total).toBe(0);
  });

  it('rejects a job id filter that is not a hex job id', async () => {
    for (const jobId of ['..', '../cron', '50B370EC83F5', '', 'x/y']) {
      await expect(listCronOutputs({ home: FIXTURE_HOME, jobId })).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  it('returns nothing when cron/output does not exist, and hermes_home_missing for a missing home', async () => {
    expect(await listCronOutputs({ home: tempDir() })).toEqual({ items: [], total: 0 });
    await expect(listCronOutputs({ home: '/nonexistent/hermes' })).rejects.toMatchObject({ code: 'hermes_home_missing' });
  });

  it('reads file names in the config.yaml timezone, and an explicit zone wins', async () => {
    const home = copyFixture();
    fs.appendFileSync(path.join(home, 'config.yaml'), '\ntimezone: "Asia/Taipei"  # shop time\n');
    const taipei = await getCronOutput({ home, id: FAILED_ID });
    expect(taipei.timeZone).toBe('Asia/Taipei');
    expect(taipei.runAt).toBe(Date.parse('2026-11-23T00:00:41Z'));
    const berlin = await listCronOutputs({ home, jobId: '50b370ec83f5', limit: 1, timeZone: 'Europe/Berlin' });
    expect(berlin.items[0]?.runAt).toBe(Date.parse('2026-11-23T07:00:41Z'));
    const bogus = await getCronOutput({ home, id: FAILED_ID, timeZone: 'Not/AZone' });
    expect(bogus.timeZone).toBe('Asia/Taipei');
  });
});

describe('getCronOutput', () => {
  it('classifies the HTTP 503 run as failed and separates prompt and error', async () => {
    const out = await getCronOutput({ home: FIXTURE_HOME, id: FAILED_ID });
    expect(out).toMatchObject({
      jobId: '50b370ec83f5',
      jobName: 'daily-review',
      status: 'failed',
      response: null,
      error: 'RuntimeError: HTTP 503: The model is overloaded or temporarily unavailable. Please retry later.',
      meta: { 'Job ID': '50b370ec83f5', 'Run Time': '2026-11-23 08:00:41', Schedule: '0 8 * * *' },
      runAt: Date.parse('2026-11-23T08:00:41Z'),
      truncated: false,
    });
    expect(out.prompt).toMatch(/^\[IMPORTANT: You are running as a scheduled cron job\./);
    expect(out.prompt).toMatch(/reorder commands in a code block\.$/);
    expect(out.preview).toMatch(/^RuntimeError: HTTP 503/);
  });

  it('classifies a [SILENT] reply as silent and a reported problem as ok', async () => {
    const silent = await getCronOutput({ home: FIXTURE_HOME, id: SILENT_ID });
    expect(silent).toMatchObject({ status: 'silent', response: '[SILENT]', error: null, jobName: 'heartbeat' });
    const alert = await getCronOutput({ home: FIXTURE_HOME, id: 'dcf4c3efe485/2026-11-16_09-41-04' });
    expect(alert.status).toBe('ok');
    expect(alert.response).toMatch(/Receipt printer: \*\*offline\*\*$/);
  });

  it('returns the response Markdown separately from the prompt', async () => {
    const out = await getCronOutput({ home: FIXTURE_HOME, id: '50b370ec83f5/2026-11-17_08-00-33' });
    expect(out.response).toMatch(/^# 金米麥 每日回顧 · 2026-11-17（週二）\n\n## 昨日營收/);
    expect(out.response).toContain('```bash\nhermes-shop reorder --sku OAT-500 --qty 17');
    expect(out.prompt).not.toContain('每日回顧');
    expect(out.prompt).toMatch(/^\[IMPORTANT:[\s\S]*Write today's daily review for 金米麥 in Markdown/);
    expect(out.sizeBytes).toBe(fs.statSync(path.join(FIXTURE_HOME, 'cron/output/50b370ec83f5/2026-11-17_08-00-33.md')).size);
  });

  it('classifies an empty file and "(No response generated)" as empty', async () => {
    const home = copyFixture();
    const dir = path.join(home, 'cron', 'output', 'dcf4c3efe485');
    fs.writeFileSync(path.join(dir, '2026-11-18_08-00-00.md'), '');
    const doc = fs.readFileSync(path.join(dir, '2026-11-16_09-10-36.md'), 'utf8').replace('## Response\n\n[SILENT]', '## Response\n\n(No response generated)');
    fs.writeFileSync(path.join(dir, '2026-11-18_08-30-00.md'), doc);
    expect((await getCronOutput({ home, id: 'dcf4c3efe485/2026-11-18_08-00-00' })).status).toBe('empty');
    expect((await getCronOutput({ home, id: 'dcf4c3efe485/2026-11-18_08-30-00' })).status).toBe('empty');
  });

  it('rejects ids that are not exactly <hex job id>/<timestamp>', async () => {
    const bad = [
      '../state.db',
      '../../etc/passwd',
      '/etc/passwd',
      '50b370ec83f5/../../state',
      '50b370ec83f5/../50b370ec83f5/2026-11-23_08-00-41',
      '50b370ec83f5/2026-11-23_08-00-41.md',
      '50b370ec83f5/2026-11-23_08-00-41/..',
      '50b370ec83f5\\2026-11-23_08-00-41',
      '50B370EC83F5/2026-11-23_08-00-41',
      '%2e%2e/2026-11-23_08-00-41',
      '50b370ec83f5/2026-11-23_08-00-41\u0000',
      '50b370ec83f5//2026-11-23_08-00-41',
      `${'a'.repeat(65)}/2026-11-23_08-00-41`,
      '',
    ];
    for (const id of bad) {
      expect(parseCronOutputId(id), id).toBeNull();
      await expect(getCronOutput({ home: FIXTURE_HOME, id }), id).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(getCronOutput({ home: FIXTURE_HOME, id: '50b370ec83f5/2030-01-01_00-00-00' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('does not follow symlinks planted in cron/output', async () => {
    const home = copyFixture();
    const secret = path.join(tempDir(), 'secret.md');
    fs.writeFileSync(secret, '# Cron Job: stolen\n\nsecret');
    const jobDir = path.join(home, 'cron', 'output', '50b370ec83f5');
    fs.symlinkSync(secret, path.join(jobDir, '2030-01-01_00-00-00.md'));
    fs.symlinkSync(path.dirname(secret), path.join(home, 'cron', 'output', 'abcdef'));
    fs.copyFileSync(path.join(jobDir, '2026-11-17_08-00-33.md'), path.join(path.dirname(secret), '2030-01-02_00-00-00.md'));

    await expect(getCronOutput({ home, id: '50b370ec83f5/2030-01-01_00-00-00' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getCronOutput({ home, id: 'abcdef/2030-01-02_00-00-00' })).rejects.toMatchObject({ code: 'not_found' });
    const { items, total } = await listCronOutputs({ home, limit: 100 });
    expect(total).toBe(13);
    expect(items.some((o) => o.id.startsWith('abcdef/') || o.id.includes('2030'))).toBe(false);
  });
});

describe('getCronOutputSummaries', () => {
  it('answers in the order asked, leaving out malformed ids and runs that are gone', async () => {
    const ids = [SILENT_ID, '../state.db', '50b370ec83f5/2030-01-01_00-00-00', FAILED_ID];
    const summaries = await getCronOutputSummaries({ home: FIXTURE_HOME, ids });
    expect(summaries.map((s) => [s.id, s.status])).toEqual([
      [SILENT_ID, 'silent'],
      [FAILED_ID, 'failed'],
    ]);
    expect(summaries[1]).not.toHaveProperty('response');
  });

  it('reads a settled run file once, and a fresh one again until it settles', async () => {
    const home = copyFixture();
    const dir = path.join(home, 'cron', 'output', 'dcf4c3efe485');
    const settled = path.join(dir, '2026-11-16_09-41-04.md');
    const fresh = path.join(dir, '2026-11-16_09-10-36.md');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(settled, hourAgo, hourAgo);
    fs.utimesSync(fresh, new Date(), new Date());
    const ids = ['dcf4c3efe485/2026-11-16_09-41-04', 'dcf4c3efe485/2026-11-16_09-10-36'];
    expect((await getCronOutputSummaries({ home, ids })).map((s) => s.status)).toEqual(['ok', 'silent']);

    // Hermes never rewrites a run file; these rewrites only show which files are read again.
    fs.writeFileSync(settled, '# Cron Job: heartbeat (FAILED)\n\n## Prompt\n\nx\n\n## Error\n\nboom\n');
    fs.utimesSync(settled, hourAgo, hourAgo);
    fs.writeFileSync(fresh, fs.readFileSync(fresh, 'utf8').replace('## Response\n\n[SILENT]', '## Response\n\nPrinter offline.'));
    expect((await getCronOutputSummaries({ home, ids })).map((s) => s.status)).toEqual(['ok', 'ok']);
  });
});

describe('parseCronMarkdown', () => {
  const head = '# Cron Job: watch\n\n**Job ID:** abc\n**Run Time:** 2026-11-20 10:00:00\n';

  it('reads a no_agent script run body as the response', () => {
    const doc = parseCronMarkdown(`${head}**Mode:** no_agent (script)\n\n---\n\ndisk 91% full\n`);
    expect(doc).toMatchObject({ status: 'ok', response: 'disk 91% full', prompt: null, meta: { Mode: 'no_agent (script)' } });
  });

  it('treats script failures and blocked prompts as failed', () => {
    const script = parseCronMarkdown(`${head}**Mode:** no_agent (script)\n**Status:** script failed\n\nTraceback: boom\n`);
    expect(script).toMatchObject({ status: 'failed', error: 'Traceback: boom', response: null });
    const blocked = parseCronMarkdown(`${head}**Status:** BLOCKED\n\nThe assembled prompt tripped the scanner.\n\n**Scanner result:** x\n`);
    expect(blocked.status).toBe('failed');
    expect(blocked.error).toContain('**Scanner result:** x');
  });

  it('treats silent script runs and the wakeAgent gate as silent', () => {
    expect(parseCronMarkdown(`${head}**Mode:** no_agent (script)\n**Status:** silent (empty output)\n`).status).toBe('silent');
    expect(parseCronMarkdown(`${head}\nScript gate returned \`wakeAgent=false\` — agent skipped.\n`).status).toBe('silent');
  });

  it('uses the last Response heading so prompts may contain their own', () => {
    const doc = parseCronMarkdown(`${head}\n## Prompt\n\nUse this format:\n## Response\n\nfoo\n\n## Response\n\nAll good\n`);
    expect(doc).toMatchObject({ status: 'ok', response: 'All good' });
    expect(doc.prompt).toBe('Use this format:\n## Response\n\nfoo');
  });

  it('prefers an explicit offset in Run Time over the zone guess', async () => {
    const home = copyFixture();
    const file = path.join(home, 'cron/output/50b370ec83f5/2026-11-17_08-00-33.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('**Run Time:** 2026-11-17 08:00:33', '**Run Time:** 2026-11-17 08:00:33+08:00'));
    expect((await getCronOutput({ home, id: '50b370ec83f5/2026-11-17_08-00-33' })).runAt).toBe(Date.parse('2026-11-17T00:00:33Z'));
  });
});
