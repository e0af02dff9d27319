import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncRunOutcome } from './activity-sync.ts';
import { backoffDelay, createSyncScheduler, EDIT_DEBOUNCE_MS } from './sync-scheduler.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('sync scheduler', () => {
  it('backs off exponentially with jitter, capped at five minutes', () => {
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(1, () => 1)).toBe(2000);
    expect(backoffDelay(4, () => 0)).toBe(8000);
    expect(backoffDelay(4, () => 1)).toBe(16000);
    expect(backoffDelay(30, () => 1)).toBe(300_000);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(3)));
    expect(spread.size).toBeGreaterThan(10); // devices that failed together do not retry together
  });

  it('debounces saves into one run and runs other triggers at once', async () => {
    const run = vi.fn(async (): Promise<SyncRunOutcome> => ({ ok: true }));
    const scheduler = createSyncScheduler(run);
    scheduler.request('edit');
    await vi.advanceTimersByTimeAsync(EDIT_DEBOUNCE_MS - 100);
    scheduler.request('edit');
    await vi.advanceTimersByTimeAsync(EDIT_DEBOUNCE_MS - 100);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.request('online');
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('retries after a failure with growing delays, and not at all when signed out', async () => {
    const outcomes: SyncRunOutcome[] = [
      { ok: false, reason: 'offline' },
      { ok: false, reason: 'offline' },
      { ok: true },
    ];
    const run = vi.fn(async () => outcomes.shift() ?? { ok: true as const });
    const scheduler = createSyncScheduler(run, () => 0);
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(scheduler.failures).toBe(0);

    const signedOut = vi.fn(async (): Promise<SyncRunOutcome> => ({ ok: false, reason: 'signed-out' }));
    const idle = createSyncScheduler(signedOut);
    idle.request('start');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(signedOut).toHaveBeenCalledTimes(1);
  });

  it('runs once more after a run during which another trigger came', async () => {
    let release!: () => void;
    const run = vi.fn(
      () => new Promise<SyncRunOutcome>((resolve) => (release = () => resolve({ ok: true }))),
    );
    const scheduler = createSyncScheduler(run);
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(0);
    scheduler.request('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
