import type { DraftState, ReportDraft, ReportView } from '../../../shared/reports/index.ts';

/** The last answer of `GET /api/reports/:partnerId/:year`, kept so the editor works offline. */
export interface ReportViewRecord {
  partnerId: string;
  year: number;
  view: ReportView;
  fetchedAt: string;
}

/**
 * The device's copy of a draft. `dirty` (1/0, indexable) marks edits the server has not
 * confirmed yet; they are never dropped, only replaced by the user's own choice after a conflict.
 */
export interface ReportDraftRecord {
  partnerId: string;
  year: number;
  draft: ReportDraft;
  /** The server version this draft is based on; null when the device never saw one. */
  baseVersion: number | null;
  dirty: 0 | 1;
  editedAt: string;
  /** The server's draft when it changed elsewhere since this edit began; the user decides. */
  conflict: DraftState | null;
  /** The server refused the edit because the report is submitted (locked). */
  locked: boolean;
}
