import { useTranslation } from 'react-i18next';
import { useSession } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';

export function AdminHomeScreen() {
  const { t } = useTranslation(['admin', 'common']);
  const session = useSession();
  const admin = session.status === 'signed-in' && session.user.role === 'admin';
  return (
    <>
      <h1>{t('home.title')}</h1>
      {admin ? (
        <ul className="card-list">
          {(['users', 'invites', 'partners'] as const).map((area) => (
            <li key={area}>
              <Link className="card" href={`/admin/${area}`}>
                <span className="card-title">{t(`${area}.title`)}</span>
                <span className="card-meta">{t(`home.${area}`)}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link className="card" href="/mediators/pools/new">
              <span className="card-title">{t('home.newPool')}</span>
            </Link>
          </li>
        </ul>
      ) : (
        <p>
          {t('notAllowed')} <Link href="/login?next=/admin">{t('common:nav.signIn')}</Link>
        </p>
      )}
    </>
  );
}
