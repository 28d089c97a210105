import { describe, expect, it } from 'vitest';
import { plainPreview } from '@/lib/text/plain-preview';

describe('plainPreview', () => {
  it('drops heading marks and emphasis', () => {
    expect(plainPreview('# Weekly digest — week of 2026-11-16 **Revenue:** NT$ 111,720 · **Best seller:** 黑芝麻吐司')).toBe(
      'Weekly digest — week of 2026-11-16 Revenue: NT$ 111,720 · Best seller: 黑芝麻吐司',
    );
  });

  it('turns a table into cells joined by dots', () => {
    expect(plainPreview('## Daily revenue | Day | NT$ | |---|---:| | 11/16 | 17,488 |')).toBe('Daily revenue · Day · NT$ · 11/16 · 17,488');
  });

  it('keeps link text, drops checkbox marks and code ticks', () => {
    expect(plainPreview('- [ ] Call [王先生](tel:123) - run `restock --all`')).toBe('Call 王先生 - run restock --all');
  });

  it('leaves plain text alone', () => {
    expect(plainPreview('RuntimeError: HTTP 503: The model is overloaded')).toBe('RuntimeError: HTTP 503: The model is overloaded');
    expect(plainPreview('3 - 2 = 1')).toBe('3 - 2 = 1');
    expect(plainPreview('- first item')).toBe('first item');
  });
});
