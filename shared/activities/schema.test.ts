import { describe, expect, it } from 'vitest';
import { activityInputSchema, type ActivityInput } from './schema.ts';

const valid: ActivityInput = {
  id: '01936b2e-1e00-7000-8000-000000000001',
  partnerId: 'stadt-juelich',
  date: '2026-03-21',
  endDate: null,
  title: 'Infostand zum Internationalen Tag gegen Rassismus',
  category: 3,
  secondaryCategories: [4],
  status: 'done',
  type: 'event',
  format: 'in-person',
  place: 'Jülich, Marktplatz',
  organisingUnit: null,
  cooperationPartners: ['Integrationsrat'],
  targetGroups: ['Bürger*innen'],
  participantCount: 120,
  sessions: 1,
  languages: ['de', 'ar', 'tr'],
  fundingProgramme: null,
  links: [],
  note: null,
};

const errorsOf = (input: unknown) => {
  const result = activityInputSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('activity entry schema', () => {
  it('accepts a complete entry', () => {
    expect(errorsOf(valid)).toEqual({});
  });
  it.each([
    ['an impossible date', { date: '2026-02-30' }, 'date'],
    ['an end before the start', { endDate: '2026-03-20' }, 'endDate'],
    ['a negative count', { participantCount: -1 }, 'participantCount'],
    ['a 100 kB title', { title: 'x'.repeat(100_000) }, 'title'],
    ['an unknown category', { category: 7 }, 'category'],
    ['the primary category again as secondary', { secondaryCategories: [3] }, 'secondaryCategories'],
  ])('rejects %s on its field', (_what, change, field) => {
    expect(Object.keys(errorsOf({ ...valid, ...change }))).toContain(field);
  });
});
