import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CalendarOverride } from '../../../shared/calendar/override-schema.ts';
import { listCalendarOverrides, onCalendarChanged } from './calendar.ts';
import { deleteCalendarOverride, saveCalendarOverride } from './calendar-admin.ts';

const stored: CalendarOverride = {
  id: 'fix-9',
  holidayId: 'vesakh-2027',
  year: 2027,
  faith: 'buddhist',
  date: '2027-05-20',
  end: null,
  name: {},
  description: {},
  sourceText: 'Deutsche Buddhistische Union',
  sourceUrl: null,
  approximate: false,
  version: 1,
  updatedAt: '2027-01-01T00:00:00.000Z',
};
const input = { holidayId: 'vesakh-2027', date: '2027-05-20', sourceText: 'Deutsche Buddhistische Union' };

function answering(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher = (async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return Response.json(body, { status });
  }) as typeof fetch;
  return { fetcher, calls };
}

describe('admin writes of calendar overrides', () => {
  it('creates an override on the server and keeps it on the device at once', async () => {
    let changed = 0;
    onCalendarChanged(() => (changed += 1));
    const server = answering(201, { override: stored, entry: null });
    expect(await saveCalendarOverride(input, null, server.fetcher)).toEqual({ ok: true, override: stored });
    expect(server.calls[0]).toMatchObject({ url: '/api/admin/calendar', init: { method: 'POST' } });
    expect(await listCalendarOverrides()).toEqual([stored]);
    expect(changed).toBe(1);
  });

  it('updates against the version it edited and takes the server’s current one on a conflict', async () => {
    const current = { ...stored, version: 3, date: '2027-05-21' };
    const server = answering(409, { error: { code: 'conflict', message: 'changed' }, current });
    const result = await saveCalendarOverride(input, { id: 'fix-9', version: 1 }, server.fetcher);
    expect(result).toEqual({ ok: false, code: 'conflict', current });
    expect(server.calls[0]!.url).toBe('/api/admin/calendar/fix-9');
    expect(JSON.parse(server.calls[0]!.init!.body as string)).toMatchObject({ baseVersion: 1 });
    expect(await listCalendarOverrides()).toEqual([current]);
  });

  it('passes field errors through, and says when it is offline or not allowed', async () => {
    const invalid = answering(422, {
      error: { code: 'invalid_body', message: 'x', fields: { sourceText: ['required'] } },
    });
    expect(await saveCalendarOverride(input, null, invalid.fetcher)).toEqual({
      ok: false,
      code: 'invalid_body',
      fields: { sourceText: ['required'] },
    });
    expect(await saveCalendarOverride(input, null, answering(403, {}).fetcher)).toEqual({
      ok: false,
      code: 'unauthorised',
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await saveCalendarOverride(input, null, offline)).toEqual({ ok: false, code: 'offline' });
  });

  it('deletes on the server and on the device', async () => {
    const server = answering(200, { deleted: 'fix-9', version: 4 });
    expect(await deleteCalendarOverride({ id: 'fix-9', version: 3 }, server.fetcher)).toEqual({
      ok: true,
      override: null,
    });
    expect(server.calls[0]!.url).toBe('/api/admin/calendar/fix-9?baseVersion=3');
    expect(await listCalendarOverrides()).toEqual([]);
  });
});
