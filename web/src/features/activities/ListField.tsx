import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from './Field.tsx';

/**
 * Several values of one kind (cooperation partners, target groups, links): typed one at a time,
 * with suggestions from the partner's earlier entries, each removable. A value still in the input
 * when the form is saved counts too (see `pendingValue`).
 */
export function ListField({
  label,
  hint,
  values,
  onChange,
  suggestions = [],
  errors,
  type = 'text',
  draft,
  onDraft,
}: {
  label: string;
  hint?: string;
  values: string[];
  onChange: (next: string[]) => void;
  suggestions?: string[];
  errors?: string[];
  type?: 'text' | 'url';
  draft: string;
  onDraft: (text: string) => void;
}) {
  const { t } = useTranslation('activities');
  const id = useId();
  const [announce, setAnnounce] = useState('');
  const add = () => {
    const value = draft.trim();
    if (value && !values.includes(value)) onChange([...values, value]);
    onDraft('');
    if (value) setAnnounce(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  const described = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="form-field list-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {values.length > 0 && (
        <ul className="chips">
          {values.map((value) => (
            <li key={value} className="chip">
              <span>{value}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('form.remove', { value })}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="list-input">
        <input
          id={id}
          type={type}
          value={draft}
          list={suggestions.length ? `${id}-list` : undefined}
          onChange={(event) => onDraft(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={described || undefined}
          aria-invalid={errors?.length ? true : undefined}
          autoComplete="off"
        />
        <button
          type="button"
          className="secondary"
          onClick={add}
          aria-label={t('form.addTo', { field: label })}
        >
          {t('form.add')}
        </button>
      </div>
      {suggestions.length > 0 && (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      <span className="visually-hidden" aria-live="polite">
        {announce}
      </span>
      {errors?.length ? (
        <p className="form-error" id={`${id}-error`}>
          <ErrorText codes={errors} />
        </p>
      ) : null}
    </div>
  );
}
