import type { Measure, Partner } from '../../shared/catalog/index.ts';
import type { PullSource } from './pull-source.ts';

export const partnersSource: PullSource = {
  collection: 'partners',
  table: 'partners',
  scope: () => 'all',
  toRecord: (row): Partner => ({
    id: row.id as string,
    name: row.name as string,
    kind: row.kind as Partner['kind'],
    region: row.region as Partner['region'],
    seat: row.seat as string,
    website: (row.website as string | null) ?? null,
    version: row.version as number,
  }),
};

export const measuresSource: PullSource = {
  collection: 'measures',
  table: 'measures',
  scope: () => 'all',
  toRecord: (row): Measure => ({
    id: row.id as string,
    partnerId: row.partner_id as string,
    category: row.category as Measure['category'],
    reportingYear: row.reporting_year as number,
    titleDe: row.title_de as string,
    summaryDe: row.summary_de as string,
    summaryEn: row.summary_en as string,
    figures: row.figures as string[],
    unit: (row.unit as string | null) ?? null,
    sourceLine: (row.source_line as number | null) ?? null,
    version: row.version as number,
  }),
};
