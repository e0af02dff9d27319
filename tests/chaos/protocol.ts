/** Messages between the chaos orchestrator and its device processes. */
export interface DeviceInit {
  type: 'init';
  name: string;
  baseUrl: string;
  email: string;
  password: string;
  partnerId: string;
  entries: number;
  /** Entries edited again while the sync runs (their first op may be in flight). */
  midSyncEdits: number;
  seed: number;
  dropRequest: number;
  dropResponse: number;
  batchSize: number;
}

export type ToDevice = DeviceInit | { type: 'go' } | { type: 'final' };

export interface Snapshot {
  [id: string]: { title: string; participantCount: number | null };
}

export interface DeviceStats {
  requests: number;
  droppedRequests: number;
  droppedResponses: number;
  refused: number;
  syncRuns: number;
  failedRuns: number;
}

export type FromDevice =
  | { type: 'ready' }
  | { type: 'push-start' }
  | { type: 'pushed'; expected: Snapshot; stats: DeviceStats }
  | { type: 'final'; local: Snapshot; localCount: number; outbox: number; stats: DeviceStats }
  | { type: 'error'; message: string };
