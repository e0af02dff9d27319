import { useTranslation } from 'react-i18next';
import { useSession } from '../../data/index.ts';
import { Link, navigate } from '../../app/router.tsx';
import { OverrideForm } from './OverrideForm.tsx';
import './calendar.css';

/** `/calendar/new`: an admin adds an entry of their own (e.g. a local observance day). */
export function NewEntryScreen() {
  const { t } = useTranslation('calendar');
  const session = useSession();
  const admin = session.status === 'signed-in' && session.user.role === 'admin';
  return (
    <>
      <p className="breadcrumb">
        <Link href="/calendar">
          <span className="icon-back" aria-hidden="true" /> {t('detail.back')}
        </Link>
      </p>
      <h1>{t('admin.newTitle')}</h1>
      {admin ? (
        <>
          <p className="lead">{t('admin.ownIntro')}</p>
          <OverrideForm
            entry={null}
            onSaved={(override) => override && navigate(`/calendar/${encodeURIComponent(override.id)}`)}
          />
        </>
      ) : (
        <p>{t('admin.adminsOnly')}</p>
      )}
    </>
  );
}
