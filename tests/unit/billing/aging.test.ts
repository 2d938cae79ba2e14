import { describe, expect, it } from 'vitest';
import { agingReport, type AgingInvoice } from '../../../lib/billing/aging';
import { ledgerOf, overdueEntries, owedByCurrency } from '../../../lib/billing/open-ledger';
import { daysBetween } from '../../../lib/calendar';
import { addDays } from '../../../lib/calendar';
import { isOverdue } from '../../../lib/billing/overdue';
import { makeInvoice } from '../builders';

const TODAY = '2026-05-31';
const dueDaysAgo = (days: number) => addDays(TODAY, -days);

describe('agingReport', () => {
  it('puts each open invoice in its bucket by days late, at the bucket edges too', () => {
    const invoices = [
      makeInvoice({ id: 'a', dueDate: TODAY }), // due today: current
      makeInvoice({ id: 'b', dueDate: dueDaysAgo(-10) }), // due in 10 days: current
      makeInvoice({ id: 'c', dueDate: dueDaysAgo(1) }),
      makeInvoice({ id: 'd', dueDate: dueDaysAgo(30) }),
      makeInvoice({ id: 'e', dueDate: dueDaysAgo(31) }),
      makeInvoice({ id: 'f', dueDate: dueDaysAgo(60) }),
      makeInvoice({ id: 'g', dueDate: dueDaysAgo(61) }),
      makeInvoice({ id: 'h', dueDate: dueDaysAgo(90) }),
      makeInvoice({ id: 'i', dueDate: dueDaysAgo(91) }),
      makeInvoice({ id: 'j', dueDate: dueDaysAgo(400) }),
    ];
    const report = agingReport(invoices, TODAY);
    expect(report.buckets.map((b) => [b.bucket.id, b.count])).toEqual([
      ['current', 2],
      ['1-30', 2],
      ['31-60', 2],
      ['61-90', 2],
      ['90+', 2],
    ]);
  });

  it('totals balances per currency, after part payments, never mixing currencies', () => {
    const report = agingReport(
      [
        makeInvoice({ id: 'a', dueDate: dueDaysAgo(5), amount: 1_000_00, payments: [{ date: '2026-05-01', amount: 250_00 }] }),
        makeInvoice({ id: 'b', dueDate: dueDaysAgo(12), amount: 500_00, currency: 'USD' }),
        makeInvoice({ id: 'c', dueDate: dueDaysAgo(20), amount: 300_00 }),
      ],
      TODAY,
    );
    const band = report.buckets.find((b) => b.bucket.id === '1-30');
    expect(band?.totals).toEqual(new Map([['EUR', 1_050_00], ['USD', 500_00]]));
    expect(report.totals).toEqual(new Map([['EUR', 1_050_00], ['USD', 500_00]]));
  });

  it('counts sent and disputed invoices, skips drafts, paid, written-off and fully paid ones', () => {
    const report = agingReport(
      [
        makeInvoice({ id: 'sent', dueDate: dueDaysAgo(5) }),
        makeInvoice({ id: 'disputed', dueDate: dueDaysAgo(5), status: 'disputed' }),
        makeInvoice({ id: 'draft', dueDate: dueDaysAgo(5), status: 'draft' }),
        makeInvoice({ id: 'paid', dueDate: dueDaysAgo(5), status: 'paid' }),
        makeInvoice({ id: 'off', dueDate: dueDaysAgo(5), status: 'written-off' }),
        makeInvoice({ id: 'settled', dueDate: dueDaysAgo(5), payments: [{ date: '2026-05-20', amount: 1_200_00 }] }),
      ],
      TODAY,
    );
    expect(report.buckets.reduce((n, b) => n + b.count, 0)).toBe(2);
  });

  it('sums per client, with the overdue part and the worst delay', () => {
    const report = agingReport(
      [
        makeInvoice({ id: 'a', clientId: 'acme', dueDate: dueDaysAgo(45), amount: 800_00 }),
        makeInvoice({ id: 'b', clientId: 'acme', dueDate: dueDaysAgo(-5), amount: 200_00 }),
        makeInvoice({ id: 'c', clientId: 'globex', dueDate: dueDaysAgo(3), amount: 100_00, currency: 'GBP' }),
      ],
      TODAY,
    );
    expect(report.byClient.get('acme')).toEqual({
      clientId: 'acme',
      count: 2,
      totals: new Map([['EUR', 1_000_00]]),
      overdueTotals: new Map([['EUR', 800_00]]),
      maxDaysLate: 45,
    });
    expect(report.byClient.get('globex')?.overdueTotals).toEqual(new Map([['GBP', 100_00]]));
  });

  it('handles 50,000 invoices in one pass in a few milliseconds', () => {
    const invoices: AgingInvoice[] = [];
    for (let i = 0; i < 50_000; i++) {
      invoices.push({
        clientId: `client-${i % 499}`,
        status: i % 10 === 0 ? 'paid' : 'sent',
        dueDate: addDays('2025-01-01', i % 600),
        amount: 1_000 + (i % 97) * 100,
        payments: i % 7 === 0 ? [{ date: '2025-01-01', amount: 500 }] : [],
        currency: i % 3 === 0 ? 'USD' : 'EUR',
      });
    }
    // CPU time, best of five: the first call pays for compilation, and wall time would count other processes
    // sharing the machine.
    let elapsed = Number.POSITIVE_INFINITY;
    let report = agingReport(invoices, TODAY);
    for (let run = 0; run < 5; run++) {
      const started = process.cpuUsage();
      report = agingReport(invoices, TODAY);
      const used = process.cpuUsage(started);
      elapsed = Math.min(elapsed, (used.user + used.system) / 1000);
    }
    expect(report.buckets.reduce((n, b) => n + b.count, 0)).toBe(45_000);
    expect(report.byClient.size).toBe(499);
    // A few ms on a laptop; the bound leaves room for a slow CI machine, not for a quadratic algorithm.
    expect(elapsed).toBeLessThan(100);
  });
});

/** The overdue list as the badge and the popup read it: the ledger's overdue entries, with their days late. */
const overdueSummary = (invoices: Parameters<typeof ledgerOf>[0], today: string) => {
  const overdue = overdueEntries(ledgerOf(invoices), today);
  return {
    count: overdue.length,
    totals: owedByCurrency(overdue),
    invoices: overdue.map((entry) => ({ invoice: { id: entry.id, number: entry.number }, daysLate: daysBetween(entry.dueDate, today), balance: entry.owed })),
  };
};

describe('overdue list (the ledger the badge counts)', () => {
  const invoices = [
    makeInvoice({ id: 'a', number: '2026-003', dueDate: dueDaysAgo(3), amount: 100_00 }),
    makeInvoice({ id: 'b', number: '2026-001', dueDate: dueDaysAgo(40), amount: 200_00, payments: [{ date: '2026-05-01', amount: 50_00 }] }),
    makeInvoice({ id: 'c', number: '2026-002', dueDate: dueDaysAgo(3), amount: 300_00, currency: 'USD' }),
    makeInvoice({ id: 'd', number: '2026-004', dueDate: TODAY, amount: 999_00 }), // due today: not overdue yet
    makeInvoice({ id: 'e', number: '2026-005', dueDate: dueDaysAgo(90), status: 'disputed' }),
    makeInvoice({ id: 'f', number: '2026-006', dueDate: dueDaysAgo(9), status: 'paid' }),
  ];

  it('counts, totals per currency and lists the most late first, same-day ones by id', () => {
    const summary = overdueSummary(invoices, TODAY);
    expect(summary.count).toBe(3);
    expect(summary.totals).toEqual(new Map([['EUR', 250_00], ['USD', 300_00]]));
    expect(summary.invoices.map((e) => [e.invoice.number, e.daysLate, e.balance])).toEqual([
      ['2026-001', 40, 150_00],
      ['2026-003', 3, 100_00],
      ['2026-002', 3, 300_00],
    ]);
  });

  it('agrees with isOverdue on every invoice', () => {
    const listed = new Set(overdueSummary(invoices, TODAY).invoices.map((e) => e.invoice.id));
    for (const invoice of invoices) expect(listed.has(invoice.id), invoice.id).toBe(isOverdue(invoice, TODAY));
  });
});
