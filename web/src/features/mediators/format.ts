import type { WeeklySlot } from '../../../../shared/mediators/index.ts';

/** "Mo 08:00–13:00, Mi 09:30–13:00" with weekday names in the interface language. */
export function formatSlots(slots: readonly WeeklySlot[], locale: string): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const dayName = (day: number) => weekday.format(new Date(Date.UTC(2024, 0, day)));
  return [...slots]
    .sort((a, b) => a.day - b.day || a.from.localeCompare(b.from))
    .map((slot) => `${dayName(slot.day)} ${slot.from}–${slot.to}`)
    .join(', ');
}

/** A phone number as a tel: URI (digits and a leading +). */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Today as YYYY-MM-DD in NRW. */
export function todayInBerlin(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}
