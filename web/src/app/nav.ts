import type { ParseKeys } from 'i18next';
import type { SessionUser } from '../../../shared/auth/index.ts';

/** Main navigation entries; a feature with a top-level screen adds one (`visibleTo` hides it from others). */
export const NAV_ITEMS: {
  href: string;
  label: ParseKeys<'common'>;
  visibleTo?: (user: SessionUser | null) => boolean;
}[] = [
  { href: '/partners', label: 'nav.partners' },
  { href: '/mediators', label: 'nav.mediators' },
  {
    href: '/activities',
    label: 'nav.activities',
    visibleTo: (user) => user?.role === 'admin' || (user?.role === 'officer' && !!user.partnerId),
  },
];
