import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CalendarOverride } from '../../../shared/calendar/override-schema.ts';
import { encodeCursor, type PullResponse } from '../../../shared/sync/index.ts';
import { listCalendarOverrides, onCalendarChanged, pullCalendarOverrides } from './calendar.ts';
import { db } from './db.ts';

const override: CalendarOverride = {
  id: 'fix-1',
  holidayId: 'eid-al-fitr-2027',
  year: 2027,
  faith: 'muslim',
  date: '2027-03-10',
  end: '2027-03-12',
  name: {},
  description: {},
  sourceText: 'Koordinationsrat der Muslime',
  sourceUrl: null,
  approximate: false,
  version: 1,
  updatedAt: '2027-03-01T00:00:00.000Z',
};

function serverWith(pages: PullResponse[]) {
  const asked: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    const page = pages.shift();
    return page ? Response.json(page) : new Response(null, { status: 304 });
  }) as typeof fetch;
  return { fetcher, asked };
}

describe('calendar overrides on the device', () => {
  it('pulls the calendar collection with its own cursor, stores upserts and drops deletes', async () => {
    let changes = 0;
    onCalendarChanged(() => (changes += 1));
    const first = serverWith([
      { cursor: encodeCursor(5), more: false, total: 1, changes: { calendar: { upserts: [override], deletes: [] } } },
    ]);
    expect(await pullCalendarOverrides(first.fetcher)).toBe(true);
    expect(first.asked[0]).toContain('collections=calendar');
    expect(await listCalendarOverrides()).toEqual([override]);
    expect(changes).toBe(1);
    expect((await db.meta.get('cursor:calendar'))?.value).toBe(encodeCursor(5));

    const second = serverWith([
      { cursor: encodeCursor(6), more: false, total: 1, changes: { calendar: { upserts: [], deletes: ['fix-1'] } } },
    ]);
    await pullCalendarOverrides(second.fetcher);
    expect(second.asked[0]).toContain(`cursor=${encodeCursor(5)}`);
    expect(await listCalendarOverrides()).toEqual([]);
  });

  it('skips a record it cannot read instead of failing the sync', async () => {
    const broken = { ...override, id: 'fix-2', date: 'soon' };
    const server = serverWith([
      {
        cursor: encodeCursor(9),
        more: false,
        total: 2,
        changes: { calendar: { upserts: [broken, { ...override, id: 'fix-3' }], deletes: [] } },
      },
    ]);
    await pullCalendarOverrides(server.fetcher);
    expect((await listCalendarOverrides()).map((record) => record.id)).toEqual(['fix-3']);
  });

  it('reports an unreachable server without throwing', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await pullCalendarOverrides(offline)).toBe(false);
  });
});
