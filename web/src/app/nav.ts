import type { ParseKeys } from 'i18next';

/** Main navigation entries; a feature with a top-level screen adds one. */
export const NAV_ITEMS: { href: string; label: ParseKeys<'common'> }[] = [
  { href: '/partners', label: 'nav.partners' },
  { href: '/mediators', label: 'nav.mediators' },
  { href: '/reports', label: 'nav.reports' },
];
