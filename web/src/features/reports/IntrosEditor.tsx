import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS, reportingYearLabel, type CategoryId } from '../../../../shared/catalog/index.ts';
import type { YearOverview } from '../../../../shared/reports/index.ts';
import { useSaveIntros } from './mutations.ts';

/** The brochure's chapter introductions of a year, editable by the ministry. */
export function IntrosEditor({
  year,
  overview,
  online,
}: {
  year: number;
  overview: YearOverview;
  online: boolean;
}) {
  const { t } = useTranslation(['reports', 'common']);
  const save = useSaveIntros(year);
  const [intros, setIntros] = useState<Partial<Record<CategoryId, string>>>(overview.intros);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(intros);
  };
  return (
    <section aria-labelledby="intros-title">
      <h2 id="intros-title">{t('ministry.intros')}</h2>
      {overview.introsYear !== null && overview.introsYear !== year && (
        <p className="form-hint">
          {t('ministry.introsFrom', { label: reportingYearLabel(overview.introsYear) })}
        </p>
      )}
      <form className="intros-form" onSubmit={submit}>
        {CATEGORY_IDS.map((id) => (
          <div className="form-field" key={id}>
            <label htmlFor={`intro-${id}`}>
              {id} {t(`common:categories.${id}.long`)}
            </label>
            <textarea
              id={`intro-${id}`}
              lang="de"
              rows={6}
              maxLength={20_000}
              value={intros[id] ?? ''}
              onChange={(e) => setIntros({ ...intros, [id]: e.target.value })}
            />
          </div>
        ))}
        <div className="button-row">
          <button type="submit" disabled={!online || save.isPending}>
            {t('ministry.saveIntros')}
          </button>
        </div>
        <p role="status" className={save.data && save.data !== 'ok' ? 'form-error' : 'form-hint'}>
          {save.data === 'ok' ? t('ministry.saved') : save.data ? t('ministry.saveFailed') : ''}
        </p>
      </form>
    </section>
  );
}
