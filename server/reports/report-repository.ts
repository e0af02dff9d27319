import { isCategoryId, type CategoryId } from '../../shared/catalog/index.ts';
import {
  emptyDraft,
  reportDraftSchema,
  type ReportDraft,
  type ReportModel,
  type ReportState,
  type VersionSummary,
} from '../../shared/reports/index.ts';
import type { Db, Queryable } from '../db/client.ts';

/** A saved report row: the officer's draft and where it stands. */
export interface ReportRow {
  partnerId: string;
  year: number;
  state: Exclude<ReportState, 'not-started'>;
  draft: ReportDraft;
  source: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
}

const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : String(value);

function toRow(row: Record<string, unknown>): ReportRow {
  const draft = reportDraftSchema.safeParse({
    intro: row.intro,
    narratives: row.narratives,
    hiddenEntries: row.hidden_entries,
    movedEntries: row.moved_entries,
    commitments: row.commitments,
  });
  return {
    partnerId: row.partner_id as string,
    year: row.year as number,
    state: row.state as ReportRow['state'],
    // A row this version cannot read (written by a newer server) is shown as empty, never thrown on.
    draft: draft.success ? draft.data : emptyDraft(),
    source: row.source as string,
    version: row.version as number,
    updatedAt: iso(row.updated_at)!,
    updatedBy: (row.updated_by as string | null) ?? null,
    submittedAt: iso(row.submitted_at),
    submittedBy: (row.submitted_by as string | null) ?? null,
  };
}

export async function getReport(
  db: Queryable,
  partnerId: string,
  year: number,
  lock = false,
): Promise<ReportRow | null> {
  const rows = await db.query(
    `select * from reports where partner_id = $1 and year = $2${lock ? ' for update' : ''}`,
    [partnerId, year],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

const draftParams = (draft: ReportDraft) => [
  draft.intro,
  JSON.stringify(draft.narratives),
  JSON.stringify(draft.hiddenEntries),
  JSON.stringify(draft.movedEntries),
  JSON.stringify(draft.commitments),
];

async function insertReport(
  tx: Queryable,
  partnerId: string,
  year: number,
  draft: ReportDraft,
  userId: string | null,
  state: ReportRow['state'] = 'draft',
  source = 'app',
): Promise<ReportRow> {
  const rows = await tx.query(
    `insert into reports (partner_id, year, state, intro, narratives, hidden_entries, moved_entries, commitments, source, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning *`,
    [partnerId, year, state, ...draftParams(draft), source, userId],
  );
  return toRow(rows[0]!);
}

export type SaveOutcome =
  | { status: 'saved'; row: ReportRow }
  | { status: 'conflict'; current: ReportRow }
  | { status: 'locked'; current: ReportRow };

/**
 * Saves a draft when the device's edit is based on the server's current version (or `force`);
 * a submitted report is locked until an admin reopens it.
 */
export async function saveDraft(
  db: Db,
  input: {
    partnerId: string;
    year: number;
    draft: ReportDraft;
    baseVersion: number | null;
    force: boolean;
    userId: string | null;
  },
): Promise<SaveOutcome> {
  return db.transaction(async (tx) => {
    const current = await getReport(tx, input.partnerId, input.year, true);
    if (!current) {
      return {
        status: 'saved',
        row: await insertReport(tx, input.partnerId, input.year, input.draft, input.userId),
      };
    }
    if (current.state === 'submitted') return { status: 'locked', current };
    if (!input.force && input.baseVersion !== current.version) return { status: 'conflict', current };
    const rows = await tx.query(
      `update reports set intro = $3, narratives = $4, hidden_entries = $5, moved_entries = $6, commitments = $7,
         version = version + 1, updated_at = now(), updated_by = $8
       where partner_id = $1 and year = $2 returning *`,
      [input.partnerId, input.year, ...draftParams(input.draft), input.userId],
    );
    return { status: 'saved', row: toRow(rows[0]!) };
  });
}

export type SubmitOutcome =
  | { status: 'submitted'; row: ReportRow; number: number }
  | { status: 'locked'; current: ReportRow }
  | { status: 'conflict'; current: ReportRow };

/** Locks the report and keeps the draft and the compiled report (built by `compile`) as a new version. */
export async function submitReport(
  db: Db,
  input: { partnerId: string; year: number; baseVersion: number | null; userId: string | null },
  /** Runs inside the transaction: it must read through `tx` (PGlite has one connection). */
  compile: (row: ReportRow, submittedAt: string, tx: Queryable) => Promise<ReportModel>,
): Promise<SubmitOutcome> {
  return db.transaction(async (tx) => {
    let row = await getReport(tx, input.partnerId, input.year, true);
    if (row?.state === 'submitted') return { status: 'locked', current: row };
    if (row && input.baseVersion !== null && input.baseVersion !== row.version)
      return { status: 'conflict', current: row };
    row ??= await insertReport(tx, input.partnerId, input.year, emptyDraft(), input.userId);
    const [{ now }] = (await tx.query<{ now: Date | string }>('select now() as now')) as [
      { now: Date | string },
    ];
    const submittedAt = iso(now)!;
    const model = await compile(row, submittedAt, tx);
    const [{ next }] = (await tx.query<{ next: number }>(
      'select coalesce(max(number), 0) + 1 as next from report_versions where partner_id = $1 and year = $2',
      [input.partnerId, input.year],
    )) as [{ next: number }];
    await tx.query(
      `insert into report_versions (partner_id, year, number, submitted_at, submitted_by, draft, model)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        input.partnerId,
        input.year,
        next,
        submittedAt,
        input.userId,
        JSON.stringify(row.draft),
        JSON.stringify(model),
      ],
    );
    const updated = await tx.query(
      `update reports set state = 'submitted', submitted_at = $3, submitted_by = $4, version = version + 1, updated_at = now()
       where partner_id = $1 and year = $2 returning *`,
      [input.partnerId, input.year, submittedAt, input.userId],
    );
    return { status: 'submitted', row: toRow(updated[0]!), number: next };
  });
}

export async function reopenReport(
  db: Db,
  partnerId: string,
  year: number,
  userId: string | null,
): Promise<ReportRow | null> {
  const rows = await db.query(
    `update reports set state = 'reopened', version = version + 1, updated_at = now(), updated_by = $3
     where partner_id = $1 and year = $2 and state = 'submitted' returning *`,
    [partnerId, year, userId],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

export async function listVersions(
  db: Queryable,
  partnerId: string,
  year: number,
): Promise<VersionSummary[]> {
  const rows = await db.query(
    'select number, submitted_at, submitted_by from report_versions where partner_id = $1 and year = $2 order by number desc',
    [partnerId, year],
  );
  return rows.map((r) => ({
    number: r.number as number,
    submittedAt: iso(r.submitted_at)!,
    submittedBy: (r.submitted_by as string | null) ?? null,
  }));
}

export async function getVersion(
  db: Queryable,
  partnerId: string,
  year: number,
  number: number | 'latest',
): Promise<{ number: number; draft: ReportDraft; model: ReportModel } | null> {
  const rows = await db.query(
    `select number, draft, model from report_versions where partner_id = $1 and year = $2
     ${number === 'latest' ? '' : 'and number = $3'} order by number desc limit 1`,
    number === 'latest' ? [partnerId, year] : [partnerId, year, number],
  );
  const row = rows[0];
  return row
    ? { number: row.number as number, draft: row.draft as ReportDraft, model: row.model as ReportModel }
    : null;
}

/** The last submitted version of every report of the year that is submitted now (not reopened). */
export async function submittedModels(db: Queryable, year: number): Promise<ReportModel[]> {
  const rows = await db.query(
    `select distinct on (v.partner_id) v.model from report_versions v
     join reports r on r.partner_id = v.partner_id and r.year = v.year
     where v.year = $1 and r.state = 'submitted' order by v.partner_id, v.number desc`,
    [year],
  );
  return rows.map((r) => r.model as ReportModel);
}

export async function createImportedReport(
  tx: Queryable,
  input: { partnerId: string; year: number; draft: ReportDraft; source: string; model: ReportModel },
): Promise<boolean> {
  const exists = await tx.query('select 1 from reports where partner_id = $1 and year = $2', [
    input.partnerId,
    input.year,
  ]);
  if (exists.length) return false;
  await insertReport(tx, input.partnerId, input.year, input.draft, null, 'submitted', input.source);
  await tx.query(
    `insert into report_versions (partner_id, year, number, draft, model) values ($1, $2, 1, $3, $4)`,
    [input.partnerId, input.year, JSON.stringify(input.draft), JSON.stringify(input.model)],
  );
  return true;
}

/** The year's chapter intros; a year without its own takes those of the latest earlier year. */
export async function brochureIntros(
  db: Queryable,
  year: number,
): Promise<{ year: number | null; intros: Partial<Record<CategoryId, string>> }> {
  const rows = await db.query<{ year: number; category: number; text: string }>(
    `select year, category, text from brochure_intros
     where year = (select max(year) from brochure_intros where year <= $1)`,
    [year],
  );
  const intros: Partial<Record<CategoryId, string>> = {};
  for (const row of rows) if (isCategoryId(row.category)) intros[row.category] = row.text;
  return { year: rows[0]?.year ?? null, intros };
}

export async function saveBrochureIntros(
  db: Db,
  year: number,
  intros: Partial<Record<CategoryId, string>>,
  userId: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [category, text] of Object.entries(intros)) {
      await tx.query(
        `insert into brochure_intros (year, category, text, updated_by) values ($1, $2, $3, $4)
         on conflict (year, category) do update set text = excluded.text, updated_at = now(), updated_by = excluded.updated_by`,
        [year, Number(category), text, userId],
      );
    }
  });
}
