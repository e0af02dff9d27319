import { z } from 'zod/mini';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Text a person typed, as every schema stores it: NFC-normalised, control characters removed
 * (tabs and line breaks stay; PostgreSQL refuses NUL in text), trimmed, at most `max` characters.
 * Errors are codes ("invalid", "too_long") that the app translates.
 */
export const cleanText = (max: number) =>
  z.pipe(
    z.string({ error: 'invalid' }).check(z.maxLength(max * 2, { error: 'too_long' })),
    z.pipe(
      z.transform((value: string) => value.normalize('NFC').replace(CONTROL_CHARACTERS, '').trim()),
      z.string().check(z.maxLength(max, { error: 'too_long' })),
    ),
  );

/** Like cleanText, but must not be empty after cleaning. */
export const requiredText = (max: number) =>
  z.pipe(cleanText(max), z.string().check(z.minLength(1, { error: 'required' })));
