import type { ParseKeys } from 'i18next';

/** Main navigation entries; a feature with a top-level screen adds one. */
export const NAV_ITEMS: { href: string; label: ParseKeys<'common'> }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/search', label: 'nav.search' },
  { href: '/measures', label: 'nav.measures' },
  { href: '/partners', label: 'nav.partners' },
  { href: '/calendar', label: 'nav.calendar' },
  { href: '/mediators', label: 'nav.mediators' },
  { href: '/reports', label: 'nav.reports' },
];

/** "/" is current only on the home screen; other entries also for the screens below them. */
export function isCurrent(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}
