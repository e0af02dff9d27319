import Papa from 'papaparse';
import type { ActivityInput } from '../../shared/activities/index.ts';
import {
  CATEGORY_TITLES_DE,
  entryInYear,
  FORMAT_LABELS_DE,
  STATUS_LABELS_DE,
  TYPE_LABELS_DE,
  type ReportDraft,
} from '../../shared/reports/index.ts';
import { isCategoryId } from '../../shared/catalog/index.ts';

/** Column headings of the entries CSV, German for the ministry's Excel. */
export const CSV_COLUMNS = [
  'ID',
  'Partnerorganisation',
  'Berichtsjahr',
  'Datum',
  'Enddatum',
  'Titel',
  'Schwerpunkt',
  'Schwerpunkt im Bericht',
  'Weitere Schwerpunkte',
  'Status',
  'Art',
  'Format',
  'Ort',
  'Organisationseinheit',
  'Kooperationspartner',
  'Zielgruppen',
  'Teilnehmende',
  'Termine',
  'Sprachen',
  'Förderprogramm',
  'Links',
  'Notiz',
  'Im Bericht',
] as const;

const categoryName = (id: number) =>
  isCategoryId(id) ? `${id} ${CATEGORY_TITLES_DE[id].short}` : String(id);
const BOM = '\uFEFF';

/**
 * One row per entry of the reporting year with every field, UTF-8 with a byte-order mark so that
 * Excel reads the umlauts, and semicolons as separators, which German Excel expects. Cells that
 * Excel would run as a formula are prefixed with an apostrophe (papaparse `escapeFormulae`).
 */
export function renderEntriesCsv(input: {
  partnerName: string;
  yearLabel: string;
  year: number;
  entries: readonly ActivityInput[];
  draft: ReportDraft | null;
}): string {
  const hidden = new Set(input.draft?.hiddenEntries ?? []);
  const moved = input.draft?.movedEntries ?? {};
  const rows = input.entries
    .filter((e) => entryInYear(e, input.year))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'de'))
    .map((e) => [
      e.id,
      input.partnerName,
      input.yearLabel,
      e.date,
      e.endDate ?? '',
      e.title,
      categoryName(e.category),
      categoryName(moved[e.id] ?? e.category),
      e.secondaryCategories.map(categoryName).join('; '),
      STATUS_LABELS_DE[e.status],
      e.type ? TYPE_LABELS_DE[e.type] : '',
      e.format ? FORMAT_LABELS_DE[e.format] : '',
      e.place ?? '',
      e.organisingUnit ?? '',
      e.cooperationPartners.join('; '),
      e.targetGroups.join('; '),
      e.participantCount ?? '',
      e.sessions ?? '',
      e.languages.join('; '),
      e.fundingProgramme ?? '',
      e.links.join(' '),
      e.note ?? '',
      hidden.has(e.id) ? 'ausgeblendet' : 'ja',
    ]);
  return (
    BOM +
    Papa.unparse(
      { fields: [...CSV_COLUMNS], data: rows },
      { delimiter: ';', newline: '\r\n', escapeFormulae: true },
    )
  );
}
