import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES, type FieldErrorCodes } from '../../../../shared/activities/index.ts';
import type { SessionUser } from '../../../../shared/auth/index.ts';
import { CATEGORY_IDS, reportingYearLabel, reportingYearOf } from '../../../../shared/catalog/index.ts';
import {
  ActivityInConflictError,
  ActivityValidationError,
  isQuotaExceeded,
  listPartners,
  setFormDirty,
  validateActivity,
  type LocalActivity,
} from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { partnerKeys } from '../partners/index.ts';
import { DetailFields, type ListDrafts } from './DetailFields.tsx';
import { Field } from './Field.tsx';
import { detailErrors, hasDetails, today, toInput, type ActivityFormState } from './form-model.ts';
import { useSaveActivity } from './mutations.ts';
import { useSuggestions } from './queries.ts';

const NO_DRAFTS: ListDrafts = { cooperationPartners: '', targetGroups: '', links: '' };
type Alert = 'quota' | 'failed' | 'conflict' | null;

/**
 * The entry form: the required fields first, the optional ones behind "add details". It keeps its
 * content whatever goes wrong (invalid input, a full device), marks itself dirty so that no app
 * update reloads it away, and reports the time from submit to the outbox commit as a User Timing
 * measure ("activity-save").
 */
export function ActivityForm({
  formKey,
  initial,
  user,
  serverErrors,
  prefilled = 0,
  submitLabel,
  onSaved,
  actions,
}: {
  formKey: string;
  initial: ActivityFormState;
  user: SessionUser;
  serverErrors?: FieldErrorCodes;
  prefilled?: number;
  submitLabel: string;
  onSaved: (record: LocalActivity) => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(['activities', 'common']);
  const [form, setForm] = useState(initial);
  const [drafts, setDrafts] = useState<ListDrafts>(NO_DRAFTS);
  const [errors, setErrors] = useState<FieldErrorCodes>(serverErrors ?? {});
  const [alert, setAlert] = useState<Alert>(null);
  const [detailsOpen, setDetailsOpen] = useState(() => !!serverErrors && detailErrors(serverErrors));
  const save = useSaveActivity();
  const suggestions = useSuggestions(form.partnerId);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial) || Object.values(drafts).some(Boolean);

  useEffect(() => {
    setFormDirty(formKey, dirty);
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, formKey]);
  useEffect(() => () => setFormDirty(formKey, false), [formKey]);

  const set = <K extends keyof ActivityFormState>(field: K, value: ActivityFormState[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    performance.mark('activity-save:start'); // measured in useSaveActivity once the outbox has the entry
    setAlert(null);
    const withDrafts = { ...form };
    for (const field of Object.keys(drafts) as (keyof ListDrafts)[]) {
      const text = drafts[field].trim();
      if (text && !withDrafts[field].includes(text)) withDrafts[field] = [...withDrafts[field], text];
    }
    const checked = validateActivity(toInput(withDrafts));
    if ('errors' in checked) return showErrors(checked.errors);
    try {
      const record = await save.mutateAsync({ entry: checked.entry, user });
      setFormDirty(formKey, false);
      setDrafts(NO_DRAFTS);
      onSaved(record);
    } catch (error) {
      if (error instanceof ActivityValidationError) showErrors(error.fields);
      else if (error instanceof ActivityInConflictError) setAlert('conflict');
      else setAlert(isQuotaExceeded(error) ? 'quota' : 'failed');
    }
  };

  const showErrors = (found: FieldErrorCodes) => {
    setErrors(found);
    if (detailErrors(found)) setDetailsOpen(true);
    // Focus the first marked field once it is rendered (the details may have just opened).
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  };

  const errorCount = Object.keys(errors).length;
  const year = form.date && /^\d{4}-\d{2}-\d{2}$/.test(form.date) ? reportingYearOf(form.date) : null;
  const currentYear = reportingYearOf(today());

  return (
    <form ref={formRef} className="form activity-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="privacy-note">{t('form.privacy')}</p>
      {user.role === 'admin' && (
        <PartnerField
          value={form.partnerId}
          onChange={(v) => set('partnerId', v)}
          errors={errors.partnerId}
        />
      )}
      <Field label={t('form.date')} errors={errors.date} optional={false}>
        {(props) => (
          <input
            {...props}
            type="date"
            required
            value={form.date}
            onChange={(e) => set('date', e.target.value)}
          />
        )}
      </Field>
      {year !== null && year !== currentYear && (
        <p className="notice" role="status">
          {t('form.outsideYear', {
            other: reportingYearLabel(year),
            current: reportingYearLabel(currentYear),
          })}
        </p>
      )}
      <Field label={t('form.title')} hint={t('form.titleHint')} errors={errors.title} optional={false}>
        {(props) => (
          <input
            {...props}
            type="text"
            required
            maxLength={300}
            value={form.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('form.category')} errors={errors.category} optional={false}>
        {(props) => (
          <select {...props} required value={form.category} onChange={(e) => set('category', e.target.value)}>
            <option value="">{t('form.choose')}</option>
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {c} · {t(`common:categories.${c}.short`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('form.status')} errors={errors.status} optional={false}>
        {(props) => (
          <select
            {...props}
            required
            value={form.status}
            onChange={(e) => set('status', e.target.value as ActivityFormState['status'])}
          >
            {ACTIVITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <details
        className="details-section"
        open={detailsOpen || undefined}
        onToggle={(e) => setDetailsOpen(e.currentTarget.open)}
      >
        <summary>
          {t('form.details')} <span className="muted">({t('form.detailsOptional')})</span>
          {prefilled > 0 && hasDetails(form) && (
            <span className="summary-note">{t('form.prefilled', { count: prefilled })}</span>
          )}
        </summary>
        <DetailFields
          form={form}
          set={set}
          errors={errors}
          suggestions={suggestions.data}
          drafts={drafts}
          setDraft={(field, text) => setDrafts((current) => ({ ...current, [field]: text }))}
        />
      </details>
      <div role="alert" className="form-alert">
        {errorCount > 0 && t('form.checkFields', { count: errorCount })}
        {alert === 'quota' && (
          <>
            {t('form.quota')} <Link href="/activities/backup">{t('backup.title')}</Link>
          </>
        )}
        {alert === 'failed' && t('form.failed')}
        {alert === 'conflict' && (
          <>
            {t('form.inConflict')}{' '}
            <Link href={`/activities/${form.id}/conflict`}>{t('form.toConflict')}</Link>
          </>
        )}
      </div>
      <div className="button-row">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}

function PartnerField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (v: string) => void;
  errors?: string[];
}) {
  const { t } = useTranslation('activities');
  const partners = useQuery({ queryKey: partnerKeys.list(), queryFn: listPartners });
  return (
    <Field label={t('form.partner')} errors={errors} optional={false}>
      {(props) => (
        <select {...props} required value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('form.choose')}</option>
          {(partners.data ?? []).map((p) => (
            <option key={p.id} value={p.id} lang="de">
              {p.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
