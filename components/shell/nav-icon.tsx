import type { NavItem } from './nav-items';

const PATHS: Readonly<Record<NavItem['icon'], string>> = {
  chat: 'M4 5h16v10H8l-4 4z',
  reviews: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h5',
  sessions: 'M4 6h16M4 12h16M4 18h10',
  skills: 'M12 3l2.5 5 5.5.8-4 3.9.9 5.5-4.9-2.6-4.9 2.6.9-5.5-4-3.9 5.5-.8z',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
};

export function NavIcon({ icon }: { icon: NavItem['icon'] }) {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={icon === 'more' ? 3 : 1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[icon]} />
    </svg>
  );
}
