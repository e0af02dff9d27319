import type { WeeklySlot } from './schemas.ts';

/** Weekday (1 = Monday … 7 = Sunday) and "HH:MM" of an instant in NRW's time zone. */
export function berlinWeekTime(at: Date): { day: number; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { day, time: `${get('hour')}:${get('minute')}` };
}

/** Whether one of the weekly slots covers the instant (slot ends are exclusive). */
export function isAvailableAt(slots: readonly WeeklySlot[], at: Date): boolean {
  const { day, time } = berlinWeekTime(at);
  return slots.some((slot) => slot.day === day && slot.from <= time && time < slot.to);
}
