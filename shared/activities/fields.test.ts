import { describe, expect, it } from 'vitest';
import { activityFieldErrors } from './errors.ts';
import { differingFields, normalizeActivityInput, sameContent } from './fields.ts';
import { activityInputSchema, type ActivityInput } from './schema.ts';

const entry: ActivityInput = {
  id: '01936b2e-1e00-7000-8000-000000000001',
  partnerId: 'stadt-juelich',
  date: '2026-03-21',
  endDate: null,
  title: 'Infostand',
  category: 3,
  secondaryCategories: [5, 2],
  status: 'done',
  type: null,
  format: null,
  place: '  ',
  organisingUnit: null,
  cooperationPartners: [' KI '],
  targetGroups: [],
  participantCount: 10,
  sessions: null,
  languages: ['de'],
  fundingProgramme: null,
  links: [],
  note: ' ',
};

describe('activity fields', () => {
  it('normalises one spelling: sorted secondary categories, trimmed texts, blank as null', () => {
    expect(normalizeActivityInput(entry)).toMatchObject({
      secondaryCategories: [2, 5],
      place: null,
      note: null,
      cooperationPartners: ['KI'],
    });
  });

  it('compares versions field by field', () => {
    expect(differingFields(entry, { ...entry, title: 'Anders', participantCount: 11 })).toEqual([
      'title',
      'participantCount',
    ]);
    expect(sameContent(entry, { ...entry, languages: ['de'] })).toBe(true);
    expect(differingFields(entry, { ...entry, partnerId: 'x' })).toEqual(['partnerId']);
  });

  it('turns every kind of invalid input into a stable code per top-level field', () => {
    const input = {
      ...entry,
      date: '2026-02-30',
      title: '',
      category: 8,
      status: 'maybe',
      participantCount: 2.5,
      sessions: -1,
      links: ['nope'],
      languages: ['Deutsch'],
      cooperationPartners: Array(31).fill('x'),
    };
    const result = activityInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(activityFieldErrors(result.error!, input)).toEqual({
      date: ['invalid_date'],
      title: ['required'],
      category: ['invalid_choice'],
      status: ['invalid_choice'],
      participantCount: ['not_integer'],
      sessions: ['negative'],
      links: ['invalid_url'],
      languages: ['invalid_language'],
      cooperationPartners: ['too_many'],
    });
  });

  it('refuses dates outside 2000–2100 as invalid', () => {
    const result = activityInputSchema.safeParse({ ...entry, date: '1899-12-31' });
    expect(activityFieldErrors(result.error!)).toEqual({ date: ['invalid_date'] });
  });
});
