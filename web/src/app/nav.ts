import type { ParseKeys } from 'i18next';
import type { SessionUser } from '../../../shared/auth/index.ts';

/** Main navigation entries; a feature with a top-level screen adds one (`visibleTo` hides it from others). */
export const NAV_ITEMS: {
  href: string;
  label: ParseKeys<'common'>;
  visibleTo?: (user: SessionUser | null) => boolean;
}[] = [
  { href: '/', label: 'nav.home' },
  { href: '/search', label: 'nav.search' },
  { href: '/measures', label: 'nav.measures' },
  { href: '/partners', label: 'nav.partners' },
  { href: '/calendar', label: 'nav.calendar' },
  { href: '/mediators', label: 'nav.mediators' },
  {
    href: '/activities',
    label: 'nav.activities',
    visibleTo: (user) => user?.role === 'admin' || (user?.role === 'officer' && !!user.partnerId),
  },
  { href: '/reports', label: 'nav.reports' },
];

/** "/" is current only on the home screen; other entries also for the screens below them. */
export function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}
