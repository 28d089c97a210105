import { describe, expect, it } from 'vitest';
import { fenced, renderedMarkdown } from '@/components/files/rendered-text';

describe('renderedMarkdown', () => {
  it('fences YAML and JSON so the Markdown renderer highlights them', () => {
    expect(renderedMarkdown('config.yaml', 'a: 1\n')).toBe('```yaml\na: 1\n```\n');
    expect(renderedMarkdown('jobs.json', '{}')).toBe('```json\n{}\n```\n');
  });

  it('uses a longer fence when the code holds backticks', () => {
    expect(fenced('x = ```', 'py')).toBe('````py\nx = ```\n````\n');
  });

  it('keeps Markdown as Markdown and shows front matter as a YAML block', () => {
    expect(renderedMarkdown('SOUL.md', '# Soul\n')).toBe('# Soul\n');
    expect(renderedMarkdown('SKILL.md', '---\nname: arxiv\n---\n# arXiv\n')).toBe('```yaml\nname: arxiv\n```\n\n# arXiv\n');
  });

  it('shows unknown text as a plain fenced block', () => {
    expect(renderedMarkdown('notes.txt', 'hello')).toBe('```\nhello\n```\n');
  });
});
