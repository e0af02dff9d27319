import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import type { Measure, Partner } from '../../../shared/catalog/index.ts';
import {
  analyseQuery,
  CATEGORY_SEARCH_TEXT,
  indexTerm,
  KIND_SEARCH_TEXT,
  REGION_SEARCH_TEXT,
  words,
  type AnalysedQuery,
} from '../../../shared/search/index.ts';
import { catalogSnapshot, type CatalogSnapshot } from './catalog-snapshot.ts';

/**
 * On-device full-text search over measures and partners (MiniSearch, see docs/decisions.md).
 * The index is built from the catalog snapshot once per catalog version, in small chunks that
 * leave the page responsive, and kept in memory; the library itself is loaded only when needed.
 */

export interface SearchHit<T> {
  item: T;
  /** Index terms this item matched, for highlighting (see shared/search/highlight.ts). */
  terms: string[];
}

export interface CatalogSearchResult {
  query: AnalysedQuery;
  measures: SearchHit<Measure>[];
  partners: SearchHit<Partner>[];
  partnerById: ReadonlyMap<string, Partner>;
}

interface BuiltIndex {
  generation: number;
  snapshot: CatalogSnapshot;
  measures: MiniSearch<Measure>;
  partners: MiniSearch<Partner>;
}

// Ranking: a word in the title counts most, then the partner's name, the category, the summaries.
const MEASURE_BOOST = { title: 4, partner: 1.5, category: 1.2, unit: 1, summary: 1, summaryEn: 0.6 };
const PARTNER_BOOST = { name: 4, seat: 2, kind: 1, region: 1 };
const CHUNK = 400;

let built: BuiltIndex | null = null;
let building: Promise<BuiltIndex> | null = null;

export async function searchCatalog(raw: string): Promise<CatalogSearchResult> {
  const query = analyseQuery(raw);
  if (query.status !== 'ok') return { query, measures: [], partners: [], partnerById: new Map() };
  const index = await searchIndex();
  const text = query.terms.map((t) => t.term).join(' ');
  const options: SearchOptions = {
    combineWith: 'AND',
    // Terms are analysed already (analyseQuery): split on the spaces put between them, nothing more.
    tokenize: (s) => s.split(' '),
    processTerm: (term) => term,
    prefix: (_term, i) => query.terms[i]?.prefix ?? false,
    // One typo in a longer word is forgiven, with a lower weight than an exact match.
    fuzzy: (term) => (term.length >= 6 ? 1 : false),
    weights: { fuzzy: 0.3, prefix: 0.6 },
  };
  const hits = <T>(found: { id: string; terms: string[] }[], lookup: ReadonlyMap<string, T>) =>
    found.flatMap((r) => {
      const item = lookup.get(r.id);
      return item ? [{ item, terms: r.terms }] : [];
    });
  return {
    query,
    measures: hits(index.measures.search(text, { ...options, boost: MEASURE_BOOST }), index.snapshot.measureById),
    partners: hits(index.partners.search(text, { ...options, boost: PARTNER_BOOST }), index.snapshot.partnerById),
    partnerById: index.snapshot.partnerById,
  };
}

/** Starts building the index when the page is idle, so that the first keystroke finds it ready. */
export function warmSearchIndex(): void {
  const start = () => void searchIndex().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}

async function searchIndex(): Promise<BuiltIndex> {
  const snapshot = await catalogSnapshot();
  if (built?.generation === snapshot.generation) return built;
  if (!building) {
    const run = buildIndex(snapshot);
    building = run;
    run.then(
      (index) => {
        built = index;
        if (building === run) building = null;
      },
      () => {
        if (building === run) building = null;
      },
    );
  }
  const index = await building;
  // The catalog changed while building: build again for the new version.
  return index.generation === (await catalogSnapshot()).generation ? index : searchIndex();
}

async function buildIndex(snapshot: CatalogSnapshot): Promise<BuiltIndex> {
  const { default: MiniSearchClass } = await import('minisearch');
  // The vocabulary is small next to the number of words indexed: remember each word's term.
  const termCache = new Map<string, string | null>();
  const processTerm = (word: string) => {
    let term = termCache.get(word);
    if (term === undefined) termCache.set(word, (term = indexTerm(word)));
    return term;
  };
  const partnerName = (id: string) => snapshot.partnerById.get(id)?.name ?? '';
  const measures = new MiniSearchClass<Measure>({
    fields: Object.keys(MEASURE_BOOST),
    tokenize: words,
    processTerm,
    extractField: (m, field) => {
      switch (field) {
        case 'id':
          return m.id;
        case 'title':
          return m.titleDe;
        case 'summary':
          return m.summaryDe;
        case 'summaryEn':
          return m.summaryEn;
        case 'partner':
          return partnerName(m.partnerId);
        case 'category':
          return CATEGORY_SEARCH_TEXT[m.category];
        case 'unit':
          return m.unit ?? '';
        default:
          return '';
      }
    },
  });
  const partners = new MiniSearchClass<Partner>({
    fields: Object.keys(PARTNER_BOOST),
    tokenize: words,
    processTerm,
    extractField: (p, field) =>
      field === 'id'
        ? p.id
        : field === 'name'
          ? p.name
          : field === 'seat'
            ? p.seat
            : field === 'kind'
              ? KIND_SEARCH_TEXT[p.kind]
              : field === 'region'
                ? REGION_SEARCH_TEXT[p.region]
                : '',
  });
  partners.addAll(snapshot.partners);
  const all = snapshot.sorted.category;
  for (let start = 0; start < all.length; start += CHUNK) {
    measures.addAll(all.slice(start, start + CHUNK));
    if (start + CHUNK < all.length) await yieldToPage();
  }
  return { generation: snapshot.generation, snapshot, measures, partners };
}

/** Lets the page handle input and paint between chunks of work. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
