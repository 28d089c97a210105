export interface NavItem {
  href: string;
  label: string;
  icon: 'chat' | 'reviews' | 'sessions' | 'skills' | 'more';
  /** Screens reached through this tab, which keep it lit. */
  within?: readonly string[];
}

/** The five phone tabs; the Mac sidebar shows the same list. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/chat', label: 'Chat', icon: 'chat' },
  { href: '/reviews', label: 'Reviews', icon: 'reviews' },
  { href: '/sessions', label: 'Sessions', icon: 'sessions' },
  { href: '/skills', label: 'Skills', icon: 'skills' },
  { href: '/more', label: 'More', icon: 'more', within: ['/files', '/terminal', '/jobs', '/settings'] },
];
