import { apiErrorSchema } from '../../../shared/errors.ts';
import { getSession, sessionEndedByServer } from './session.ts';

/** The answer of one API call: data, or a stable error code (0 = no connection) with field codes. */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; fields?: Record<string, string[]>; retryAfterSeconds?: number };

/**
 * JSON requests to the server for the data layer's write functions. A 401 while the device thinks
 * it is signed in means the server ended the session: staff-only data is wiped at once.
 */
export async function apiRequest<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: 'offline' };
  }
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: payload as T };
  if (response.status === 401 && getSession().status === 'signed-in') await sessionEndedByServer();
  const error = apiErrorSchema.safeParse(payload);
  if (!error.success) return { ok: false, status: response.status, code: 'server' };
  return { ok: false, status: response.status, ...error.data.error };
}
