import {
  CATEGORY_IDS,
  filterMeasures,
  measureFacets,
  type CategoryId,
  type Measure,
  type MeasureFacets,
  type MeasureFilter,
  type MeasureSort,
  type Partner,
} from '../../../shared/catalog/index.ts';
import { catalogSnapshot } from './catalog-snapshot.ts';

// Every read goes through the in-memory snapshot of the device's catalog (catalog-snapshot.ts).

const byCategoryThenLine = (a: Measure, b: Measure) =>
  a.category - b.category || (a.sourceLine ?? 0) - (b.sourceLine ?? 0);

export async function listPartners(): Promise<Partner[]> {
  return [...(await catalogSnapshot()).partners].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function getPartner(id: string): Promise<Partner | null> {
  return (await catalogSnapshot()).partnerById.get(id) ?? null;
}

export async function listMeasuresOfPartner(partnerId: string): Promise<Measure[]> {
  const { sorted } = await catalogSnapshot();
  return sorted.partner.filter((m) => m.partnerId === partnerId).sort(byCategoryThenLine);
}

export async function countMeasuresByPartner(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const m of (await catalogSnapshot()).sorted.category) counts.set(m.partnerId, (counts.get(m.partnerId) ?? 0) + 1);
  return counts;
}

export async function countMeasuresByCategory(): Promise<Record<CategoryId, number>> {
  const counts = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (const m of (await catalogSnapshot()).sorted.category) counts[m.category] += 1;
  return counts;
}

export interface CatalogStats {
  partners: number;
  measures: number;
  byCategory: Record<CategoryId, number>;
}

/** What the device holds: the home screen's entry points and sync card. */
export async function catalogStats(): Promise<CatalogStats> {
  const snapshot = await catalogSnapshot();
  return {
    partners: snapshot.partners.length,
    measures: snapshot.measureById.size,
    byCategory: await countMeasuresByCategory(),
  };
}

export interface MeasurePage {
  /** The matching measures in the chosen order. */
  measures: Measure[];
  /** How many each filter choice would give together with the other filters. */
  facets: MeasureFacets;
  /** All measures on the device, to tell "nothing matches" from "nothing stored". */
  catalogSize: number;
  partnerById: ReadonlyMap<string, Partner>;
  /** Reporting years that occur, newest first. */
  years: number[];
}

export async function queryMeasures(filter: MeasureFilter, sort: MeasureSort): Promise<MeasurePage> {
  const snapshot = await catalogSnapshot();
  const all = snapshot.sorted[sort];
  const facets = measureFacets(all, snapshot.partnerById, filter);
  return {
    measures: filterMeasures(all, snapshot.partnerById, filter),
    facets,
    catalogSize: all.length,
    partnerById: snapshot.partnerById,
    years: [...snapshot.years],
  };
}

export interface MeasureDetail {
  measure: Measure;
  partner: Partner | null;
  /** The partner's other measures, by category and brochure line. */
  related: Measure[];
}

export async function getMeasure(id: string): Promise<MeasureDetail | null> {
  const snapshot = await catalogSnapshot();
  const measure = snapshot.measureById.get(id);
  if (!measure) return null;
  return {
    measure,
    partner: snapshot.partnerById.get(measure.partnerId) ?? null,
    related: snapshot.sorted.category
      .filter((m) => m.partnerId === measure.partnerId && m.id !== measure.id)
      .sort(byCategoryThenLine),
  };
}
