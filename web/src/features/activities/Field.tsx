import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_ERROR_CODES, type ActivityErrorCode } from '../../../../shared/activities/index.ts';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A labelled control with its hint and its translated error codes (from the form's own check or
 * the server's rejection), tied together with aria-describedby and aria-invalid.
 */
export function Field({
  label,
  hint,
  errors,
  children,
  optional,
}: {
  label: string;
  hint?: string;
  errors?: string[];
  optional?: boolean;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>
        {label}
        {optional === false && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(errors?.length ? { 'aria-invalid': true as const } : {}),
      })}
      {errors?.length ? (
        <p className="form-error" id={`${id}-error`}>
          <ErrorText codes={errors} />
        </p>
      ) : null}
    </div>
  );
}

const KNOWN = new Set<string>(ACTIVITY_ERROR_CODES);

export function ErrorText({ codes }: { codes: string[] }) {
  const { t } = useTranslation('activities');
  return (
    <>
      {codes
        .map((code) => t(`errors.${(KNOWN.has(code) ? code : 'invalid') as ActivityErrorCode}`))
        .join(' ')}
    </>
  );
}

/** A group of checkboxes (secondary categories, languages) as a fieldset with a legend. */
export function CheckboxGroup<T extends string | number>({
  legend,
  options,
  value,
  onChange,
  errors,
  label,
}: {
  legend: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  errors?: string[];
  label: (option: T) => string;
}) {
  const id = useId();
  return (
    <fieldset className="checkbox-group" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(option)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, option] : value.filter((v) => v !== option))
              }
            />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p className="form-error" id={`${id}-error`}>
          <ErrorText codes={errors} />
        </p>
      ) : null}
    </fieldset>
  );
}
