import type { QueryTerm } from './normalize.ts';

/**
 * A compact in-memory full-text index: for every term, the documents that contain it and a
 * precomputed weight (field boosts × saturated term frequency) in typed arrays. A query walks
 * those arrays into one score buffer, so a keystroke over 30,000 documents costs a few
 * milliseconds and allocates almost nothing (docs/decisions.md explains why not MiniSearch).
 *
 * - AND: every query term must match; the score is the sum over query terms of idf × weight.
 * - Prefix: a term marked `prefix` also matches longer index terms, weighted lower.
 * - Typos: only when nothing matches, index terms one edit away are tried (`fuzzy` in the result).
 */

export interface IndexField<T> {
  text: (doc: T) => string;
  boost: number;
}

export interface IndexOptions<T> {
  fields: IndexField<T>[];
  /** Splits a text into words. */
  words: (text: string) => string[];
  /** The index term of a word, or null to skip it. */
  term: (word: string) => string | null;
}

export interface IndexResult<T> {
  /** Matching documents, best first. */
  hits: T[];
  /** Every index term the query matched, for highlighting. */
  terms: ReadonlySet<string>;
  /** Nothing matched as typed; these hits are for spellings one letter off. */
  fuzzy: boolean;
}

const K1 = 1.2;
/** Packing of (score, document) into one sortable number: scores stay far below 2^53 / DOC_SLOTS / SCORE_PRECISION. */
const DOC_SLOTS = 2 ** 21;
const SCORE_PRECISION = 1e5;
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.4;
const MIN_FUZZY_LENGTH = 5;

interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

export class InvertedIndex<T> {
  private readonly docs: T[] = [];
  private readonly pending = new Map<string, { docs: number[]; weights: number[] }>();
  private postings = new Map<string, Postings>();
  /** The vocabulary, sorted, for prefix ranges and typo candidates. */
  private vocabulary: string[] = [];
  private termCache = new Map<string, string | null>();
  private score = new Float64Array(0);
  private termScore = new Float64Array(0);

  constructor(private readonly options: IndexOptions<T>) {}

  get size(): number {
    return this.docs.length;
  }

  /** Adds documents; call `finish()` once all are added (build in chunks to keep the page responsive). */
  add(docs: readonly T[]): void {
    const { fields, words } = this.options;
    if (this.docs.length + docs.length > DOC_SLOTS) throw new RangeError('Too many documents for one index.');
    const counts = new Map<string, number>();
    for (const doc of docs) {
      const index = this.docs.push(doc) - 1;
      const weights = new Map<string, number>();
      for (const field of fields) {
        counts.clear();
        for (const word of words(field.text(doc))) {
          const term = this.termOf(word);
          if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
        }
        for (const [term, tf] of counts) {
          weights.set(term, (weights.get(term) ?? 0) + (field.boost * tf * (K1 + 1)) / (tf + K1));
        }
      }
      for (const [term, weight] of weights) {
        let list = this.pending.get(term);
        if (!list) this.pending.set(term, (list = { docs: [], weights: [] }));
        list.docs.push(index);
        list.weights.push(weight);
      }
    }
  }

  finish(): this {
    for (const [term, list] of this.pending) {
      this.postings.set(term, { docs: Int32Array.from(list.docs), weights: Float32Array.from(list.weights) });
    }
    this.pending.clear();
    this.termCache = new Map();
    this.vocabulary = [...this.postings.keys()].sort();
    this.score = new Float64Array(this.docs.length);
    this.termScore = new Float64Array(this.docs.length);
    return this;
  }

  search(query: readonly QueryTerm[]): IndexResult<T> {
    const exact = this.run(query, false);
    if (exact.hits.length > 0 || !query.some((q) => q.term.length >= MIN_FUZZY_LENGTH)) return exact;
    return this.run(query, true);
  }

  private run(query: readonly QueryTerm[], fuzzy: boolean): IndexResult<T> {
    const matchedTerms = new Set<string>();
    if (query.length === 0) return { hits: [], terms: matchedTerms, fuzzy };
    const { score, termScore } = this;
    let candidates: number[] = [];
    for (let q = 0; q < query.length; q++) {
      const expansions = this.expand(query[q]!, fuzzy);
      const touched: number[] = [];
      for (const [term, weight] of expansions) {
        const list = this.postings.get(term)!;
        matchedTerms.add(term);
        for (let i = 0; i < list.docs.length; i++) {
          const doc = list.docs[i]!;
          const value = weight * list.weights[i]!;
          if (termScore[doc] === 0) touched.push(doc);
          // Variants of one query word do not add up: the best one counts.
          if (value > termScore[doc]!) termScore[doc] = value;
        }
      }
      // One rarity weight per query word, from all documents it matched: a rare longer word that
      // merely starts with it must not outrank the word itself.
      const idf = Math.log(1 + (this.docs.length - touched.length + 0.5) / (touched.length + 0.5));
      if (q === 0) {
        for (const doc of touched) score[doc] = termScore[doc]! * idf;
        candidates = touched;
      } else {
        const kept: number[] = [];
        for (const doc of candidates) {
          if (termScore[doc]! > 0) {
            score[doc]! += termScore[doc]! * idf;
            kept.push(doc);
          } else score[doc] = 0;
        }
        candidates = kept;
      }
      for (const doc of touched) termScore[doc] = 0;
      if (candidates.length === 0) break;
    }
    // Best first; equal scores keep the order the documents were added in. Score and position are
    // packed into one number so that the native numeric sort does the work (no comparator calls).
    const keys = new Float64Array(candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const doc = candidates[i]!;
      keys[i] = Math.round(-score[doc]! * SCORE_PRECISION) * DOC_SLOTS + doc;
      score[doc] = 0;
    }
    keys.sort();
    const hits: T[] = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      hits[i] = this.docs[key - Math.floor(key / DOC_SLOTS) * DOC_SLOTS]!;
    }
    return { hits, terms: matchedTerms, fuzzy };
  }

  /** Index terms a query term stands for, each with its weight. */
  private expand({ term, prefix }: QueryTerm, fuzzy: boolean): Map<string, number> {
    const found = new Map<string, number>();
    if (fuzzy) {
      if (term.length < MIN_FUZZY_LENGTH) return this.expand({ term, prefix }, false);
      for (const candidate of this.vocabulary) {
        if (Math.abs(candidate.length - term.length) <= 1 && withinOneEdit(term, candidate)) {
          found.set(candidate, candidate === term ? 1 : FUZZY_WEIGHT);
        }
      }
      return found;
    }
    if (this.postings.has(term)) found.set(term, 1);
    if (prefix) {
      for (let i = lowerBound(this.vocabulary, term); i < this.vocabulary.length; i++) {
        const candidate = this.vocabulary[i]!;
        if (!candidate.startsWith(term)) break;
        if (candidate !== term) found.set(candidate, PREFIX_WEIGHT);
      }
    }
    return found;
  }

  private termOf(word: string): string | null {
    let term = this.termCache.get(word);
    if (term === undefined) this.termCache.set(word, (term = this.options.term(word)));
    return term;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Levenshtein distance ≤ 1 (one letter replaced, added or left out). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
