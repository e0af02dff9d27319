import { describe, expect, it } from 'vitest';
import { runChaos } from '../chaos/run-chaos.ts';

// The full size (3 × 500 entries) runs in `npm run bench` (tests/bench/activities.ts).
describe('activity sync under chaos', () => {
  it('loses and duplicates nothing: 3 devices, offline edits, dropped requests and answers, a server killed mid-push', async () => {
    const report = await runChaos({
      devices: 3,
      entriesPerDevice: 40,
      midSyncEdits: 10,
      dropRequest: 0.1,
      dropResponse: 0.15,
      batchSize: 8,
      killAfterPushes: 6,
      log: (line) => console.log(line),
    });
    expect(report.killedMidPush).toBe(true);
    expect(report.lost).toEqual([]);
    expect(report.wrongContent).toEqual([]);
    expect(report.duplicated).toBe(0);
    expect(report.onServer).toBe(120);
    expect(report.devicesInStep).toBe(true);
  }, 240_000);
});
