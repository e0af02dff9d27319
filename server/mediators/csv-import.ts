import Papa from 'papaparse';
import {
  LANGUAGE_CODE,
  mediatorInputSchema,
  type LanguageLevel,
  type MediationMode,
  type MediatorInput,
  type WeeklySlot,
} from '../../shared/mediators/index.ts';
import { fieldErrors } from '../http/errors.ts';

/**
 * CSV import of contacts: one row per contact, columns named in German or English, separator
 * detected (Excel in Germany writes ";"). Every row is checked with the same schema as the form;
 * the preview reports each row's errors, and nothing is stored until the user confirms the valid
 * rows (routes/mediators.ts).
 */
export const MAX_IMPORT_ROWS = 2000;

const COLUMN_NAMES: Record<string, keyof MediatorInput> = {
  name: 'name',
  sprachen: 'languages',
  languages: 'languages',
  'weitere sprachen': 'otherLanguages',
  'other languages': 'otherLanguages',
  arten: 'modes',
  einsatzarten: 'modes',
  modes: 'modes',
  erreichbarkeit: 'availability',
  availability: 'availability',
  region: 'region',
  gebiet: 'area',
  ort: 'area',
  area: 'area',
  telefon: 'phone',
  phone: 'phone',
  'e-mail': 'email',
  email: 'email',
  notizen: 'notes',
  notes: 'notes',
  aktiv: 'active',
  active: 'active',
};

const LEVEL_WORDS: Record<string, LanguageLevel> = {
  native: 'native',
  muttersprache: 'native',
  fluent: 'fluent',
  fließend: 'fluent',
  verhandlungssicher: 'fluent',
  good: 'good',
  gut: 'good',
  basic: 'basic',
  grundkenntnisse: 'basic',
};
const MODE_WORDS: Record<string, MediationMode> = {
  'in-person': 'in-person',
  'in person': 'in-person',
  'vor ort': 'in-person',
  persönlich: 'in-person',
  phone: 'phone',
  telefon: 'phone',
  telefonisch: 'phone',
  video: 'video',
};
const DAY_WORDS: Record<string, number> = {
  mo: 1,
  di: 2,
  tu: 2,
  mi: 3,
  we: 3,
  do: 4,
  th: 4,
  fr: 5,
  sa: 6,
  so: 7,
  su: 7,
};

/** Language names in German and English → code, built once from Intl for every ISO 639-1 code. */
let languageNames: Map<string, string> | null = null;
function codeOfLanguage(word: string): string | null {
  const key = word.trim().toLowerCase();
  if (key === 'gebärdensprache' || key === 'deutsche gebärdensprache' || key === 'german sign language')
    return 'sgn-de';
  if (!languageNames) {
    languageNames = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const locale of ['de', 'en']) {
      const names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
      for (const a of letters)
        for (const b of letters) {
          const name = names.of(a + b);
          if (name) languageNames.set(name.toLowerCase(), a + b);
        }
      for (const extra of ['prs', 'rom', 'ckb', 'kmr', 'ti', 'so'])
        languageNames.set(names.of(extra)?.toLowerCase() ?? extra, extra);
    }
  }
  if (LANGUAGE_CODE.test(key) && key.length <= 3) return key;
  if (LANGUAGE_CODE.test(key) && key.includes('-')) return key;
  return languageNames.get(key) ?? null;
}

type Cell = string | undefined;
const list = (cell: Cell) =>
  (cell ?? '')
    .split(/[;,|]/)
    .map((part) => part.trim())
    .filter(Boolean);

function parseLanguages(cell: Cell) {
  return list(cell).map((part) => {
    // "ar:native", "Arabisch (Muttersprache)", "Arabisch"
    const match = /^(.+?)\s*(?:[:(]\s*([^)]+?)\s*\)?)?$/.exec(part);
    const code = codeOfLanguage(match?.[1] ?? part);
    const levelWord = match?.[2]?.toLowerCase();
    const level = levelWord ? LEVEL_WORDS[levelWord] : 'fluent';
    return { code: code ?? `?${part}`, level: level ?? (`?${levelWord}` as LanguageLevel) };
  });
}

function parseSlots(cell: Cell): WeeklySlot[] | string {
  const slots: WeeklySlot[] = [];
  for (const part of (cell ?? '')
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match =
      /^([a-zäöü]{2})[a-zäöü.]*(?:\s*[-–]\s*([a-zäöü]{2})[a-zäöü.]*)?\s+(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$/i.exec(
        part,
      );
    const first = DAY_WORDS[match?.[1]?.toLowerCase() ?? ''];
    const last = match?.[2] ? DAY_WORDS[match[2].toLowerCase()] : first;
    if (!match || !first || !last || last < first) return 'invalid_availability';
    const time = (value: string) => value.replace('.', ':').padStart(5, '0');
    for (let day = first; day <= last; day++) slots.push({ day, from: time(match[3]!), to: time(match[4]!) });
  }
  return slots;
}

function parseActive(cell: Cell): boolean | string {
  const value = (cell ?? '').trim().toLowerCase();
  if (['', 'ja', 'yes', 'true', '1', 'x'].includes(value)) return true;
  if (['nein', 'no', 'false', '0'].includes(value)) return false;
  return 'invalid';
}

export interface ImportRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  input: MediatorInput | null;
  errors: Record<string, string[]> | null;
  /** What the row said, for the preview table. */
  raw: Record<string, string>;
}

export type ImportPreview =
  | { ok: true; rows: ImportRow[]; valid: number; invalid: number; unknownColumns: string[] }
  | { ok: false; code: 'empty' | 'too_many_rows' | 'no_name_column' };

export function previewCsv(csv: string): ImportPreview {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const headers = parsed.meta.fields ?? [];
  if (!parsed.data.length) return { ok: false, code: 'empty' };
  if (parsed.data.length > MAX_IMPORT_ROWS) return { ok: false, code: 'too_many_rows' };
  if (!headers.some((header) => COLUMN_NAMES[header] === 'name'))
    return { ok: false, code: 'no_name_column' };

  const rows = parsed.data.map((record, index): ImportRow => {
    const cells: Partial<Record<keyof MediatorInput, string>> = {};
    const raw: Record<string, string> = {};
    for (const [header, value] of Object.entries(record)) {
      const field = COLUMN_NAMES[header];
      if (field && typeof value === 'string') {
        cells[field] = value;
        raw[field] = value.slice(0, 300);
      }
    }
    const availability = parseSlots(cells.availability);
    const active = parseActive(cells.active);
    const candidate = {
      name: cells.name ?? '',
      languages: parseLanguages(cells.languages),
      otherLanguages: cells.otherLanguages ?? '',
      modes: list(cells.modes).map((word) => MODE_WORDS[word.toLowerCase()] ?? word),
      availability: typeof availability === 'string' ? [] : availability,
      region: (cells.region ?? '').trim().toLowerCase() || null,
      area: cells.area ?? '',
      phone: (cells.phone ?? '').trim() || null,
      email: (cells.email ?? '').trim() || null,
      notes: cells.notes ?? '',
      active: typeof active === 'string' ? true : active,
    };
    const result = mediatorInputSchema.safeParse(candidate);
    const errors = result.success ? {} : fieldErrors(result.error);
    if (typeof availability === 'string') errors.availability = [availability];
    if (typeof active === 'string') errors.active = [active];
    const hasErrors = Object.keys(errors).length > 0;
    return {
      line: index + 2,
      input: hasErrors ? null : result.data!,
      errors: hasErrors ? collapse(errors) : null,
      raw,
    };
  });
  const valid = rows.filter((row) => row.input).length;
  return {
    ok: true,
    rows,
    valid,
    invalid: rows.length - valid,
    unknownColumns: headers.filter((header) => !COLUMN_NAMES[header]),
  };
}

/** "languages.0.code" → "languages": the preview names the column, not the array position. */
function collapse(errors: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, codes] of Object.entries(errors)) {
    const column = path.split('.')[0]!;
    out[column] = [...new Set([...(out[column] ?? []), ...codes])];
  }
  return out;
}
