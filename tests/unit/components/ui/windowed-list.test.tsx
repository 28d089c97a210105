// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WindowedList } from '@/components/ui/windowed-list';

/** Stand-ins for the browser observers, driven by the test: which chunks are near the screen, how tall they are. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
}

class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(readonly callback: (entries: { target: Element }[]) => void) {
    FakeResizeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
}

const ROW_PX = 80;
const items = Array.from({ length: 95 }, (_, i) => ({ id: `row-${i}` }));

beforeEach(() => {
  FakeIntersectionObserver.all = [];
  FakeResizeObserver.all = [];
  Object.assign(globalThis, { IntersectionObserver: FakeIntersectionObserver, ResizeObserver: FakeResizeObserver });
  // happy-dom does no layout: a chunk is as tall as its rows, at a fixed width.
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const rows = this.querySelectorAll('li').length;
    return { width: 390, height: rows * ROW_PX, top: 0, left: 0, right: 390, bottom: rows * ROW_PX, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
  };
});
afterEach(cleanup);

function chunks(container: HTMLElement) {
  return [...container.querySelectorAll('[data-chunk]')].map((el) => (el.hasAttribute('data-placeholder') ? `gap:${(el as HTMLElement).style.height}` : `rows:${el.querySelectorAll('li').length}`));
}

function settle(near: number[]) {
  const io = FakeIntersectionObserver.all.at(-1);
  const ro = FakeResizeObserver.all.at(-1);
  if (!io || !ro) throw new Error('observers not created');
  act(() => ro.callback([...ro.targets].map((target) => ({ target }))));
  act(() => io.callback([...io.targets].map((target) => ({ target, isIntersecting: near.includes(Number(target.getAttribute('data-chunk'))) }))));
}

describe('WindowedList', () => {
  it('renders every row at first, as the server does', () => {
    const { container } = render(<WindowedList items={items} itemKey={(r) => r.id} renderItem={(r) => <a href={`#${r.id}`}>{r.id}</a>} chunkSize={30} label="Rows" />);
    expect(chunks(container)).toEqual(['rows:30', 'rows:30', 'rows:30', 'rows:5']);
    expect(container.querySelector('[role="list"]')?.getAttribute('aria-label')).toBe('Rows');
  });

  it('keeps only chunks near the screen, holding the others’ measured height', () => {
    const { container } = render(<WindowedList items={items} itemKey={(r) => r.id} renderItem={(r) => r.id} chunkSize={30} />);
    settle([1]);
    expect(chunks(container)).toEqual([`gap:${30 * ROW_PX}px`, 'rows:30', `gap:${30 * ROW_PX}px`, 'gap:400px']);
    expect(container.querySelectorAll('[role="listitem"]')).toHaveLength(30);
    expect(container.querySelector('[data-placeholder]')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('brings a chunk back when it nears the screen, and renders newly loaded rows to measure them', () => {
    const { container, rerender } = render(<WindowedList items={items} itemKey={(r) => r.id} renderItem={(r) => r.id} chunkSize={30} />);
    settle([0]);
    expect(chunks(container)[0]).toBe('rows:30');
    settle([3]);
    expect(chunks(container)).toEqual([`gap:${30 * ROW_PX}px`, `gap:${30 * ROW_PX}px`, `gap:${30 * ROW_PX}px`, 'rows:5']);
    const more = [...items, ...Array.from({ length: 30 }, (_, i) => ({ id: `more-${i}` }))];
    rerender(<WindowedList items={more} itemKey={(r) => r.id} renderItem={(r) => r.id} chunkSize={30} />);
    expect(chunks(container).slice(3)).toEqual(['rows:30', 'rows:5']);
  });

  it('lets go of its observers when it unmounts', () => {
    const { unmount } = render(<WindowedList items={items} itemKey={(r) => r.id} renderItem={(r) => r.id} chunkSize={30} />);
    unmount();
    expect(FakeIntersectionObserver.all.at(-1)?.targets.size).toBe(0);
    expect(FakeResizeObserver.all.at(-1)?.targets.size).toBe(0);
  });
});
