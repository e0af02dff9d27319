import { useTranslation } from 'react-i18next';
import { useSession } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';

/** The header's sign-in link, or the signed-in user's account link. */
export function AccountLink() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status === 'loading') return null;
  return session.status === 'signed-in' ? (
    <Link href="/account" className="header-link">
      {t('nav.account')}
    </Link>
  ) : (
    <Link href="/login" className="header-link">
      {t('nav.signIn')}
    </Link>
  );
}
