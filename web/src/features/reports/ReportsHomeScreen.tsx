import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { reportingYearLabel } from '../../../../shared/catalog/index.ts';
import { useSession } from '../../data/index.ts';
import { Link, navigate } from '../../app/router.tsx';
import { currentReportingYear, FIRST_CONTENT_YEAR } from './years.ts';

/** `/reports`: officers go to their partner's current report, admins to the ministry's overview. */
export function ReportsHomeScreen() {
  const { t } = useTranslation('reports');
  const session = useSession();
  const year = currentReportingYear();
  const user = session.user;
  const target =
    user?.role === 'admin'
      ? `/ministry/reports/${year}`
      : user?.role === 'officer' && user.partnerId
        ? `/reports/${encodeURIComponent(user.partnerId)}/${year}`
        : null;

  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target]);

  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {session.status === 'loading' && <p role="status">{t('home.loading')}</p>}
      {session.status === 'signed-out' && (
        <>
          <p>{t('home.signedOut')}</p>
          <Link href="/login?next=/reports">{t('home.signIn')}</Link>
        </>
      )}
      {user?.role === 'staff' && <p>{t('home.staffOnly')}</p>}
      {user?.role === 'staff' && user.partnerId && (
        <>
          <h2>{t('home.years')}</h2>
          <ul>
            {Array.from({ length: year - FIRST_CONTENT_YEAR + 1 }, (_, i) => year - i).map((y) => (
              <li key={y}>
                <Link href={`/reports/${encodeURIComponent(user.partnerId!)}/${y}/preview`}>
                  {t('home.yearLink', { label: reportingYearLabel(y) })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
