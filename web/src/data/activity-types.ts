import type { ActivityInput, ActivityState, FieldErrorCodes } from '../../../shared/activities/index.ts';

/** How far an entry on this device is from the server's copy. */
export type EntrySyncState = 'synced' | 'pending' | 'conflict' | 'rejected';

/** An activity entry as this device holds it: the content plus what the device knows of the server. */
export interface LocalActivity extends ActivityInput {
  /** The server version this content builds on; 0 while the server has never had the entry. */
  version: number;
  reportingYear: number;
  createdBy: string | null;
  /** When the entry last changed (on this device, or on the server for synced entries). */
  updatedAt: string;
  /** 1 for an entry deleted on this device (kept as a tombstone so that "undo" works); 0 otherwise. */
  deleted: 0 | 1;
  sync: EntrySyncState;
}

export type OutboxState = 'pending' | 'conflict' | 'rejected';

/** One change waiting for the server; `seq` is the order in which changes were made. */
export interface OutboxOp {
  seq?: number;
  opId: string;
  kind: 'upsert' | 'delete';
  entity: 'activity';
  recordId: string;
  /** The entry's partner: a device only pushes the ops of the partner its user works for. */
  partnerId: string;
  /** The whole entry for an upsert: each op carries the full content, so a later op supersedes an earlier one. */
  data?: ActivityInput;
  /** Fixed when the op first leaves the device, so that a resend is byte for byte the same op. */
  baseVersion?: number | null;
  /** Has been sent at least once; the outcome may be unknown, so the op is never rewritten again. */
  sent: boolean;
  state: OutboxState;
  /** Per-field codes with a rejection. */
  errors?: FieldErrorCodes;
  /** The server's record with a conflict. */
  current?: ActivityState;
  /** The entry before this op's change: what "discard" restores (null for a new entry). */
  before: LocalActivity | null;
  createdAt: string;
  attempts: number;
}
