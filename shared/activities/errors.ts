import type { z } from 'zod/mini';

/**
 * Stable error codes for activity fields. Server and device produce the same codes from the same
 * schema, and the app translates them (`activities:errors.<code>`), so a rejection from the server
 * reads exactly like the form's own check.
 */
export const ACTIVITY_ERROR_CODES = [
  'required',
  'too_long',
  'too_many',
  'too_large',
  'negative',
  'not_integer',
  'invalid_date',
  'end_before_start',
  'invalid_choice',
  'invalid_url',
  'invalid_language',
  'secondary_is_primary',
  'invalid',
  'id_mismatch',
  'forbidden_partner',
  'op_id_reused',
] as const;
export type ActivityErrorCode = (typeof ACTIVITY_ERROR_CODES)[number];
export type FieldErrorCodes = Record<string, ActivityErrorCode[]>;

const CUSTOM = new Set<string>(ACTIVITY_ERROR_CODES);

/**
 * One code per zod issue, keyed by the top-level field ("links.2" counts for "links"). `input` is
 * what was validated: it tells a missing value ("required") from a wrong one.
 */
export function activityFieldErrors(error: z.core.$ZodError, input?: unknown): FieldErrorCodes {
  const fields: FieldErrorCodes = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    const code = codeOf(issue, valueAt(input, issue.path));
    const list = (fields[key] ??= []);
    if (!list.includes(code)) list.push(code);
  }
  return fields;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codeOf(issue: z.core.$ZodIssue, value: unknown): ActivityErrorCode {
  if (CUSTOM.has(issue.message)) return issue.message as ActivityErrorCode;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'too_large';
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int' ? 'negative' : 'required';
    case 'invalid_type':
      if (value === undefined || value === null || value === '') return 'required';
      return issue.expected === 'int' || issue.expected === 'number' ? 'not_integer' : 'invalid';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalid_choice';
    case 'invalid_format':
      if (issue.format === 'url') return 'invalid_url';
      if (issue.format === 'regex' && issue.path[0] === 'languages') return 'invalid_language';
      return 'invalid';
    default:
      return 'invalid';
  }
}
