import { describe, expect, it } from 'vitest';
import { AGING_BUCKETS, agingReport, bucketDueRange } from '../../../lib/billing/aging';
import { addDays } from '../../../lib/calendar';
import { makeInvoice } from '../builders';

const TODAY = '2026-03-01';

describe('aging buckets as due-date filters', () => {
  it('give each bucket the due dates it holds', () => {
    const ranges = AGING_BUCKETS.map((b) => bucketDueRange(b, TODAY));
    expect(ranges).toEqual([
      { from: '2026-03-01' },
      { from: '2026-01-30', to: '2026-02-28' },
      { from: '2025-12-31', to: '2026-01-29' },
      { from: '2025-12-01', to: '2025-12-30' },
      { to: '2025-11-30' },
    ]);
  });

  it('select exactly the invoices the aging report puts in that bucket', () => {
    const invoices = Array.from({ length: 200 }, (_, i) => makeInvoice({ id: `i${i}`, dueDate: addDays(TODAY, 20 - i) }));
    const report = agingReport(invoices, TODAY);
    for (const [i, bucket] of AGING_BUCKETS.entries()) {
      const { from, to } = bucketDueRange(bucket, TODAY);
      const inRange = invoices.filter((inv) => (!from || inv.dueDate >= from) && (!to || inv.dueDate <= to));
      expect(inRange.length, bucket.id).toBe(report.buckets[i].count);
    }
  });
});
