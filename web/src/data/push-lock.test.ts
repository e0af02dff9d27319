import { describe, expect, it } from 'vitest';
import './test-support/fake-device.ts';
import { withSyncLock } from './push-lock.ts';

describe('sync lock without the Web Locks API (the IndexedDB lease)', () => {
  it('never lets two syncs of this device overlap', async () => {
    let running = 0;
    let most = 0;
    const work = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    };
    await Promise.all(Array.from({ length: 5 }, () => withSyncLock(work)));
    expect(most).toBe(1);
  });

  it('releases the lock when a sync fails', async () => {
    await expect(withSyncLock(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(withSyncLock(async () => 'next')).resolves.toBe('next');
  });
});
