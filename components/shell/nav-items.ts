import type { shellMessages } from '@/lib/i18n/messages/shell';

export interface NavItem {
  href: string;
  /** The tab's name in the shell catalogue. */
  label: keyof typeof shellMessages.en;
  icon: 'chat' | 'reviews' | 'sessions' | 'skills' | 'more';
  /** Screens reached through this tab, which keep it lit. */
  within?: readonly string[];
}

/** The five phone tabs; the Mac sidebar shows the same list. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/chat', label: 'chat', icon: 'chat' },
  { href: '/reviews', label: 'reviews', icon: 'reviews' },
  { href: '/sessions', label: 'sessions', icon: 'sessions' },
  { href: '/skills', label: 'skills', icon: 'skills' },
  { href: '/more', label: 'more', icon: 'more', within: ['/files', '/terminal', '/jobs', '/settings'] },
];
