import { useTranslation } from 'react-i18next';
import type { WeeklySlot } from '../../../../shared/mediators/index.ts';
import { FieldErrorText } from '../../app/FormField.tsx';

/** Weekly time slots (day, from, to) as rows of labelled controls. */
export function SlotsEditor({
  legend,
  slots,
  onChange,
  errors,
}: {
  legend: string;
  slots: WeeklySlot[];
  onChange: (slots: WeeklySlot[]) => void;
  errors: (index: number) => string[] | undefined;
}) {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' });
  const set = (index: number, change: Partial<WeeklySlot>) =>
    onChange(slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
  return (
    <fieldset className="form-fieldset">
      <legend>{legend}</legend>
      {slots.map((slot, index) => (
        <div className="slot-row" key={index}>
          <label>
            <span className="visually-hidden">{t('form.slotDay', { n: index + 1 })}</span>
            <select value={slot.day} onChange={(e) => set(index, { day: Number(e.target.value) })}>
              {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                <option key={day} value={day}>
                  {weekday.format(new Date(Date.UTC(2024, 0, day)))}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t('form.slotFrom', { n: index + 1 })}</span>
            <input
              type="time"
              value={slot.from}
              onChange={(e) => set(index, { from: e.target.value })}
              required
            />
          </label>
          <label>
            <span className="visually-hidden">{t('form.slotTo', { n: index + 1 })}</span>
            <input
              type="time"
              value={slot.to}
              onChange={(e) => set(index, { to: e.target.value })}
              required
            />
          </label>
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(slots.filter((_, i) => i !== index))}
            aria-label={t('form.removeSlot', { n: index + 1 })}
          >
            ×
          </button>
          {errors(index) && (
            <p className="form-error">
              <FieldErrorText codes={errors(index)!} />
            </p>
          )}
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...slots, { day: 1, from: '08:00', to: '12:00' }])}
      >
        {t('form.addSlot')}
      </button>
    </fieldset>
  );
}

/** Field codes of a slot row: "availability.2.to" → row 2. */
export function slotErrors(fields: Record<string, string[]> | undefined, key: string) {
  return (index: number) => {
    if (!fields) return undefined;
    const codes = Object.entries(fields)
      .filter(([path]) => path.startsWith(`${key}.${index}.`) || path === `${key}.${index}`)
      .flatMap(([, list]) => list);
    return codes.length ? codes : undefined;
  };
}
