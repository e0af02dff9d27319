import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_YEAR, LAST_YEAR } from '../../../../shared/calendar/index.ts';

/**
 * Previous / next year and a year field. The calendar covers 2000–2100; a year outside is clamped
 * and the user is told why (in a live region, so screen readers hear it too).
 */
export function YearSwitch({
  year,
  onChange,
  notice,
}: {
  year: number;
  onChange: (year: number, clamped: boolean) => void;
  /** Set when the shown year had to be clamped (e.g. a link to 1990). */
  notice: boolean;
}) {
  const { t } = useTranslation('calendar');
  const inputId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  const commit = (raw: string) => {
    setDraft(null);
    const value = Number(raw.trim());
    if (!/^\d{1,6}$/.test(raw.trim())) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const clamped = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, value));
    onChange(clamped, clamped !== value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft !== null) commit(draft);
  };
  const range = { from: FIRST_YEAR, to: LAST_YEAR };

  return (
    <form className="year-switch" onSubmit={submit} aria-label={t('year.switch')} noValidate>
      <button
        type="button"
        className="secondary"
        onClick={() => onChange(year - 1, false)}
        disabled={year <= FIRST_YEAR}
        aria-label={t('year.previous', { year: year - 1 })}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <label htmlFor={inputId} className="visually-hidden">
        {t('year.label')}
      </label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={FIRST_YEAR}
        max={LAST_YEAR}
        value={draft ?? String(year)}
        aria-describedby={`${inputId}-range`}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== null && commit(draft)}
      />
      <button
        type="button"
        className="secondary"
        onClick={() => onChange(year + 1, false)}
        disabled={year >= LAST_YEAR}
        aria-label={t('year.next', { year: year + 1 })}
      >
        <span aria-hidden="true">›</span>
      </button>
      <p id={`${inputId}-range`} className="hint year-range" role="status">
        {invalid
          ? t('year.invalid')
          : notice
            ? t('year.clamped', { ...range, year })
            : year <= FIRST_YEAR || year >= LAST_YEAR
              ? t('year.range', range)
              : ''}
      </p>
    </form>
  );
}
