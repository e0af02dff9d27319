import { describe, expect, it } from 'vitest';
import { berlinWeekTime, isAvailableAt } from './availability.ts';
import { needsConfirmation } from './schemas.ts';

describe('availability in NRW time', () => {
  const office = [
    { day: 1, from: '08:00', to: '13:00' },
    { day: 3, from: '09:30', to: '13:00' },
  ];

  it('uses Europe/Berlin, in winter and in summer time', () => {
    // Monday 2026-01-05 07:30 UTC = 08:30 CET; Monday 2026-07-06 06:30 UTC = 08:30 CEST.
    expect(berlinWeekTime(new Date('2026-01-05T07:30:00Z'))).toEqual({ day: 1, time: '08:30' });
    expect(berlinWeekTime(new Date('2026-07-06T06:30:00Z'))).toEqual({ day: 1, time: '08:30' });
    expect(isAvailableAt(office, new Date('2026-01-05T07:30:00Z'))).toBe(true);
    expect(isAvailableAt(office, new Date('2026-07-06T05:30:00Z'))).toBe(false);
  });

  it('treats a slot’s end as exclusive and knows Sunday as day 7', () => {
    expect(isAvailableAt(office, new Date('2026-01-07T12:00:00Z'))).toBe(false); // Wed 13:00 CET
    expect(isAvailableAt(office, new Date('2026-01-07T11:59:00Z'))).toBe(true);
    expect(berlinWeekTime(new Date('2026-01-11T12:00:00Z')).day).toBe(7);
  });
});

describe('the yearly "please confirm"', () => {
  it('flags data confirmed more than a year ago, or never', () => {
    expect(needsConfirmation('2025-11-24', '2026-11-25')).toBe(true);
    expect(needsConfirmation('2025-11-25', '2026-11-25')).toBe(false);
    expect(needsConfirmation(null, '2026-11-25')).toBe(true);
  });
});
