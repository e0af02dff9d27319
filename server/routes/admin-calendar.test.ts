import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarOverrideSchema,
  computeHolidays,
  type CalendarOverride,
} from '../../shared/calendar/index.ts';
import { pullResponseSchema } from '../../shared/sync/index.ts';
import { createApp } from '../app.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import { createTestPartner, createTestUser, jsonRequest, signIn } from '../test-support/users.ts';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let admin: string;
let staff: string;

const eid = computeHolidays(2027).find((holiday) => holiday.holidayKey === 'eid-al-fitr')!;
const announced = {
  holidayId: eid.id,
  date: eid.date,
  end: eid.end,
  sourceText: 'Koordinationsrat der Muslime, Erklärung zum Ramadanende 2027',
  sourceUrl: 'https://example.org/krm/2027',
};
const shift = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: false });
  await createTestPartner(testDb.db, 'partner-cal');
  const a = await createTestUser(testDb.db, { role: 'admin' });
  const s = await createTestUser(testDb.db, { role: 'staff', partnerId: 'partner-cal' });
  admin = await signIn(app, a.email, a.password);
  staff = await signIn(app, s.email, s.password);
});
afterAll(() => testDb.dispose());

async function eventOf(id: string, year = 2027) {
  const res = await app.request(`/api/calendar?year=${year}&lang=de&faiths=muslim,secular`);
  const body = (await res.json()) as {
    events: {
      id: string;
      date: string;
      end: string | null;
      source: string;
      sourceNote: string | null;
      name: string;
    }[];
  };
  return body.events.find((event) => event.id === id);
}

async function pullCalendar(cursor?: string) {
  const query = new URLSearchParams({ collections: 'calendar' });
  if (cursor) query.set('cursor', cursor);
  const res = await app.request(`/api/sync/pull?${query}`);
  expect(res.status).toBe(200);
  return pullResponseSchema.parse(await res.json());
}

describe(`admin calendar overrides on ${TEST_DB_KIND}`, () => {
  it('lets only admins write (401 for the public, 403 for staff)', async () => {
    expect((await app.request('/api/admin/calendar', jsonRequest('POST', announced))).status).toBe(401);
    expect((await app.request('/api/admin/calendar', jsonRequest('POST', announced, staff))).status).toBe(
      403,
    );
    expect((await app.request('/api/admin/calendar', { headers: { Cookie: staff } })).status).toBe(403);
  });

  it('a correction wins in JSON, ICS and the synced collection, showing its source', async () => {
    const before = await pullCalendar();
    const corrected = { ...announced, date: shift(eid.date, 1), end: shift(eid.end!, 1) };
    const res = await app.request('/api/admin/calendar', jsonRequest('POST', corrected, admin));
    expect(res.status).toBe(201);
    const { override, entry } = (await res.json()) as { override: CalendarOverride; entry: { date: string } };
    expect(calendarOverrideSchema.parse(override)).toMatchObject({
      holidayId: eid.id,
      faith: 'muslim',
      year: 2027,
      version: 1,
    });
    expect(entry.date).toBe(corrected.date);

    expect(await eventOf(eid.id)).toMatchObject({
      date: corrected.date,
      end: corrected.end,
      source: 'override',
      sourceNote: announced.sourceText,
    });
    const ics = await (await app.request(`/api/calendar/${eid.id}.ics`)).text();
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe(corrected.date);
    expect(event.description).toContain(`Datum laut: ${announced.sourceText} (${announced.sourceUrl})`);

    const after = await pullCalendar(before.cursor);
    expect(after.changes.calendar?.upserts).toEqual([override]);
  });

  it('refuses a second correction of the same holiday and a stale edit, keeping the first', async () => {
    const duplicate = await app.request('/api/admin/calendar', jsonRequest('POST', announced, admin));
    expect(duplicate.status).toBe(409);
    const { existingId } = (await duplicate.json()) as { existingId: string };

    const edit = { ...announced, date: shift(eid.date, -1), end: shift(eid.end!, -1), baseVersion: 1 };
    const ok = await app.request(`/api/admin/calendar/${existingId}`, jsonRequest('PUT', edit, admin));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ override: { version: 2, date: edit.date } });

    const stale = await app.request(
      `/api/admin/calendar/${existingId}`,
      jsonRequest('PUT', { ...edit, date: eid.date }, admin),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: 'conflict' },
      current: { version: 2, date: edit.date },
    });
    expect((await eventOf(eid.id))?.date).toBe(edit.date);
  });

  it('adds an entry of the admins’ own that devices and feeds list like any holiday', async () => {
    const own = {
      faith: 'secular',
      date: '2027-09-17',
      name: { de: 'Lange Nacht der Religionen', en: 'Long Night of Religions' },
      description: { de: 'Gotteshäuser in NRW öffnen abends ihre Türen.' },
      sourceText: 'Veranstalter, Programm 2027',
    };
    const res = await app.request('/api/admin/calendar', jsonRequest('POST', own, admin));
    expect(res.status).toBe(201);
    const { override } = (await res.json()) as { override: CalendarOverride };
    expect(override.id).toMatch(/^custom-/);
    expect(await eventOf(override.id)).toMatchObject({
      name: 'Lange Nacht der Religionen',
      date: '2027-09-17',
    });
    const en = await (await app.request(`/api/calendar/${override.id}?lang=en`)).json();
    expect(en).toMatchObject({ event: { name: 'Long Night of Religions', description: own.description.de } });
    const list = await (
      await app.request('/api/admin/calendar?year=2027', { headers: { Cookie: admin } })
    ).json();
    expect((list as { overrides: unknown[] }).overrides).toHaveLength(2);
  });

  it('validates the body with field codes', async () => {
    const cases: [object, string, string][] = [
      [{ ...announced, holidayId: 'easter-2199' }, 'holidayId', 'unknown_holiday'],
      [{ ...announced, date: '2027-13-01' }, 'date', 'invalid_date'],
      [{ ...announced, end: shift(eid.date, -3) }, 'end', 'end_before_date'],
      [{ ...announced, sourceText: '' }, 'sourceText', 'required'],
      [{ ...announced, sourceUrl: 'javascript:alert(1)' }, 'sourceUrl', 'invalid_url'],
      [{ date: '2027-05-05', sourceText: 'x', name: { de: 'X' } }, 'faith', 'required'],
    ];
    for (const [body, field, code] of cases) {
      const res = await app.request('/api/admin/calendar', jsonRequest('POST', body, admin));
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(await res.json()).toMatchObject({
        error: { code: 'invalid_body', fields: { [field]: [code] } },
      });
    }
  });

  it('deleting a correction restores the computed date everywhere and tombstones it for devices', async () => {
    const before = await pullCalendar();
    const list = (await (
      await app.request('/api/admin/calendar?year=2027', { headers: { Cookie: admin } })
    ).json()) as {
      overrides: CalendarOverride[];
    };
    const correction = list.overrides.find((override) => override.holidayId === eid.id)!;
    expect(
      (
        await app.request(`/api/admin/calendar/${correction.id}?baseVersion=1`, {
          method: 'DELETE',
          headers: { Cookie: admin },
        })
      ).status,
    ).toBe(409);
    const res = await app.request(`/api/admin/calendar/${correction.id}?baseVersion=2`, {
      method: 'DELETE',
      headers: { Cookie: admin },
    });
    expect(res.status).toBe(200);
    expect(await eventOf(eid.id)).toMatchObject({ date: eid.date, source: 'computed', sourceNote: null });
    const after = await pullCalendar(before.cursor);
    expect(after.changes.calendar?.deletes).toEqual([correction.id]);
    expect(
      (
        await app.request(`/api/admin/calendar/${correction.id}`, {
          method: 'DELETE',
          headers: { Cookie: admin },
        })
      ).status,
    ).toBe(404);
    // The holiday can be corrected again after the old correction is gone.
    expect((await app.request('/api/admin/calendar', jsonRequest('POST', announced, admin))).status).toBe(
      201,
    );
  });
});
