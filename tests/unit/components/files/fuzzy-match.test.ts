import { describe, expect, it } from 'vitest';
import { fuzzyMatch, rankPaths } from '@/components/files/fuzzy-match';

const PATHS = ['config.yaml', 'SOUL.md', 'memories/MEMORY.md', 'memories/USER.md', 'skills/research/arxiv/SKILL.md', 'skills/research/arxiv/scripts/search_arxiv.py', 'cron/jobs.json'];

describe('rankPaths', () => {
  it('puts the file whose name matches first', () => {
    expect(rankPaths('user', PATHS)[0]?.path).toBe('memories/USER.md');
    expect(rankPaths('conf', PATHS)[0]?.path).toBe('config.yaml');
    expect(rankPaths('jobs', PATHS)[0]?.path).toBe('cron/jobs.json');
  });

  it('matches across folders when the name alone does not', () => {
    expect(rankPaths('arxiv skill', PATHS)[0]?.path).toBe('skills/research/arxiv/SKILL.md');
  });

  it('drops paths missing a typed character and keeps everything for an empty query', () => {
    expect(rankPaths('zzz', PATHS)).toEqual([]);
    expect(rankPaths('', PATHS)).toHaveLength(PATHS.length);
  });

  it('reports which characters matched, for highlighting', () => {
    expect(fuzzyMatch('soul', 'SOUL.md')?.positions).toEqual([0, 1, 2, 3]);
  });
});
