import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followUpsAfterChange } from '@/lib/background/after-change';

describe('follow-ups after a data change', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for changes to be quiet, then runs each follow-up called for once, one after another', async () => {
    const order: string[] = [];
    let running = 0;
    const slow = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      order.push(`${name} start`);
      await new Promise((done) => setTimeout(done, 50));
      order.push(`${name} end`);
      running--;
    };
    const chase = { name: 'chase', tables: ['invoices', 'contacts'] as const, run: vi.fn(slow('chase')) };
    const checkIns = { name: 'check-ins', tables: ['agreements', 'contacts'] as const, run: vi.fn(slow('check-ins')) };
    const after = followUpsAfterChange([chase, checkIns], 1_000);

    after(['invoices']);
    await vi.advanceTimersByTimeAsync(600);
    after(['invoices']);
    await vi.advanceTimersByTimeAsync(600);
    after(['contacts']);
    expect(chase.run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_200);
    expect(chase.run).toHaveBeenCalledTimes(1);
    expect(checkIns.run).toHaveBeenCalledTimes(1);
    expect(order).toEqual(['chase start', 'chase end', 'check-ins start', 'check-ins end']);
  });

  it('runs nothing for a table no follow-up watches, and goes on after one fails', async () => {
    const failing = { name: 'failing', tables: ['invoices'] as const, run: vi.fn(async () => Promise.reject(new Error('disk full'))) };
    const next = { name: 'next', tables: ['invoices'] as const, run: vi.fn(async () => undefined) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const after = followUpsAfterChange([failing, next], 10);
    after(['lookups']);
    await vi.advanceTimersByTimeAsync(50);
    expect(failing.run).not.toHaveBeenCalled();
    after(['invoices']);
    await vi.advanceTimersByTimeAsync(50);
    expect(next.run).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
