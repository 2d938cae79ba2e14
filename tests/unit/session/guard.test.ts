import { describe, expect, it } from 'vitest';
import { array, count, object, oneOf, optional, pair, string } from '@/lib/session/guard';

describe('session guards (lib/session/guard.ts)', () => {
  const line = object({ id: string(), on: string(/^\d{4}-\d{2}-\d{2}$/), days: count(), kind: optional(oneOf(['a', 'b'])) });

  it('keeps the declared keys of a valid value and drops the others unless loose', () => {
    expect(line.safeParse({ id: 'x', on: '2026-03-01', days: 2, extra: true })).toEqual({
      success: true,
      data: { id: 'x', on: '2026-03-01', days: 2 },
    });
    expect(object({ id: string() }, { loose: true }).safeParse({ id: 'x', extra: 1 })).toEqual({ success: true, data: { id: 'x', extra: 1 } });
  });

  it('names the first field that is not as expected', () => {
    const list = object({ total: count(), first: array(line), totals: array(pair(string(), count())) });
    const result = list.safeParse({ total: 1, first: [{ id: 'x', on: 'yesterday', days: 1 }], totals: [] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0].path).toEqual(['first', 0, 'on']);
    expect(count().safeParse(-1).success).toBe(false);
    expect(count().safeParse(1.5).success).toBe(false);
    expect(oneOf(['a', 'b']).safeParse('c').success).toBe(false);
    expect(pair(string(), count()).safeParse(['EUR']).success).toBe(false);
    expect(object({}).safeParse(null).success).toBe(false);
  });
});
