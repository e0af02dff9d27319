import { readFileSync } from 'node:fs';

/** The project seed as the tests see it: every expected count is computed from these files. */
export interface SeedPartner {
  id: string;
  name: string;
  kind: string;
  region: string;
}
export interface SeedMeasure {
  id: string;
  partnerId: string;
  category: number;
  reportingYear: number;
  line: number;
  titleDe: string;
  summaryDe: string;
}

export const seedPartners: SeedPartner[] = JSON.parse(
  readFileSync('server/seed/partners.json', 'utf8'),
).partners;
export const seedMeasures: SeedMeasure[] = JSON.parse(readFileSync('server/seed/measures.json', 'utf8'));
export const partnerById = new Map(seedPartners.map((p) => [p.id, p]));

export const measuresOf = (partnerId: string) => seedMeasures.filter((m) => m.partnerId === partnerId);
