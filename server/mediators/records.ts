import type { Mediator, Pool } from '../../shared/mediators/index.ts';

const day = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export function poolRecord(row: Record<string, unknown>): Pool {
  return {
    id: row.id as string,
    partnerId: row.partner_id as string,
    name: row.name as string,
    kind: row.kind as Pool['kind'],
    languages: row.languages as string[],
    otherLanguages: row.other_languages as string,
    modes: row.modes as Pool['modes'],
    officeHours: row.office_hours as Pool['officeHours'],
    officeHoursNote: row.office_hours_note as string,
    requestPhone: (row.request_phone as string | null) ?? null,
    requestEmail: (row.request_email as string | null) ?? null,
    requestUrl: (row.request_url as string | null) ?? null,
    region: (row.region as Pool['region']) ?? null,
    area: row.area as string,
    leadTime: row.lead_time as string,
    exclusions: row.exclusions as string,
    costs: row.costs as string,
    whoMayRequest: row.who_may_request as string,
    notes: row.notes as string,
    source: row.source as string,
    lastConfirmed: day(row.last_confirmed),
    version: row.version as number,
  };
}

export function mediatorRecord(row: Record<string, unknown>): Mediator {
  return {
    id: row.id as string,
    poolId: row.pool_id as string,
    partnerId: row.partner_id as string,
    name: row.name as string,
    languages: row.languages as Mediator['languages'],
    otherLanguages: row.other_languages as string,
    modes: row.modes as Mediator['modes'],
    availability: row.availability as Mediator['availability'],
    region: (row.region as Mediator['region']) ?? null,
    area: row.area as string,
    phone: (row.phone as string | null) ?? null,
    email: (row.email as string | null) ?? null,
    notes: row.notes as string,
    active: row.active as boolean,
    confirmedAt: day(row.confirmed_at)!,
    demo: row.demo as boolean,
    version: row.version as number,
  };
}
