import type { MediatorInput } from '../../shared/mediators/index.ts';
import { lockChangeLog } from '../db/changes.ts';
import type { Db } from '../db/client.ts';
import { createMediators } from '../mediators/mediators-repository.ts';
import { ERASE_MEDIATORS } from '../mediators/pools-repository.ts';

/**
 * Sample contacts for `npm start` and the tests, so the lookup screen has something to show. They
 * are fictional and labelled as such in their names, flagged `demo`, use telephone numbers that
 * the Bundesnetzagentur reserves for film and television (0221 4710 xxx) and example.org
 * addresses. They are never created in production, and a production start erases any left over.
 */
const slot = (day: number, from: string, to: string) => ({ day, from, to });
const weekdays = (from: string, to: string) => [1, 2, 3, 4, 5].map((day) => slot(day, from, to));

const base: Omit<MediatorInput, 'name' | 'languages' | 'phone' | 'email'> = {
  otherLanguages: '',
  modes: ['in-person', 'phone'],
  availability: [],
  region: null,
  area: '',
  notes: 'Fiktiver Beispielkontakt – keine echte Person.',
  active: true,
};

const DEMO: { poolId: string; contacts: MediatorInput[] }[] = [
  {
    poolId: 'kreis-lippe-laiensprachmittlerpool',
    contacts: [
      {
        ...base,
        name: 'Beispiel: Amal Musterfrau (fiktiv)',
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'fr', level: 'good' },
        ],
        availability: weekdays('00:00', '24:00'),
        region: 'detmold',
        area: 'Detmold',
        phone: '0221 4710 001',
        email: 'amal.musterfrau@example.org',
      },
      {
        ...base,
        name: 'Beispiel: Yusuf Mustermann (fiktiv)',
        languages: [
          { code: 'ar', level: 'fluent' },
          { code: 'ku', level: 'native' },
          { code: 'tr', level: 'good' },
        ],
        modes: ['phone', 'video'],
        availability: [slot(6, '10:00', '12:00')],
        region: 'detmold',
        area: 'Lemgo',
        phone: '0221 4710 002',
        email: null,
      },
    ],
  },
  {
    poolId: 'jobcenter-duisburg-dolmetscherpool',
    contacts: [
      {
        ...base,
        name: 'Beispiel: Elena Beispiel (fiktiv)',
        languages: [
          { code: 'ro', level: 'native' },
          { code: 'bg', level: 'good' },
        ],
        availability: weekdays('08:00', '12:00'),
        region: 'duesseldorf',
        area: 'Duisburg',
        phone: '0221 4710 003',
        email: 'elena.beispiel@example.org',
      },
      {
        ...base,
        name: 'Beispiel: Jonas Gebärde (fiktiv)',
        languages: [{ code: 'sgn-de', level: 'fluent' }],
        modes: ['in-person', 'video'],
        region: 'duesseldorf',
        area: 'Duisburg',
        phone: null,
        email: 'jonas.gebaerde@example.org',
      },
    ],
  },
];

export async function applyDemoMediators(db: Db, { production }: { production: boolean }): Promise<number> {
  if (production) {
    return db.transaction(async (tx) => {
      await lockChangeLog(tx);
      return (await tx.query(`${ERASE_MEDIATORS} where demo and not deleted returning id`)).length;
    });
  }
  const existing = await db.query('select 1 from mediators where demo limit 1');
  if (existing.length) return 0;
  let created = 0;
  for (const { poolId, contacts } of DEMO) {
    const pool = await db.query('select 1 from pools where id = $1 and not deleted', [poolId]);
    if (!pool.length) continue;
    created += (await createMediators(db, poolId, contacts, { userId: null, demo: true })).length;
  }
  return created;
}
