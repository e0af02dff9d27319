/**
 * German formatting for report texts. Deterministic on purpose (no Intl, no time zone): the same
 * entry must read the same on the server, on a phone and in last year's saved version.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** "2026-03-21" → "21.03.2026" */
export function dateDe(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${pad(d)}.${pad(m)}.${y}`;
}

/**
 * A date or a range the way partners write it: "21.03.2026", "21.–23.03.2026",
 * "28.09.–02.10.2026", "30.12.2025–02.01.2026".
 */
export function dateRangeDe(start: string, end: string | null): string {
  if (!end || end === start) return dateDe(start);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 !== y2) return `${dateDe(start)}–${dateDe(end)}`;
  if (m1 !== m2) return `${pad(d1)}.${pad(m1)}.–${pad(d2)}.${pad(m2)}.${y2}`;
  return `${pad(d1)}.–${pad(d2)}.${pad(m2)}.${y2}`;
}

/** "1.250" — German digit grouping. */
export function numberDe(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "A", "A und B", "A, B und C" */
export function listDe(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

/** "1 Termin" / "3 Termine" */
export function countDe(n: number, one: string, many: string): string {
  return `${numberDe(n)} ${n === 1 ? one : many}`;
}

/** Sorts German titles the way a reader expects (ä with a, case-insensitive). */
export const collatorDe = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
