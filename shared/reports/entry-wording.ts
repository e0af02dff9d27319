import type { ActivityFormat, ActivityInput, ActivityStatus, ActivityType } from '../activities/index.ts';
import { countDe, dateRangeDe, listDe } from './german-format.ts';

/** Headings of the type groups within a category, in the order reports print them. */
export const TYPE_HEADINGS_DE: Record<ActivityType, string> = {
  training: 'Fortbildungen und Schulungen',
  event: 'Veranstaltungen',
  campaign: 'Kampagnen und Öffentlichkeitsarbeit',
  recruitment: 'Personalgewinnung',
  publication: 'Veröffentlichungen',
  survey: 'Befragungen und Erhebungen',
  counselling: 'Beratung',
  cooperation: 'Kooperationen und Netzwerkarbeit',
  other: 'Weitere Aktivitäten',
};

export const TYPE_LABELS_DE: Record<ActivityType, string> = {
  training: 'Fortbildung',
  event: 'Veranstaltung',
  campaign: 'Kampagne',
  recruitment: 'Personalgewinnung',
  publication: 'Veröffentlichung',
  survey: 'Befragung',
  counselling: 'Beratung',
  cooperation: 'Kooperation',
  other: 'Sonstiges',
};

export const FORMAT_LABELS_DE: Record<ActivityFormat, string> = {
  'in-person': 'in Präsenz',
  online: 'online',
  hybrid: 'hybrid (in Präsenz und online)',
};

/** How partners mark an activity that did not (yet) take place; done needs no mark. */
export const STATUS_MARKS_DE: Record<ActivityStatus, string | null> = {
  done: null,
  ongoing: 'laufend',
  planned: 'geplant',
  postponed: 'verschoben',
  cancelled: 'abgesagt',
};

export const STATUS_LABELS_DE: Record<ActivityStatus, string> = {
  done: 'durchgeführt',
  ongoing: 'laufend',
  planned: 'geplant',
  postponed: 'verschoben',
  cancelled: 'abgesagt',
};

/** Activities that took place; only their participants and sessions count in the totals. */
export const isHeld = (status: ActivityStatus) => status === 'done' || status === 'ongoing';

export type WordableEntry = Pick<
  ActivityInput,
  | 'date'
  | 'endDate'
  | 'title'
  | 'status'
  | 'format'
  | 'place'
  | 'cooperationPartners'
  | 'targetGroups'
  | 'participantCount'
  | 'sessions'
  | 'languages'
  | 'fundingProgramme'
>;

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['de'], { type: 'language' });
  } catch {
    return null;
  }
})();

export function languageNameDe(code: string): string {
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

function countsClause(entry: WordableEntry): string | null {
  const counts: string[] = [];
  if (entry.sessions !== null && entry.sessions > 0)
    counts.push(countDe(entry.sessions, 'Termin', 'Termine'));
  if (entry.participantCount !== null && entry.participantCount > 0) {
    counts.push(
      entry.participantCount === 1
        ? '1 teilnehmende Person'
        : countDe(entry.participantCount, 'Teilnehmende', 'Teilnehmende'),
    );
  }
  if (!counts.length) return null;
  return isHeld(entry.status) ? counts.join(', ') : `geplant: ${counts.join(', ')}`;
}

const unique = (items: readonly string[]) => [...new Set(items.map((item) => item.trim()).filter(Boolean))];

/** Everything after the title, as one clause: "online; Kooperation: …; Zielgruppe: …; 12 Teilnehmende". */
export function entryDetailsDe(entry: WordableEntry): string {
  const clauses: string[] = [];
  const partners = unique(entry.cooperationPartners);
  const groups = unique(entry.targetGroups);
  const languages = unique(entry.languages);
  const where = [entry.format ? FORMAT_LABELS_DE[entry.format] : null, entry.place?.trim() || null].filter(
    (part): part is string => !!part,
  );
  if (where.length) clauses.push(where.join(', '));
  if (partners.length) clauses.push(`Kooperation: ${listDe(partners)}`);
  if (groups.length) clauses.push(`${groups.length === 1 ? 'Zielgruppe' : 'Zielgruppen'}: ${listDe(groups)}`);
  // A German-only activity needs no language note; one in several languages is worth reporting.
  if (languages.some((code) => code !== 'de')) {
    clauses.push(`Sprachen: ${listDe(languages.map(languageNameDe))}`);
  }
  if (entry.fundingProgramme?.trim()) clauses.push(`Förderung: ${entry.fundingProgramme.trim()}`);
  const counts = countsClause(entry);
  if (counts) clauses.push(counts);
  return clauses.join('; ');
}

const endsWithPunctuation = (text: string) => /[.!?…]$/.test(text);

/** The entry's full German line, e.g. "26.11.2021: Dialogveranstaltung (abgesagt) – in Präsenz, Dortmund." */
export function entryLineDe(entry: WordableEntry): string {
  const mark = STATUS_MARKS_DE[entry.status];
  let line = `${dateRangeDe(entry.date, entry.endDate)}: ${entry.title.trim()}`;
  if (mark) line += ` (${mark})`;
  const details = entryDetailsDe(entry);
  if (details) line += ` – ${details}`;
  return endsWithPunctuation(line) ? line : `${line}.`;
}
