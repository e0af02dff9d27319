/**
 * German-aware search terms, used for both the index and the query so that both sides agree.
 *
 * Folding: case, diacritics and the German transliterations meet in one form — "Schüler",
 * "Schueler" and "Schuler" all become "schuler"; "ß" becomes "ss". Stemming: a light suffix
 * stripper after CISTEM (Weißweiler & Fraser 2017), so "Fortbildungen" and "Fortbildung" share
 * "fortbildung". Both are deliberately lossy: a search that finds a little too much is better
 * than one that misses a spelling the reader did not expect.
 */

/** Longest query the search looks at; the rest is ignored (and the screen says so). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words of a query are searched for. */
export const MAX_QUERY_TERMS = 12;

const LIGATURES: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ß: 'ss',
  ẞ: 'ss',
};

/** Case and diacritics folding: "Schüler", "Schueler", "SCHULER" → "schuler"; "Straße" → "strasse". */
export function foldGerman(word: string): string {
  return word
    .toLowerCase()
    .replace(/[æœøłđıßẞ]/g, (char) => LIGATURES[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1');
}

/**
 * A light German stemmer for a folded word, after CISTEM: protects "sch", "ei", "ie" and double
 * letters, then strips -em/-er/-nd (from words longer than five letters) and -t/-e/-s/-n while
 * more than three letters remain. "fortbildungen" → "fortbildung", "kompetenzen" → "kompetenz".
 */
export function stemGerman(folded: string): string {
  if (folded.length <= 3 || /\d/.test(folded)) return folded;
  let word = folded.replace(/sch/g, '$').replace(/ei/g, '%').replace(/ie/g, '&').replace(/(.)\1/g, '$1*');
  while (word.length > 3) {
    if (word.length > 5 && /(e[mr]|nd)$/.test(word)) {
      word = word.slice(0, -2);
      continue;
    }
    if (/[tesn]$/.test(word)) {
      word = word.slice(0, -1);
      continue;
    }
    break;
  }
  return word.replace(/(.)\*/g, '$1$1').replace(/%/g, 'ei').replace(/&/g, 'ie').replace(/\$/g, 'sch');
}

/**
 * Words too common to tell measures apart (German and English), in folded form. They are not
 * indexed and not searched for, so "Fortbildung für Führungskräfte" needs no "für" to match.
 */
const STOP_WORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis ' +
    'durch fur gegen im in ins ist mit nach nicht noch nur ob so sowie uber um unter vom von vor wie wird ' +
    'werden wurde wurden zu zum zur sich sie er es wir ihr ihre ihren ihrer sind war hat haben dass da ' +
    'dies diese dieser dieses sein seine seiner sowohl the a an and or of to for with on at by from is are ' +
    'was were be as that this its into'
  ).split(' '),
);

export const isStopWord = (folded: string) => STOP_WORDS.has(folded);

export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text (runs of letters and digits) with their positions, for indexing and highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Words only, for the index. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The index form of one word: folded and stemmed, or null for a stop word or a lone letter. */
export function indexTerm(word: string): string | null {
  const folded = foldGerman(word);
  if (folded.length < 2 && !/\d/.test(folded)) return null;
  if (isStopWord(folded)) return null;
  return stemGerman(folded);
}

export interface QueryTerm {
  /** The index form to look up. */
  term: string;
  /** Whether longer index terms that start with it match too (the word may still be being typed). */
  prefix: boolean;
}

export type QueryStatus = 'ok' | 'empty' | 'no-words' | 'too-short' | 'only-common-words';

export interface AnalysedQuery {
  status: QueryStatus;
  terms: QueryTerm[];
  /** The query was longer than MAX_QUERY_LENGTH or had more than MAX_QUERY_TERMS words. */
  truncated: boolean;
}

/**
 * Turns what the user typed into search terms. Never throws: punctuation only, a 10,000-character
 * paste or nothing at all each give a status the screen can explain.
 */
export function analyseQuery(raw: string): AnalysedQuery {
  const text = typeof raw === 'string' ? raw : '';
  if (text.trim() === '') return { status: 'empty', terms: [], truncated: false };
  // A clipped query ends at the last whole word, not in the middle of one.
  let clipped = text;
  if (text.length > MAX_QUERY_LENGTH) {
    clipped = text.slice(0, MAX_QUERY_LENGTH + 1).replace(/[\p{L}\p{N}]*$/u, '');
    if (words(clipped).length === 0) clipped = text.slice(0, MAX_QUERY_LENGTH);
  }
  const found = words(clipped);
  let truncated = text.length > MAX_QUERY_LENGTH || found.length > MAX_QUERY_TERMS;
  if (found.length === 0) return { status: 'no-words', terms: [], truncated };
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  let commonWords = false;
  for (const word of found) {
    const term = indexTerm(word);
    if (!term) commonWords ||= isStopWord(foldGerman(word));
    if (!term || seen.has(term)) continue;
    seen.add(term);
    // Every word may still be being typed: "Fo" finds "Fortbildung". Single letters are dropped above.
    terms.push({ term, prefix: true });
    if (terms.length === MAX_QUERY_TERMS) {
      truncated ||= found.length > terms.length;
      break;
    }
  }
  // A single letter is a word still being typed; "und" or "für" alone would match everything.
  if (terms.length === 0)
    return { status: commonWords ? 'only-common-words' : 'too-short', terms: [], truncated };
  return { status: 'ok', terms, truncated };
}
