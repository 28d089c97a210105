'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useT } from '@/components/i18n/locale-provider';
import { useUnreadBadge } from '@/components/reviews/use-unread-badge';
import { shellMessages } from '@/lib/i18n/messages/shell';
import { NAV_ITEMS, type NavItem } from './nav-items';
import { NavIcon } from './nav-icon';
import { UnreadBadge } from './unread-badge';

function isActive(pathname: string, item: NavItem): boolean {
  return [item.href, ...(item.within ?? [])].some((href) => pathname === href || pathname.startsWith(`${href}/`));
}

export interface AppNavProps {
  /** Unread reviews as the server counted them; null when reviews are unavailable. */
  unreadReviews?: number | null;
}

/** Bottom tab bar on the phone, sidebar list on wider screens: one list, two layouts. */
export function AppNav({ unreadReviews = null }: AppNavProps) {
  const t = useT(shellMessages);
  const pathname = usePathname();
  const unread = useUnreadBadge(unreadReviews);
  return (
    <nav aria-label={t('main')} data-tab-bar className="fixed inset-x-0 bottom-0 z-20 border-t border-line bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:static md:border-t-0 md:bg-transparent md:pb-0">
      <ul className="mx-auto flex max-w-lg justify-around md:max-w-none md:flex-col md:gap-1">
        {NAV_ITEMS.map((item) => {
          const active = isActive(pathname, item);
          return (
            <li key={item.href} className="flex-1 md:flex-none">
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`flex min-h-14 flex-col items-center justify-center gap-0.5 text-[11px] font-medium md:min-h-11 md:flex-row md:justify-start md:gap-3 md:rounded-lg md:px-3 md:text-sm ${active ? 'text-accent md:bg-raised' : 'text-muted hover:text-ink'}`}
              >
                <span className="relative">
                  <NavIcon icon={item.icon} />
                  {item.icon === 'reviews' && unread ? <UnreadBadge count={unread} /> : null}
                </span>
                <span>{t(item.label)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
