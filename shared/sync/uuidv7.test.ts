import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Time } from './uuidv7.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('has the version 7 layout and encodes its creation time', () => {
    const id = uuidv7(1_767_225_600_000);
    expect(id).toMatch(UUID_V7);
    expect(uuidv7Time(id)).toBe(1_767_225_600_000);
  });
  it('increases strictly, also for many ids within one millisecond and when the clock steps back', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => uuidv7(2_000_000_000_000 - (i % 3)));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });
});
