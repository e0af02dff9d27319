import { buildIcs, entryText, toIcsHoliday, type CalendarEntry } from '../../../../shared/calendar/index.ts';

/**
 * "Add this holiday": the single-event .ics is built on the device (the same code as the server's),
 * so it works offline; calendar apps open the downloaded file.
 */
export function downloadHolidayIcs(entry: CalendarEntry, lang: string): string {
  const url = `${window.location.origin}/calendar/${encodeURIComponent(entry.id)}`;
  const holiday = toIcsHoliday(entry, lang, url);
  const ics = buildIcs([holiday], { lang, calendarName: entryText(entry, lang).name, now: new Date() });
  const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = `${entry.id}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return ics;
}
