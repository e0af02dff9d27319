import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FAITH_IDS, faithName, type FaithId } from '../../../../shared/calendar/index.ts';
import { setFaithFilter, useFaithFilter } from './preferences.ts';

/** Which faith communities the calendar shows; remembered on this device. */
export function FaithFilter() {
  const { t, i18n } = useTranslation('calendar');
  const chosen = useFaithFilter();
  const id = useId();
  const toggle = (faith: FaithId, on: boolean) =>
    setFaithFilter(on ? [...chosen, faith] : chosen.filter((candidate) => candidate !== faith));
  const summary =
    chosen.length === FAITH_IDS.length
      ? t('filter.summaryAll')
      : t('filter.summary', { selected: chosen.length, total: FAITH_IDS.length });

  return (
    <details className="faith-filter" data-testid="faith-filter">
      <summary>{summary}</summary>
      <fieldset>
        <legend>{t('filter.legend')}</legend>
        <div className="faith-filter-actions">
          <button type="button" className="secondary" onClick={() => setFaithFilter(FAITH_IDS)}>
            {t('filter.all')}
          </button>
          <button type="button" className="secondary" onClick={() => setFaithFilter([])}>
            {t('filter.none')}
          </button>
        </div>
        <ul className="faith-options">
          {FAITH_IDS.map((faith) => (
            <li key={faith}>
              <input
                type="checkbox"
                id={`${id}-${faith}`}
                checked={chosen.includes(faith)}
                onChange={(event) => toggle(faith, event.target.checked)}
              />
              <label htmlFor={`${id}-${faith}`}>
                <span className={`faith-dot faith-${faith}`} aria-hidden="true" />
                {faithName(faith, i18n.language)}
              </label>
            </li>
          ))}
        </ul>
        <p className="hint">{t('filter.remembered')}</p>
      </fieldset>
    </details>
  );
}
