import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../../app/forms.css';

const KNOWN_ERRORS = new Set([
  'required',
  'too_long',
  'invalid',
  'invalid_date',
  'invalid_url',
  'unknown_holiday',
  'too_far_from_computed',
  'end_before_date',
  'out_of_range',
  'unknown_faith',
  'duplicate',
]);

type ErrorCode = 'invalid';

/** A labelled field of the admin forms with its hint and translated error codes (from the server). */
export function AdminField({
  label,
  hint,
  errors,
  render,
}: {
  label: string;
  hint?: string;
  errors?: string[];
  render: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const { t } = useTranslation('calendar');
  const id = useId();
  const code = errors?.[0];
  const described = [hint ? `${id}-hint` : null, code ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {render({ id, 'aria-describedby': described || undefined, ...(code ? { 'aria-invalid': true } : {}) })}
      {code && (
        <p className="form-error" id={`${id}-error`}>
          {t(`admin.errors.${(KNOWN_ERRORS.has(code) ? code : 'invalid') as ErrorCode}`)}
        </p>
      )}
    </div>
  );
}
