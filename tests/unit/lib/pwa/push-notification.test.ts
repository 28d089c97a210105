import { describe, expect, it } from 'vitest';
import { notificationFromPush, safeAppPath, windowToReuse } from '@/lib/pwa/worker/push-notification';

const ORIGIN = 'https://paddock.tail1234.ts.net';

describe('notificationFromPush', () => {
  it('shows a review message as sent, linking to the review and carrying the badge count', () => {
    const shown = notificationFromPush({ title: 'daily-review is ready', body: 'Sales were fine', url: '/reviews/ab12/2026-11-24_08-00-33', tag: 'review-ab12/2026-11-24_08-00-33', unread: 4 }, ORIGIN);
    expect(shown).toEqual({
      title: 'daily-review is ready',
      options: { body: 'Sales were fine', tag: 'review-ab12/2026-11-24_08-00-33', icon: '/icons/icon-192.png', data: { url: '/reviews/ab12/2026-11-24_08-00-33' } },
      unread: 4,
    });
  });

  it('still shows something for a push it cannot read, and leaves the badge alone', () => {
    const shown = notificationFromPush(undefined, ORIGIN);
    expect(shown.title).toBe('Paddock');
    expect(shown.options.body).not.toBe('');
    expect(shown.options.data.url).toBe('/reviews');
    expect(shown.unread).toBeNull();
    expect(notificationFromPush({ title: 'x', unread: -1 }, ORIGIN).unread).toBeNull();
    expect(notificationFromPush({ title: 'x', unread: 2.5 }, ORIGIN).unread).toBeNull();
  });
});

describe('safeAppPath', () => {
  it('keeps same-origin paths and replaces anything that would leave the app', () => {
    expect(safeAppPath('/reviews/ab/2026-01-01_00-00-00?x=1#top', ORIGIN)).toBe('/reviews/ab/2026-01-01_00-00-00?x=1#top');
    expect(safeAppPath('https://evil.example/phish', ORIGIN)).toBe('/reviews');
    expect(safeAppPath('//evil.example/phish', ORIGIN)).toBe('/reviews');
    expect(safeAppPath('javascript:alert(1)', ORIGIN)).toBe('/reviews');
    expect(safeAppPath(42, ORIGIN)).toBe('/reviews');
  });
});

describe('windowToReuse', () => {
  const settings = { url: `${ORIGIN}/settings`, focused: false };
  const chat = { url: `${ORIGIN}/chat`, focused: true };
  const other = { url: 'https://other.example/', focused: true };

  it('prefers the focused Paddock window, else the first one', () => {
    expect(windowToReuse([settings, chat], ORIGIN)).toBe(chat);
    expect(windowToReuse([settings, other], ORIGIN)).toBe(settings);
  });

  it('opens a new window when no Paddock window is open', () => {
    expect(windowToReuse([other], ORIGIN)).toBeUndefined();
    expect(windowToReuse([], ORIGIN)).toBeUndefined();
  });
});
