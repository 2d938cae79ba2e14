import { describe, expect, it } from 'vitest';
import { serialised } from '../../../lib/background/serialised';

describe('serialised', () => {
  it('never overlaps runs; a burst of calls costs at most one more run, with the latest argument', async () => {
    const seen: number[] = [];
    let active = 0;
    const run = serialised(async (n: number) => {
      active++;
      expect(active).toBe(1);
      await new Promise((r) => setTimeout(r, 5));
      seen.push(n);
      active--;
      return n;
    });
    // Calls before the run starts join it; calls while it runs share one run after it.
    const burst = await Promise.all([run(1), run(2)]);
    expect(burst).toEqual([2, 2]);
    const first = run(3);
    await new Promise((r) => setTimeout(r, 1));
    const during = await Promise.all([first, run(4), run(5), run(6)]);
    expect(during).toEqual([3, 6, 6, 6]);
    expect(seen).toEqual([2, 3, 6]);
  });

  it('keeps going after a failed run', async () => {
    const run = serialised(async (n: number) => {
      if (n === 1) throw new Error('boom');
      return n;
    });
    await expect(run(1)).rejects.toThrow('boom');
    expect(await run(2)).toBe(2);
  });
});
