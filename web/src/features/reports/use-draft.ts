import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDraft } from '../../../../shared/reports/index.ts';
import {
  editReportDraft,
  pushReportDraft,
  type ReportPushOutcome,
  type ReportWorkspace,
} from '../../data/index.ts';

const PUSH_DELAY_MS = 1500;

/**
 * The draft being edited. Every change is written to IndexedDB at once (in order) and sent to the
 * server shortly after typing pauses; the editor keeps its own state so typing never waits for
 * storage. The stored draft is taken over on opening, and later only while nothing was typed here.
 */
export function useDraftEditing(partnerId: string, year: number, workspace: ReportWorkspace | undefined) {
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [pushing, setPushing] = useState(false);
  const [lastPush, setLastPush] = useState<ReportPushOutcome | null>(null);
  const [quotaError, setQuotaError] = useState(false);
  const key = `${partnerId}/${year}`;
  const adoptedFor = useRef<string | null>(null);
  const edited = useRef(false);
  // Writes are coalesced: while one is under way only the newest draft waits, so a burst of typing
  // costs two writes, not one per key, and the stored draft is never more than one write behind.
  const latest = useRef<ReportDraft | null>(null);
  const writing = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const incoming = workspace?.local?.draft ?? workspace?.view?.draft ?? null;
  const incomingClean = !workspace?.local?.dirty;
  useEffect(() => {
    if (!incoming) return;
    if (adoptedFor.current !== key) {
      adoptedFor.current = key;
      edited.current = false;
      setDraft(incoming);
    } else if (!edited.current && incomingClean) {
      setDraft((current) => (JSON.stringify(current) === JSON.stringify(incoming) ? current : incoming));
    }
  }, [incoming, incomingClean, key]);

  const store = useCallback(
    (next: ReportDraft) => {
      latest.current = next;
      writing.current ??= (async () => {
        while (latest.current) {
          const value = latest.current;
          latest.current = null;
          try {
            await editReportDraft(partnerId, year, value);
            setQuotaError(false);
          } catch {
            setQuotaError(true);
          }
        }
        writing.current = null;
      })();
    },
    [partnerId, year],
  );

  const push = useCallback(async () => {
    await writing.current;
    setPushing(true);
    const outcome = await pushReportDraft(partnerId, year);
    setPushing(false);
    setLastPush(outcome);
  }, [partnerId, year]);

  const update = useCallback(
    (next: ReportDraft) => {
      edited.current = true;
      setDraft(next);
      store(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void push(), PUSH_DELAY_MS);
    },
    [store, push],
  );

  /** Takes a draft from elsewhere (the other device's version after a conflict). */
  const adopt = useCallback((next: ReportDraft) => {
    edited.current = false;
    setDraft(next);
  }, []);

  // Leaving the screen sends what is pending instead of waiting for the timer.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void push();
      }
    },
    [push],
  );

  return { draft, update, adopt, pushing, lastPush, quotaError, pushNow: push };
}
