import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCronMarkdown } from '@/lib/hermes-home';
import { firstMeaningfulLine } from '@/lib/push/first-line';
import { reviewMessage, reviewPath } from '@/lib/push/review-message';
import { FIXTURE_HOME } from '../hermes-home/helpers';

function fixtureRun(id: string) {
  const doc = parseCronMarkdown(fs.readFileSync(path.join(FIXTURE_HOME, 'cron/output', `${id}.md`), 'utf8'));
  return { ...doc, id, jobId: id.split('/')[0] ?? '' };
}

describe('firstMeaningfulLine', () => {
  it('strips heading marks, bullets, emphasis and link targets', () => {
    expect(firstMeaningfulLine('\n\n## **Sales** up\n')).toBe('Sales up');
    expect(firstMeaningfulLine('- [ ] Call the [supplier](https://example.com) about `OAT-500`')).toBe('Call the supplier about OAT-500');
    expect(firstMeaningfulLine('> quoted note')).toBe('quoted note');
  });

  it('skips rules, table separators and code blocks while prose follows', () => {
    expect(firstMeaningfulLine('---\n```bash\nrm -rf x\n```\n| a | b |\n|---|---|')).toBe('a · b');
    expect(firstMeaningfulLine('```\nonly code here\n```')).toBe('only code here');
  });

  it('clips long lines to a notification body and says nothing for empty text', () => {
    const line = firstMeaningfulLine('字'.repeat(500), 20);
    expect(Array.from(line)).toHaveLength(20);
    expect(line.endsWith('…')).toBe(true);
    expect(firstMeaningfulLine('')).toBe('');
    expect(firstMeaningfulLine(null)).toBe('');
    expect(firstMeaningfulLine('---\n\n***')).toBe('');
  });
});

describe('reviewMessage', () => {
  it('announces a finished review with its title line and a link to it', () => {
    const run = fixtureRun('50b370ec83f5/2026-11-22_08-00-34');
    expect(reviewMessage(run, 3)).toEqual({
      title: 'daily-review is ready',
      body: '金米麥 每日回顧 · 2026-11-22（週日）',
      url: '/reviews/50b370ec83f5/2026-11-22_08-00-34',
      tag: 'review-50b370ec83f5/2026-11-22_08-00-34',
      unread: 3,
    });
  });

  it('says a failed run failed, with the first line of its error', () => {
    const message = reviewMessage(fixtureRun('50b370ec83f5/2026-11-23_08-00-41'), null);
    expect(message?.title).toBe('daily-review failed');
    expect(message?.body).toBe('RuntimeError: HTTP 503: The model is overloaded or temporarily unavailable. Please retry later.');
  });

  it('sends nothing for a silent or empty run', () => {
    expect(reviewMessage(fixtureRun('dcf4c3efe485/2026-11-16_09-10-36'), 1)).toBeNull();
    expect(reviewMessage({ id: 'ab/2026-01-01_00-00-00', jobId: 'ab', jobName: 'x', status: 'empty', response: null, error: null }, 1)).toBeNull();
  });

  it('names the job by id when the run file has no name', () => {
    expect(reviewMessage({ id: 'ab12/2026-01-01_00-00-00', jobId: 'ab12', jobName: null, status: 'ok', response: 'Hi', error: null }, 0)?.title).toBe('ab12 is ready');
  });

  it('builds review paths the review page accepts', () => {
    expect(reviewPath('d8fe129b0fd5/2026-11-23_09-00-34')).toBe('/reviews/d8fe129b0fd5/2026-11-23_09-00-34');
  });
});
