import type { CategoryId, Measure, Partner } from '../../../shared/catalog/index.ts';
import { db } from './db.ts';

export async function listPartners(): Promise<Partner[]> {
  return db.partners.orderBy('id').toArray();
}

export async function getPartner(id: string): Promise<Partner | null> {
  return (await db.partners.get(id)) ?? null;
}

export async function listMeasuresOfPartner(partnerId: string): Promise<Measure[]> {
  const measures = await db.measures.where('partnerId').equals(partnerId).toArray();
  return measures.sort((a, b) => a.category - b.category || (a.sourceLine ?? 0) - (b.sourceLine ?? 0));
}

export async function countMeasuresByPartner(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.measures.each((m) => counts.set(m.partnerId, (counts.get(m.partnerId) ?? 0) + 1));
  return counts;
}

export async function countMeasuresByCategory(): Promise<Record<CategoryId, number>> {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 } as Record<CategoryId, number>;
  await db.measures.each((m) => (counts[m.category] += 1));
  return counts;
}
