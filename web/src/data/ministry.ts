import type { CategoryId } from '../../../shared/catalog/index.ts';
import type { YearOverview } from '../../../shared/reports/index.ts';
import { db, readMeta } from './db.ts';
import { sessionEndedByServer } from './session.ts';

/** The ministry's overview of a year (admins); the last answer is kept for offline reading. */
export interface CachedOverview {
  overview: YearOverview;
  fetchedAt: string;
}

const key = (year: number) => `ministry:overview:${year}`;

export const readCachedOverview = (year: number) => readMeta<CachedOverview>(key(year));

export async function fetchYearOverview(year: number): Promise<'ok' | 'offline' | 'forbidden' | 'server'> {
  let response: Response;
  try {
    response = await fetch(`/api/brochure/${year}.json`, { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return 'offline';
  }
  if (response.status === 401) {
    await sessionEndedByServer();
    return 'forbidden';
  }
  if (response.status === 403) return 'forbidden';
  if (!response.ok) return 'server';
  const overview = (await response.json()) as YearOverview;
  await db.meta.put({ key: key(year), value: { overview, fetchedAt: new Date().toISOString() } satisfies CachedOverview });
  return 'ok';
}

async function send(method: string, url: string, body: unknown): Promise<'ok' | 'offline' | 'failed'> {
  try {
    const response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status === 401) await sessionEndedByServer();
    return response.ok ? 'ok' : 'failed';
  } catch {
    return 'offline';
  }
}

export async function saveBrochureIntros(year: number, intros: Partial<Record<CategoryId, string>>) {
  const outcome = await send('PUT', `/api/brochure/${year}/intros`, { intros });
  if (outcome === 'ok') await fetchYearOverview(year);
  return outcome;
}

export async function recordReminder(year: number, partnerId: string) {
  const outcome = await send('POST', `/api/brochure/${year}/reminders/${encodeURIComponent(partnerId)}`, {});
  if (outcome === 'ok') await fetchYearOverview(year);
  return outcome;
}
