import { describe, expect, it } from 'vitest';
import { activityInputSchema } from '../../../../shared/activities/index.ts';
import { emptyForm, newFormWithLastValues, repeatOf, toFormState, toInput, today } from './form-model.ts';

const morning = new Date(2026, 2, 21, 9, 30);

describe('activity form model', () => {
  it('starts a new entry today with status done and nothing else', () => {
    const form = emptyForm('stadt-juelich', morning);
    expect(form).toMatchObject({ date: '2026-03-21', status: 'done', title: '', category: '' });
    expect(activityInputSchema.safeParse(toInput(form)).success).toBe(false);
  });

  it('pre-fills the remembered fields from the last entry, but never its title or counts', () => {
    const form = newFormWithLastValues(
      'stadt-juelich',
      {
        category: 2,
        format: 'online',
        place: 'Rathaus',
        title: 'Alt' as never,
        participantCount: 9 as never,
      },
      morning,
    );
    expect(form).toMatchObject({
      category: '2',
      format: 'online',
      place: 'Rathaus',
      title: '',
      participantCount: '',
    });
  });

  it('repeats the last entry under a new id, dated today', () => {
    const last = {
      ...toInput({ ...emptyForm('p', morning), title: 'Sprechstunde', category: '3' }),
      date: '2026-01-02',
    };
    const copy = repeatOf(last, morning);
    expect(copy.id).not.toBe(last.id);
    expect(copy).toMatchObject({ title: 'Sprechstunde', category: '3', date: '2026-03-21' });
  });

  it('turns input text into an entry that round-trips', () => {
    const form = {
      ...emptyForm('stadt-juelich', morning),
      title: ' Infostand ',
      category: '4',
      participantCount: '12',
    };
    const entry = toInput(form);
    expect(entry).toMatchObject({ category: 4, participantCount: 12, place: null, endDate: null });
    expect(activityInputSchema.safeParse(entry).success).toBe(true);
    expect(toFormState(entry)).toMatchObject({ participantCount: '12', category: '4' });
  });

  it('keeps an unparseable count visible to the schema instead of silently dropping it', () => {
    const entry = toInput({ ...emptyForm('p', morning), participantCount: '12,5' });
    expect(Number.isNaN(entry.participantCount)).toBe(true);
  });

  it('uses the local calendar day for today', () => {
    expect(today(new Date(2025, 8, 30, 23, 59))).toBe('2025-09-30');
  });
});
