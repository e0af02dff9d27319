import type { ActivityInput } from '../activities/index.ts';

/** Builds entries for tests: every field present, overridable; ids are stable per title. */
let counter = 0;
export function fixtureEntry(overrides: Partial<ActivityInput> = {}): ActivityInput {
  counter += 1;
  return {
    id: `01936b2e-1e00-7000-8000-${String(counter).padStart(12, '0')}`,
    partnerId: 'stadt-juelich',
    date: '2026-03-21',
    endDate: null,
    title: `Eintrag ${counter}`,
    category: 3,
    secondaryCategories: [],
    status: 'done',
    type: 'event',
    format: null,
    place: null,
    organisingUnit: null,
    cooperationPartners: [],
    targetGroups: [],
    participantCount: null,
    sessions: null,
    languages: [],
    fundingProgramme: null,
    links: [],
    note: null,
    ...overrides,
  };
}

export const JUELICH = { id: 'stadt-juelich', name: 'Stadt Jülich' };

/** Test stand-in for the sanitiser: removes script elements so that tests can see it was applied. */
export const stripScripts = (html: string) => html.replace(/<script[\s\S]*?<\/script>/gi, '');
