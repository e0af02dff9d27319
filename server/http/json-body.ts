import type { Context } from 'hono';
import type { z } from 'zod/mini';
import { fieldErrors, jsonError } from './errors.ts';

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Reads and validates a JSON body. Only `application/json` is accepted (415 otherwise — part of the
 * CSRF defence, see csrf.ts); malformed JSON is a 400, a schema failure a 422 with per-field codes.
 * Keys like `__proto__` are harmless here: JSON.parse makes them own properties, and zod objects
 * copy only the keys of their shape.
 */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S): Promise<Parsed<z.infer<S>>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return {
      ok: false,
      response: jsonError(c, 415, 'unsupported_media_type', 'Send the body as application/json.'),
    };
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { ok: false, response: jsonError(c, 400, 'invalid_json', 'The body is not valid JSON.') };
  }
  // PostgreSQL cannot store NUL in text, and no legitimate input contains it.
  const nul = pathOfNul(body);
  if (nul !== null) {
    return {
      ok: false,
      response: jsonError(c, 422, 'invalid_body', 'Some fields are not valid.', {
        [nul || '_']: ['invalid'],
      }),
    };
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    return {
      ok: false,
      response: jsonError(c, 422, 'invalid_body', 'Some fields are not valid.', fieldErrors(result.error)),
    };
  }
  return { ok: true, data: result.data };
}

/** The dotted path of the first string (or key) containing U+0000, or null; depth-limited. */
function pathOfNul(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const innerPath = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return innerPath;
    const found = pathOfNul(inner, innerPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
