import type { Measure, Partner } from '../../../shared/catalog/index.ts';
import {
  analyseQuery,
  CATEGORY_SEARCH_TEXT,
  indexTerm,
  InvertedIndex,
  KIND_SEARCH_TEXT,
  REGION_SEARCH_TEXT,
  words,
  type AnalysedQuery,
} from '../../../shared/search/index.ts';
import { catalogSnapshot, yieldToPage, type CatalogSnapshot } from './catalog-snapshot.ts';

/**
 * On-device full-text search over measures and partners (shared/search/inverted-index.ts; why
 * not a library: docs/decisions.md). The index is built from the catalog snapshot once per
 * catalog version, in chunks that leave the page responsive, and kept in memory.
 */

export interface CatalogSearchResult {
  query: AnalysedQuery;
  /** Best first. */
  measures: Measure[];
  partners: Partner[];
  /** Index terms the query matched: words with these terms are highlighted. */
  terms: ReadonlySet<string>;
  /** Nothing matched as typed; the results are for spellings one letter off. */
  fuzzy: boolean;
  partnerById: ReadonlyMap<string, Partner>;
}

interface BuiltIndex {
  generation: number;
  snapshot: CatalogSnapshot;
  measures: InvertedIndex<Measure>;
  partners: InvertedIndex<Partner>;
}

/** Documents indexed between two pauses for the page. */
const CHUNK = 500;

let built: BuiltIndex | null = null;
let building: Promise<BuiltIndex> | null = null;

export async function searchCatalog(raw: string): Promise<CatalogSearchResult> {
  const query = analyseQuery(raw);
  if (query.status !== 'ok') {
    return { query, measures: [], partners: [], terms: new Set(), fuzzy: false, partnerById: new Map() };
  }
  const index = await searchIndex();
  const measures = index.measures.search(query.terms);
  const partners = index.partners.search(query.terms);
  return {
    query,
    measures: measures.hits,
    partners: partners.hits,
    terms: new Set([...measures.terms, ...partners.terms]),
    fuzzy: measures.fuzzy && (partners.fuzzy || partners.hits.length === 0),
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
  const partnerName = (id: string) => snapshot.partnerById.get(id)?.name ?? '';
  // Ranking: a word in the title counts most, then the partner's name, the category, the summaries.
  const measures = new InvertedIndex<Measure>({
    words,
    term: indexTerm,
    fields: [
      { text: (m) => m.titleDe, boost: 4 },
      { text: (m) => partnerName(m.partnerId), boost: 1.5 },
      { text: (m) => CATEGORY_SEARCH_TEXT[m.category], boost: 1.2 },
      { text: (m) => m.unit ?? '', boost: 1 },
      { text: (m) => m.summaryDe, boost: 1 },
      { text: (m) => m.summaryEn, boost: 0.6 },
    ],
  });
  const partners = new InvertedIndex<Partner>({
    words,
    term: indexTerm,
    fields: [
      { text: (p) => p.name, boost: 4 },
      { text: (p) => p.seat, boost: 2 },
      { text: (p) => KIND_SEARCH_TEXT[p.kind], boost: 1 },
      { text: (p) => REGION_SEARCH_TEXT[p.region], boost: 1 },
    ],
  });
  partners.add(snapshot.partners);
  partners.finish();
  const all = snapshot.sorted.category;
  for (let start = 0; start < all.length; start += CHUNK) {
    measures.add(all.slice(start, start + CHUNK));
    if (start + CHUNK < all.length) await yieldToPage();
  }
  measures.finish();
  return { generation: snapshot.generation, snapshot, measures, partners };
}
