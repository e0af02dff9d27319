import type { SyncRunOutcome } from './activity-sync.ts';
import { setActivityStatus } from './activity-status.ts';

export type SyncReason = 'start' | 'edit' | 'online' | 'visible' | 'retry' | 'manual';

/** Saves within this time go out together in one push. */
export const EDIT_DEBOUNCE_MS = 1500;
const BASE_RETRY_MS = 2000;
const MAX_RETRY_MS = 5 * 60_000;

/** Exponential backoff with jitter: half the capped delay fixed, the other half random. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(MAX_RETRY_MS, BASE_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/**
 * Decides when a sync runs: edits are debounced, other triggers run at once, failures retry with
 * backoff, and a trigger during a run leads to one more run right after it.
 */
export function createSyncScheduler(run: () => Promise<SyncRunOutcome>, random: () => number = Math.random) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let failures = 0;

  function schedule(delay: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void execute();
    }, delay);
  }

  async function execute() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    let outcome: SyncRunOutcome;
    try {
      outcome = await run();
    } catch {
      outcome = { ok: false, reason: 'server' };
    }
    running = false;
    if (outcome.ok) {
      failures = 0;
      setActivityStatus({ nextRetryAt: null });
    } else if (outcome.reason !== 'signed-out' && outcome.reason !== 'unauthorised' && outcome.reason !== 'forbidden') {
      failures += 1;
      const delay = backoffDelay(failures, random);
      setActivityStatus({ nextRetryAt: Date.now() + delay });
      if (!again) schedule(delay);
    }
    if (again) {
      again = false;
      schedule(0);
    }
  }

  return {
    request(reason: SyncReason) {
      if (reason === 'edit') schedule(EDIT_DEBOUNCE_MS);
      else if (reason === 'retry') schedule(backoffDelay(failures, random));
      else {
        failures = 0;
        schedule(0);
      }
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
    get failures() {
      return failures;
    },
  };
}
