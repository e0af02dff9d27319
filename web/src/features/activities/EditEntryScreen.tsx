import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, navigate } from '../../app/router.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { toFormState } from './form-model.ts';
import { useDiscardRejected } from './mutations.ts';
import { useActivity, useRejectedChange } from './queries.ts';
import { SignInRequired } from './SignInRequired.tsx';
import { useActivityUser } from './useActivityUser.ts';

/** `/activities/:id`: edit an entry; a change the server rejected is fixed and re-sent here. */
export function EditEntryScreen({ id }: { id: string }) {
  const { t } = useTranslation('activities');
  const access = useActivityUser();
  const entry = useActivity(id);
  const rejected = useRejectedChange(id);
  const discard = useDiscardRejected();
  const [confirming, setConfirming] = useState(false);
  if (access.status !== 'ok') return <SignInRequired access={access} />;
  if (entry.isPending || rejected.isPending) return null;
  const record = entry.data;
  const back = (
    <p className="breadcrumb">
      <Link href="/activities">
        <span className="icon-back" aria-hidden="true" /> {t('form.backToList')}
      </Link>
    </p>
  );
  if (!record || record.deleted) {
    return (
      <>
        {back}
        <h1>{t('form.editTitle')}</h1>
        <p>{t('form.notFound')}</p>
      </>
    );
  }
  if (record.sync === 'conflict') {
    return (
      <>
        {back}
        <h1>{t('form.editTitle')}</h1>
        <p className="notice">{t('form.inConflict')}</p>
        <Link className="button-link" href={`/activities/${id}/conflict`}>
          {t('form.toConflict')}
        </Link>
      </>
    );
  }
  const change = rejected.data;
  return (
    <>
      {back}
      <h1>{t('form.editTitle')}</h1>
      {change && (
        <div className="notice notice-error" role="alert">
          <h2>{t('rejected.title')}</h2>
          <p>{t('rejected.text')}</p>
        </div>
      )}
      <ActivityForm
        key={`${id}:${change?.opId ?? ''}`}
        formKey={`activity-${id}`}
        initial={toFormState(record)}
        serverErrors={change?.errors}
        user={access.user}
        submitLabel={change ? t('rejected.resend') : t('form.save')}
        onSaved={() => navigate('/activities')}
        actions={
          change ? (
            confirming ? (
              <span className="confirm-row">
                <span>{t('rejected.discardConfirm')}</span>
                <button
                  type="button"
                  className="danger"
                  onClick={() => discard.mutate(id, { onSuccess: () => navigate('/activities') })}
                >
                  {t('rejected.discard')}
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  {t('form.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="secondary" onClick={() => setConfirming(true)}>
                {t('rejected.discard')}
              </button>
            )
          ) : (
            <Link className="button-link secondary" href="/activities">
              {t('form.cancel')}
            </Link>
          )
        }
      />
    </>
  );
}
