import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentOf, differingFields, type ActivityInput } from '../../../../shared/activities/index.ts';
import { deleteActivity, resolveConflict, type ConflictView } from '../../data/index.ts';
import { Link, navigate } from '../../app/router.tsx';
import { FieldValue, fieldLabel } from './FieldValue.tsx';
import { useKeepBoth, useResolveConflict } from './mutations.ts';
import { activityKeys, useConflict } from './queries.ts';
import { SignInRequired } from './SignInRequired.tsx';
import { useActivityUser } from './useActivityUser.ts';

/** `/activities/:id/conflict`: both versions field by field; pick per field, or keep both as two entries. */
export function ConflictScreen({ id }: { id: string }) {
  const { t } = useTranslation('activities');
  const access = useActivityUser();
  const conflict = useConflict(id);
  if (access.status !== 'ok') return <SignInRequired access={access} />;
  if (conflict.isPending) return null;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/activities">
          <span className="icon-back" aria-hidden="true" /> {t('form.backToList')}
        </Link>
      </p>
      <h1>{t('conflict.title')}</h1>
      {conflict.data ? <Resolve id={id} view={conflict.data} /> : <p>{t('conflict.none')}</p>}
    </>
  );
}

function Resolve({ id, view }: { id: string; view: ConflictView }) {
  const { t } = useTranslation('activities');
  const resolve = useResolveConflict();
  const keepBoth = useKeepBoth();
  const client = useQueryClient();
  const deleteAnyway = useMutation({
    mutationFn: async () => {
      await resolveConflict(id, null);
      await deleteActivity(id);
    },
    networkMode: 'always',
    onSettled: () => void client.invalidateQueries({ queryKey: activityKeys.all }),
  });
  const mine = contentOf(view.local);
  const theirs = contentOf(view.server);
  const fields = differingFields(mine, theirs);
  const [picks, setPicks] = useState<Record<string, 'mine' | 'theirs'>>(() =>
    Object.fromEntries(fields.map((f) => [f, 'mine'])),
  );
  const done = () => navigate('/activities');

  if (view.server.deleted) {
    return (
      <>
        <p className="notice">{t('conflict.deletedOnServer')}</p>
        <Versions mine={mine} />
        <div className="button-row">
          <button type="button" onClick={() => resolve.mutate({ id, chosen: mine }, { onSuccess: done })}>
            {t('conflict.restoreMine')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => resolve.mutate({ id, chosen: null }, { onSuccess: done })}
          >
            {t('conflict.acceptDeletion')}
          </button>
        </div>
      </>
    );
  }
  if (view.localKind === 'delete') {
    return (
      <>
        <p className="notice">{t('conflict.deletedHere')}</p>
        <Versions mine={theirs} heading={t('conflict.theirs')} />
        <div className="button-row">
          <button type="button" onClick={() => resolve.mutate({ id, chosen: null }, { onSuccess: done })}>
            {t('conflict.takeServer')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => deleteAnyway.mutate(undefined, { onSuccess: done })}
          >
            {t('conflict.deleteAnyway')}
          </button>
        </div>
      </>
    );
  }

  const merged = (): ActivityInput => {
    const result = { ...theirs } as Record<string, unknown>;
    for (const field of fields) if (picks[field] === 'mine') result[field] = mine[field];
    return result as ActivityInput;
  };
  return (
    <>
      <p>{t('conflict.intro')}</p>
      <form
        className="conflict-form"
        onSubmit={(event) => {
          event.preventDefault();
          resolve.mutate({ id, chosen: merged() }, { onSuccess: done });
        }}
      >
        {fields.map((field) => (
          <fieldset key={field} className="conflict-field">
            <legend>{fieldLabel(t, field)}</legend>
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className="conflict-choice">
                <input
                  type="radio"
                  name={`pick-${field}`}
                  checked={picks[field] === side}
                  onChange={() => setPicks((p) => ({ ...p, [field]: side }))}
                />
                <span className="choice-side">
                  {side === 'mine' ? t('conflict.useMine') : t('conflict.useTheirs')}
                </span>
                <span className="choice-value">
                  <FieldValue field={field} entry={side === 'mine' ? mine : theirs} />
                </span>
              </label>
            ))}
          </fieldset>
        ))}
        <p className="form-hint">{t('conflict.same')}</p>
        <div className="button-row">
          <button type="submit">{t('conflict.apply')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => keepBoth.mutate(id, { onSuccess: done })}
          >
            {t('conflict.keepBoth')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => resolve.mutate({ id, chosen: null }, { onSuccess: done })}
          >
            {t('conflict.takeServer')}
          </button>
        </div>
      </form>
    </>
  );
}

function Versions({ mine, heading }: { mine: ActivityInput; heading?: string }) {
  const { t } = useTranslation('activities');
  return (
    <section aria-label={heading ?? t('conflict.mine')}>
      <h2>{heading ?? t('conflict.mine')}</h2>
      <dl className="facts">
        {(['date', 'title', 'category', 'status', 'place', 'participantCount'] as const).map((field) => (
          <Fragment key={field}>
            <dt>{fieldLabel(t, field)}</dt>
            <dd>
              <FieldValue field={field} entry={mine} />
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
