import {
  sortMeasures,
  type Measure,
  type MeasureSort,
  type Partner,
} from '../../../shared/catalog/index.ts';
import type { EntityTable } from 'dexie';
import { db } from './db.ts';

/**
 * The catalog in memory, read from IndexedDB once per catalog version. Lists, counts, filters and
 * the search index work on it, so a filter change costs a pass over an array instead of an
 * IndexedDB round trip. IndexedDB stays the truth; a pull that changes it drops the snapshot.
 */
export interface CatalogSnapshot {
  readonly generation: number;
  readonly partners: readonly Partner[];
  readonly partnerById: ReadonlyMap<string, Partner>;
  readonly measureById: ReadonlyMap<string, Measure>;
  /** Every measure, presorted for each sort of the list (filtering keeps the order). */
  readonly sorted: Readonly<Record<MeasureSort, readonly Measure[]>>;
  /** Reporting years that occur, newest first. */
  readonly years: readonly number[];
}

/** Rows per IndexedDB read: big enough to be fast, small enough not to block the page for long. */
const CHUNK = 1000;

let generation = 0;
let current: Promise<CatalogSnapshot> | null = null;

export function catalogSnapshot(): Promise<CatalogSnapshot> {
  if (!current) {
    const loading = load(generation);
    current = loading;
    // A failed read is not cached: the next caller tries again.
    loading.catch(() => {
      if (current === loading) current = null;
    });
  }
  return current;
}

/** Called when the device's catalog changed (after a pull, or a pull in another tab). */
export function invalidateCatalogSnapshot(): void {
  generation += 1;
  current = null;
}

async function load(forGeneration: number): Promise<CatalogSnapshot> {
  const [partners, measures] = await Promise.all([readAll(db.partners), readAll(db.measures)]);
  const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
  const byCategory = sortMeasures(measures, partnerById, 'category');
  await yieldToPage();
  const byPartner = sortMeasures(measures, partnerById, 'partner');
  return {
    generation: forGeneration,
    partners,
    partnerById,
    measureById: new Map(measures.map((measure) => [measure.id, measure])),
    sorted: { category: byCategory, partner: byPartner },
    years: [...new Set(measures.map((m) => m.reportingYear))].sort((a, b) => b - a),
  };
}

/** Lets the page handle input and paint between steps of work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads a table in primary-key chunks, so that no single read deserialises 30,000 records at once. */
async function readAll<T extends { id: string }>(table: EntityTable<T, 'id'>): Promise<T[]> {
  const rows: T[] = [];
  let chunk = await table.orderBy(':id').limit(CHUNK).toArray();
  for (;;) {
    for (const row of chunk) rows.push(row);
    if (chunk.length < CHUNK) return rows;
    chunk = await table.where(':id').above(chunk.at(-1)!.id).limit(CHUNK).toArray();
  }
}
