import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ActivityField, ActivityInput } from '../../../../shared/activities/index.ts';

type Shown = ActivityField | 'partnerId';

export function fieldLabel(t: TFunction<'activities'>, field: Shown): string {
  return field === 'partnerId' ? t('form.partner') : t(`form.${field}`);
}

/** One field's value as a person reads it (translated choices, dates, lists). */
export function FieldValue({ field, entry }: { field: Shown; entry: ActivityInput }) {
  const { t, i18n } = useTranslation(['activities', 'common']);
  const value = entry[field];
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <em className="muted">{t('conflict.empty')}</em>;
  }
  switch (field) {
    case 'category':
      return <>{t(`common:categories.${entry.category}.short`)}</>;
    case 'secondaryCategories':
      return <>{entry.secondaryCategories.map((c) => t(`common:categories.${c}.short`)).join(', ')}</>;
    case 'status':
      return <>{t(`statuses.${entry.status}`)}</>;
    case 'type':
      return <>{entry.type && t(`types.${entry.type}`)}</>;
    case 'format':
      return <>{entry.format && t(`formats.${entry.format}`)}</>;
    case 'languages':
      return <>{entry.languages.map((l) => t(`languages.${l as 'de'}`, { defaultValue: l })).join(', ')}</>;
    case 'date':
    case 'endDate': {
      const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' });
      return <>{format.format(new Date(`${String(value)}T00:00:00Z`))}</>;
    }
    default:
      return <span lang="de">{Array.isArray(value) ? value.join(', ') : String(value)}</span>;
  }
}
