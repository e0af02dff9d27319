import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityInput } from '../../../../shared/activities/index.ts';
import type { SessionUser } from '../../../../shared/auth/index.ts';
import { requestPersistentStorage, useOnline } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { newFormWithLastValues, repeatOf, type ActivityFormState } from './form-model.ts';
import { useLastValues } from './queries.ts';
import { SignInRequired } from './SignInRequired.tsx';
import { StorageWarning } from './StorageWarning.tsx';
import { useActivityUser } from './useActivityUser.ts';

/** `/activities/new`: log an activity in seconds, online or not. */
export function QuickEntryScreen() {
  const access = useActivityUser();
  const last = useLastValues();
  if (access.status !== 'ok') return <SignInRequired access={access} />;
  if (!last.data) return null;
  return <QuickEntry user={access.user} lastValues={last.data.values} lastEntry={last.data.entry} />;
}

const DETAIL_FIELDS = ['type', 'format', 'place', 'organisingUnit', 'fundingProgramme'] as const;
const LIST_FIELDS = ['cooperationPartners', 'targetGroups', 'languages'] as const;

function prefilledCount(values: Partial<ActivityInput>): number {
  return (
    DETAIL_FIELDS.filter((field) => values[field]).length +
    LIST_FIELDS.filter((field) => (values[field]?.length ?? 0) > 0).length
  );
}

function QuickEntry({
  user,
  lastValues,
  lastEntry,
}: {
  user: SessionUser;
  lastValues: Partial<ActivityInput>;
  lastEntry: ActivityInput | null;
}) {
  const { t } = useTranslation('activities');
  const online = useOnline();
  const partnerId = user.partnerId ?? lastEntry?.partnerId ?? '';
  const [repeatable, setRepeatable] = useState(lastEntry);
  const [seed, setSeed] = useState<{ key: number; form: ActivityFormState; prefilled: number }>(() => ({
    key: 0,
    form: newFormWithLastValues(partnerId, lastValues),
    prefilled: prefilledCount(lastValues),
  }));
  const [message, setMessage] = useState('');

  const repeat = () => {
    if (!repeatable) return;
    setSeed((s) => ({ key: s.key + 1, form: repeatOf(repeatable), prefilled: 0 }));
    setMessage(t('form.repeated'));
  };

  const saved = (record: ActivityInput) => {
    // The next entry starts with what this one used; "repeat" now repeats this one.
    setRepeatable(record);
    setSeed((s) => ({
      key: s.key + 1,
      form: newFormWithLastValues(record.partnerId, record),
      prefilled: prefilledCount(record),
    }));
    setMessage(online ? t('form.saved') : t('form.savedOffline'));
    void requestPersistentStorage('sign-in');
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/activities">
          <span className="icon-back" aria-hidden="true" /> {t('form.backToList')}
        </Link>
      </p>
      <h1>{t('form.newTitle')}</h1>
      <StorageWarning />
      <p className="save-message" role="status">
        {message}
      </p>
      {repeatable && (
        <button type="button" className="secondary repeat-button" onClick={repeat}>
          {t('form.repeat')}
        </button>
      )}
      <ActivityForm
        key={seed.key}
        formKey="activity-new"
        initial={seed.form}
        prefilled={seed.prefilled}
        user={user}
        submitLabel={t('form.save')}
        onSaved={saved}
      />
    </>
  );
}
