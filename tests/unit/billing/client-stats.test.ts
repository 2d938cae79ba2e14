import { describe, expect, it } from 'vitest';
import { NO_CLIENT_STATS, clearedOn, clientStats, revenueComparator } from '../../../lib/billing/client-stats';
import { makeInvoice } from '../builders';

const TODAY = '2026-03-15';

describe('clientStats', () => {
  it('adds partial payments, currency by currency, never across currencies', () => {
    const stats = clientStats(
      [
        makeInvoice({ id: 'a', amount: 1_000_00, payments: [{ date: '2026-01-20', amount: 300_00 }, { date: '2026-01-25', amount: 200_00 }] }),
        makeInvoice({ id: 'b', amount: 500_00, currency: 'USD', payments: [{ date: '2026-01-30', amount: 500_00 }], status: 'paid' }),
        makeInvoice({ id: 'c', amount: 400_00, payments: [{ date: '2026-02-01', amount: 400_00 }], status: 'paid' }),
        makeInvoice({ id: 'd', amount: 90_00, currency: 'GBP', status: 'sent', dueDate: '2026-04-01' }),
      ],
      [],
      TODAY,
    ).get('client-1');
    expect(stats?.revenue).toEqual([
      ['EUR', 900_00],
      ['USD', 500_00],
    ]);
    expect(stats?.invoiceCount).toBe(4);
  });

  it('leaves drafts and written-off invoices out of revenue', () => {
    const stats = clientStats(
      [
        makeInvoice({ id: 'a', status: 'draft', payments: [{ date: '2026-01-20', amount: 100_00 }] }),
        makeInvoice({ id: 'b', status: 'written-off', payments: [{ date: '2026-01-20', amount: 200_00 }] }),
        makeInvoice({ id: 'c', status: 'disputed', payments: [{ date: '2026-01-20', amount: 50_00 }] }),
      ],
      [],
      TODAY,
    ).get('client-1');
    expect(stats?.revenue).toEqual([['EUR', 50_00]]);
  });

  it('counts as late a payment that clears the balance after the due date, and an unpaid overdue invoice', () => {
    const stats = clientStats(
      [
        // First instalment on time, the one that clears it after 2026-02-09.
        makeInvoice({ id: 'late', status: 'paid', payments: [{ date: '2026-02-01', amount: 600_00 }, { date: '2026-02-20', amount: 600_00 }] }),
        makeInvoice({ id: 'on-time', status: 'paid', payments: [{ date: '2026-02-09', amount: 1_200_00 }] }),
        makeInvoice({ id: 'overdue', status: 'sent', dueDate: '2026-03-01' }),
        makeInvoice({ id: 'not-yet', status: 'sent', dueDate: '2026-03-20' }),
        makeInvoice({ id: 'draft', status: 'draft', dueDate: '2026-01-01' }),
      ],
      [],
      TODAY,
    ).get('client-1');
    expect(stats?.latePayments).toBe(2);
  });

  it('averages days from issue to the clearing payment over paid invoices, rounded to whole days', () => {
    const stats = clientStats(
      [
        // Issued 2026-01-10: cleared after 20 days (partial payment first) and after 25 days.
        makeInvoice({ id: 'a', status: 'paid', payments: [{ date: '2026-01-15', amount: 200_00 }, { date: '2026-01-30', amount: 1_000_00 }] }),
        makeInvoice({ id: 'b', status: 'paid', payments: [{ date: '2026-02-04', amount: 1_200_00 }] }),
        // Not paid yet: no say in the average.
        makeInvoice({ id: 'c', status: 'sent', payments: [{ date: '2026-01-12', amount: 100_00 }] }),
      ],
      [],
      TODAY,
    ).get('client-1');
    expect(stats?.averageDaysToPay).toBe(23); // 22.5 rounds up
  });

  it('has no average when nothing is paid', () => {
    const stats = clientStats([makeInvoice({ status: 'sent', dueDate: '2026-04-01' })], [], TODAY).get('client-1');
    expect(stats?.averageDaysToPay).toBeUndefined();
    expect(stats?.latePayments).toBe(0);
  });

  it('calls a client repeat after invoices in two distinct months, or two agreements', () => {
    const stats = clientStats(
      [
        makeInvoice({ id: 'a', clientId: 'two-months', issueDate: '2026-01-10' }),
        makeInvoice({ id: 'b', clientId: 'two-months', issueDate: '2026-02-10' }),
        makeInvoice({ id: 'c', clientId: 'same-month', issueDate: '2026-01-10' }),
        makeInvoice({ id: 'd', clientId: 'same-month', issueDate: '2026-01-28' }),
        makeInvoice({ id: 'e', clientId: 'draft-later', issueDate: '2026-01-10' }),
        makeInvoice({ id: 'f', clientId: 'draft-later', issueDate: '2026-02-10', status: 'draft' }),
      ],
      [{ clientId: 'agreements' }, { clientId: 'agreements' }, { clientId: 'same-month' }],
      TODAY,
    );
    expect(stats.get('two-months')?.repeat).toBe(true);
    expect(stats.get('same-month')?.repeat).toBe(false);
    expect(stats.get('draft-later')?.repeat).toBe(false);
    expect(stats.get('agreements')).toEqual({ ...NO_CLIENT_STATS, repeat: true });
  });

  it('finds the payment that clears the balance whatever order payments were recorded in', () => {
    expect(clearedOn({ amount: 100, payments: [{ date: '2026-02-10', amount: 60 }, { date: '2026-02-01', amount: 40 }] })).toBe('2026-02-10');
    expect(clearedOn({ amount: 100, payments: [{ date: '2026-02-01', amount: 40 }] })).toBeUndefined();
  });
});

describe('revenueComparator', () => {
  it('compares the currency most clients paid in first, then the next', () => {
    const a: [string, number][] = [['EUR', 500_00]];
    const b: [string, number][] = [['EUR', 500_00], ['USD', 10_00]];
    const c: [string, number][] = [['EUR', 900_00]];
    const d: [string, number][] = [['USD', 5_000_00]];
    const sorted = [a, b, c, d].sort(revenueComparator([a, b, c, d]));
    expect(sorted).toEqual([c, b, a, d]);
  });
});
