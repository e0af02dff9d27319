import { z } from 'zod/mini';
import { CATEGORY_IDS, type CategoryId } from '../catalog/index.ts';
import { categoryIdSchema } from '../catalog/schemas.ts';

/** Where a partner's report of one year stands; "not-started" means no draft was saved yet. */
export const REPORT_STATES = ['not-started', 'draft', 'submitted', 'reopened'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** "Beitrittsmodule" are the partner's commitments on joining; "Meilensteine" the milestones it named. */
export const COMMITMENT_KINDS = ['commitment', 'milestone'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const COMMITMENT_STATUSES = ['open', 'in-progress', 'achieved', 'deferred'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

const CATEGORY_KEYS = CATEGORY_IDS.map(String) as ['1', '2', '3', '4', '5', '6'];

/** Limits that keep a pasted document from growing a draft without bound. */
export const DRAFT_LIMITS = {
  intro: 20_000,
  narrative: 50_000,
  commitments: 100,
  hidden: 5_000,
} as const;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' }));

export const commitmentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: z.enum(COMMITMENT_KINDS),
  /** May be empty while the officer is still typing; the report leaves untitled items out. */
  title: z.string().check(z.maxLength(300)),
  status: z.enum(COMMITMENT_STATUSES),
  /** What was done towards it in this reporting year. */
  progress: z.string().check(z.maxLength(2000)),
  due: z.nullable(isoDate),
});
export type Commitment = z.infer<typeof commitmentSchema>;

/** What an officer edits; the compiled entries are not part of it, only how they are placed. */
export const reportDraftSchema = z.object({
  intro: z.string().check(z.maxLength(DRAFT_LIMITS.intro)),
  /** Limited rich text (paragraphs, bold, lists, links) per category, as HTML; sanitised on the server. */
  narratives: z.partialRecord(z.enum(CATEGORY_KEYS), z.string().check(z.maxLength(DRAFT_LIMITS.narrative))),
  hiddenEntries: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(DRAFT_LIMITS.hidden)),
  /** Entry id → the category it is reported under instead of its primary one. */
  movedEntries: z.record(z.string().check(z.maxLength(64)), categoryIdSchema),
  commitments: z.array(commitmentSchema).check(z.maxLength(DRAFT_LIMITS.commitments)),
});
export type ReportDraft = z.infer<typeof reportDraftSchema>;

export const emptyDraft = (): ReportDraft => ({
  intro: '',
  narratives: {},
  hiddenEntries: [],
  movedEntries: {},
  commitments: [],
});

/** Body of `PUT /api/reports/:partnerId/:year/draft`. */
export const saveDraftRequestSchema = z.object({
  /** The server version the device's edit is based on; null when the device never saw one. */
  baseVersion: z.nullable(z.int().check(z.minimum(0))),
  draft: reportDraftSchema,
  /** Overwrite a newer server version (the user chose "keep mine" after a conflict). */
  force: z.optional(z.boolean()),
});
export type SaveDraftRequest = z.infer<typeof saveDraftRequestSchema>;

export function narrativeOf(draft: ReportDraft, category: CategoryId): string {
  return draft.narratives[String(category) as (typeof CATEGORY_KEYS)[number]] ?? '';
}

export const COMMITMENT_STATUS_DE: Record<CommitmentStatus, string> = {
  open: 'offen',
  'in-progress': 'in Umsetzung',
  achieved: 'erreicht',
  deferred: 'zurückgestellt',
};
export const COMMITMENT_KIND_DE: Record<CommitmentKind, { one: string; many: string }> = {
  commitment: { one: 'Beitrittsmodul', many: 'Beitrittsmodule' },
  milestone: { one: 'Meilenstein', many: 'Meilensteine' },
};
