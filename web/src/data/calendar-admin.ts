import {
  calendarOverrideSchema,
  type CalendarOverride,
  type CalendarOverrideInput,
} from '../../../shared/calendar/override-schema.ts';
import { apiErrorSchema } from '../../../shared/errors.ts';
import { notifyCalendarChanged } from './calendar.ts';
import { db } from './db.ts';

/**
 * An admin's writes to the calendar overrides (online only: an announced date must reach the server
 * before anyone relies on it). A saved override is stored on the device at once, so the admin sees the
 * effect without waiting for the next pull; other devices get it through the `calendar` collection.
 */
export type OverrideWriteResult =
  | { ok: true; override: CalendarOverride | null }
  | {
      ok: false;
      code: 'offline' | 'unauthorised' | 'invalid_body' | 'conflict' | 'duplicate_correction' | 'not_found' | 'server';
      fields?: Record<string, string[]>;
      current?: CalendarOverride;
    };

async function send(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
): Promise<{ response: Response; body: unknown } | null> {
  try {
    const response = await fetcher(url, { credentials: 'same-origin', ...init });
    return { response, body: await response.json().catch(() => null) };
  } catch {
    return null;
  }
}

function failure(status: number, body: unknown): Extract<OverrideWriteResult, { ok: false }> {
  if (status === 401 || status === 403) return { ok: false, code: 'unauthorised' };
  const parsed = apiErrorSchema.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'server' };
  const { code, fields } = parsed.data.error;
  const current = calendarOverrideSchema.safeParse((body as { current?: unknown }).current);
  switch (code) {
    case 'invalid_body':
    case 'duplicate_correction':
      return { ok: false, code, fields };
    case 'conflict':
      return { ok: false, code, ...(current.success ? { current: current.data } : {}) };
    case 'not_found':
      return { ok: false, code };
    default:
      return { ok: false, code: 'server' };
  }
}

/** After a conflict the device takes the server's current version, so the admin edits on top of it. */
async function settle(result: Extract<OverrideWriteResult, { ok: false }>): Promise<OverrideWriteResult> {
  if (result.code === 'conflict' && result.current) {
    await db.calendar.put(result.current);
    notifyCalendarChanged();
  }
  return result;
}

/** Creates an override, or replaces `existing` (optimistically against its version). */
export async function saveCalendarOverride(
  input: Omit<CalendarOverrideInput, 'baseVersion'>,
  existing: { id: string; version: number } | null,
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<OverrideWriteResult> {
  const url = existing ? `/api/admin/calendar/${encodeURIComponent(existing.id)}` : '/api/admin/calendar';
  const body = existing ? { ...input, baseVersion: existing.version } : input;
  const sent = await send(fetcher, url, {
    method: existing ? 'PUT' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!sent) return { ok: false, code: 'offline' };
  if (!sent.response.ok) return settle(failure(sent.response.status, sent.body));
  const parsed = calendarOverrideSchema.safeParse((sent.body as { override?: unknown } | null)?.override);
  if (!parsed.success) return { ok: false, code: 'server' };
  await db.calendar.put(parsed.data);
  notifyCalendarChanged();
  return { ok: true, override: parsed.data };
}

export async function deleteCalendarOverride(
  existing: { id: string; version: number },
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<OverrideWriteResult> {
  const url = `/api/admin/calendar/${encodeURIComponent(existing.id)}?baseVersion=${existing.version}`;
  const sent = await send(fetcher, url, { method: 'DELETE' });
  if (!sent) return { ok: false, code: 'offline' };
  if (!sent.response.ok && sent.response.status !== 404) return settle(failure(sent.response.status, sent.body));
  await db.calendar.delete(existing.id);
  notifyCalendarChanged();
  return { ok: true, override: null };
}
