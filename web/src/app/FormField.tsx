import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';

/**
 * A labelled input with its hint and its translated field errors, tied together with
 * aria-describedby and aria-invalid. Error codes come from the server's per-field answer
 * (shared zod schemas) or the client; unknown codes read as "invalid".
 */
export function FormField({
  label,
  hint,
  errors,
  children,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: ReactNode;
  errors?: string[];
  /** Replaces the input (e.g. a select); it receives no props from here. */
  children?: ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described =
    [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={input.id ?? id}>{label}</label>
      {hint && (
        <p className="form-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children ?? (
        <input
          id={id}
          aria-describedby={described}
          aria-invalid={errors?.length ? true : undefined}
          {...input}
        />
      )}
      {errors?.length ? (
        <p className="form-error" id={errorId}>
          <FieldErrorText codes={errors} />
        </p>
      ) : null}
    </div>
  );
}

const KNOWN = new Set([
  'required',
  'invalid_email',
  'too_short',
  'too_long',
  'invalid',
  'email_taken',
  'invalid_url',
]);

export function FieldErrorText({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const code = codes[0] ?? 'invalid';
  return <>{t(`form.errors.${KNOWN.has(code) ? (code as 'invalid') : 'invalid'}`)}</>;
}
