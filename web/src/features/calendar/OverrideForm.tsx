import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FAITH_IDS,
  faithName,
  type CalendarEntry,
  type CalendarOverride,
  type FaithId,
} from '../../../../shared/calendar/index.ts';
import { useOnline, type OverrideWriteResult } from '../../data/index.ts';
import { AdminField } from './AdminField.tsx';
import { useDeleteOverride, useSaveOverride } from './mutations.ts';

interface Values {
  faith: FaithId;
  date: string;
  end: string;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
  sourceText: string;
  sourceUrl: string;
  approximate: boolean;
}

function initial(entry: CalendarEntry | null): Values {
  const override = entry?.override;
  return {
    faith: entry?.faith ?? 'secular',
    date: entry?.date ?? '',
    end: entry?.end ?? '',
    nameDe: override?.name.de ?? '',
    nameEn: override?.name.en ?? '',
    descriptionDe: override?.description.de ?? '',
    descriptionEn: override?.description.en ?? '',
    sourceText: override?.sourceText ?? '',
    sourceUrl: override?.sourceUrl ?? '',
    approximate: override ? (entry?.approximate ?? false) : false,
  };
}

function fromOverride(override: CalendarOverride): Values {
  return {
    faith: override.faith,
    date: override.date,
    end: override.end ?? '',
    nameDe: override.name.de ?? '',
    nameEn: override.name.en ?? '',
    descriptionDe: override.description.de ?? '',
    descriptionEn: override.description.en ?? '',
    sourceText: override.sourceText,
    sourceUrl: override.sourceUrl ?? '',
    approximate: override.approximate,
  };
}

/**
 * Admins: correct a computed holiday's date for its year (with the source that announced it), or create
 * and edit an entry of their own. Online only; the server checks the admin role on every write.
 */
export function OverrideForm({
  entry,
  onSaved,
}: {
  /** The holiday to correct, or an own entry to edit; null creates a new own entry. */
  entry: CalendarEntry | null;
  onSaved?: (override: CalendarOverride | null) => void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const online = useOnline();
  const save = useSaveOverride();
  const remove = useDeleteOverride();
  const [values, setValues] = useState(() => initial(entry));
  const [result, setResult] = useState<OverrideWriteResult | null>(null);
  const own = entry === null || entry.holidayKey === null;
  const existing = entry?.override ? { id: entry.override.id, version: entry.override.version } : null;
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  const finish = (outcome: OverrideWriteResult) => {
    setResult(outcome);
    if (outcome.ok) onSaved?.(outcome.override);
    // The data layer stored the server's current version; show it, so the admin edits on top of it.
    else if (outcome.code === 'conflict' && outcome.current) setValues(fromOverride(outcome.current));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const texts = (de: string, en: string) =>
      Object.fromEntries(Object.entries({ de, en }).filter(([, v]) => v.trim()));
    const input = {
      holidayId: own ? null : entry!.id,
      ...(own ? { faith: values.faith } : {}),
      date: values.date,
      end: values.end || null,
      name: own ? texts(values.nameDe, values.nameEn) : {},
      description: own ? texts(values.descriptionDe, values.descriptionEn) : {},
      sourceText: values.sourceText,
      sourceUrl: values.sourceUrl.trim() || null,
      approximate: values.approximate,
    };
    save.mutate({ input, existing }, { onSuccess: finish });
  };
  const deleteOverride = () => {
    if (existing && window.confirm(t(own ? 'admin.confirmDeleteOwn' : 'admin.confirmDelete'))) {
      remove.mutate(existing, { onSuccess: finish });
    }
  };
  const busy = save.isPending || remove.isPending;
  const text = (key: keyof Values, label: string, errorKey: string, type = 'text', hint?: string) => (
    <AdminField
      label={label}
      hint={hint}
      errors={fields[errorKey]}
      render={(props) => (
        <input
          {...props}
          type={type}
          value={values[key] as string}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    />
  );

  return (
    <form className="form override-form" onSubmit={submit} noValidate data-testid="override-form">
      {own && (
        <AdminField
          label={t('admin.faith')}
          errors={fields.faith}
          render={(props) => (
            <select
              {...props}
              value={values.faith}
              onChange={(event) => set('faith', event.target.value as FaithId)}
            >
              {FAITH_IDS.map((faith) => (
                <option key={faith} value={faith}>
                  {faithName(faith, i18n.language)}
                </option>
              ))}
            </select>
          )}
        />
      )}
      {own && text('nameDe', t('admin.nameDe'), 'name.de')}
      {own && text('nameEn', t('admin.nameEn'), 'name.en')}
      {text('date', t('admin.date'), 'date', 'date')}
      {text('end', t('admin.end'), 'end', 'date', t('admin.endHint'))}
      {own && text('descriptionDe', t('admin.descriptionDe'), 'description.de')}
      {own && text('descriptionEn', t('admin.descriptionEn'), 'description.en')}
      {text('sourceText', t('admin.sourceText'), 'sourceText', 'text', t('admin.sourceTextHint'))}
      {text('sourceUrl', t('admin.sourceUrl'), 'sourceUrl', 'url')}
      <div className="admin-checkbox">
        <input
          id="override-approximate"
          type="checkbox"
          checked={values.approximate}
          onChange={(event) => set('approximate', event.target.checked)}
        />
        <label htmlFor="override-approximate">{t('admin.approximate')}</label>
      </div>
      <div role="status" className="form-status">
        {result?.ok && t(result.override ? 'admin.saved' : 'admin.deleted')}
      </div>
      <div role="alert" className="form-alert">
        {!online ? t('admin.offline') : result && !result.ok && t(`admin.failures.${result.code}`)}
      </div>
      <div className="button-row">
        <button type="submit" disabled={busy || !online}>
          {existing ? t('admin.update') : own ? t('admin.createOwn') : t('admin.create')}
        </button>
        {existing && (
          <button type="button" className="secondary" onClick={deleteOverride} disabled={busy || !online}>
            {t(own ? 'admin.deleteOwn' : 'admin.delete')}
          </button>
        )}
      </div>
    </form>
  );
}
