import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../shared/calendar/index.ts';
import { useSession } from '../../data/index.ts';
import { navigate } from '../../app/router.tsx';
import { OverrideForm } from './OverrideForm.tsx';

/** Shown to admins only (the server checks again): correct this holiday's date or edit an own entry. */
export function AdminPanel({ entry }: { entry: CalendarEntry }) {
  const { t } = useTranslation('calendar');
  const session = useSession();
  if (session.status !== 'signed-in' || session.user.role !== 'admin') return null;
  const own = entry.holidayKey === null;
  return (
    <details className="admin-panel" data-testid="admin-panel">
      <summary>
        {t(own ? 'admin.editOwn' : entry.override ? 'admin.editCorrection' : 'admin.correct')}
      </summary>
      <p className="form-hint">{t(own ? 'admin.ownIntro' : 'admin.correctionIntro')}</p>
      <OverrideForm
        key={entry.id}
        entry={entry}
        onSaved={(override) => {
          if (own && override === null) navigate('/calendar', { replace: true });
        }}
      />
    </details>
  );
}
