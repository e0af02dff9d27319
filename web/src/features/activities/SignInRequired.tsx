import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../../app/router.tsx';
import type { ActivityAccess } from './useActivityUser.ts';

/** What a screen of this feature shows to someone who may not log activities. */
export function SignInRequired({ access }: { access: ActivityAccess }) {
  const { t } = useTranslation(['activities', 'common']);
  const { path } = useLocation();
  if (access.status === 'loading') return <p role="status">{t('common:state.loading')}</p>;
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {access.status === 'not-allowed' ? (
        <p>{t('signIn.notOfficer')}</p>
      ) : (
        <>
          <p>{t('signIn.text')}</p>
          <Link className="button-link" href={`/login?next=${encodeURIComponent(path)}`}>
            {t('signIn.action')}
          </Link>
        </>
      )}
    </>
  );
}
