import { describe, expect, it } from 'vitest';
import { dueSoonEntries, ledgerOf, openEntryOf, overdueEntries, owedByCurrency, patchLedger } from '@/lib/billing/open-ledger';
import { isDueSoon, isOverdue, totalsByCurrency } from '@/lib/billing/overdue';
import type { Invoice } from '@/lib/model';

const invoice = (id: string, dueDate: string, overrides: Partial<Invoice> = {}): Invoice => ({
  id,
  clientId: 'c1',
  number: `F-${id}`,
  issueDate: '2026-01-01',
  dueDate,
  amount: 100_00,
  taxAmount: 0,
  currency: 'EUR',
  status: 'sent',
  payments: [],
  chase: { stepsDone: [] },
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...overrides,
});

const TODAY = '2026-03-15';

describe('the ledger of open invoices', () => {
  const invoices = [
    invoice('a', '2026-03-14'),
    invoice('b', '2026-02-01', { currency: 'USD', payments: [{ date: '2026-02-10', amount: 40_00 }] }),
    invoice('c', '2026-03-15'),
    invoice('d', '2026-03-20'),
    invoice('e', '2026-03-01', { status: 'paid', payments: [{ date: '2026-03-01', amount: 100_00 }] }),
    invoice('f', '2026-03-01', { status: 'disputed' }),
    invoice('g', '2026-03-01', { status: 'draft' }),
    invoice('h', '2026-03-01', { payments: [{ date: '2026-03-02', amount: 120_00 }] }),
  ];

  it('holds the sent invoices with something left to pay, most late first', () => {
    const ledger = ledgerOf(invoices);
    expect(ledger.map((e) => e.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(ledger[0]).toEqual({ id: 'b', clientId: 'c1', number: 'F-b', dueDate: '2026-02-01', currency: 'USD', owed: 60_00 });
  });

  it('counts overdue and due soon exactly as the invoice rules do, and totals per currency', () => {
    const ledger = ledgerOf(invoices);
    expect(overdueEntries(ledger, TODAY).map((e) => e.id)).toEqual(invoices.filter((i) => isOverdue(i, TODAY)).map((i) => i.id).sort().reverse());
    expect(dueSoonEntries(ledger, TODAY, 7).map((e) => e.id)).toEqual(invoices.filter((i) => isDueSoon(i, TODAY, 7)).map((i) => i.id));
    const overdue = invoices.filter((i) => isOverdue(i, TODAY));
    expect([...owedByCurrency(overdueEntries(ledger, TODAY))]).toEqual([...totalsByCurrency(overdue)].reverse());
  });

  it('is patched invoice by invoice: paid leaves it, sent joins it in due-date order, deleted leaves it', () => {
    let ledger = ledgerOf(invoices);
    ledger = patchLedger(ledger, new Map([['a', invoice('a', '2026-03-14', { status: 'paid', payments: [{ date: '2026-03-15', amount: 100_00 }] })]]));
    expect(ledger.map((e) => e.id)).toEqual(['b', 'c', 'd']);
    ledger = patchLedger(ledger, new Map([['g', invoice('g', '2026-03-01', { status: 'sent' })]]));
    expect(ledger.map((e) => e.id)).toEqual(['b', 'g', 'c', 'd']);
    ledger = patchLedger(ledger, new Map([['c', undefined]]));
    expect(ledger.map((e) => e.id)).toEqual(['b', 'g', 'd']);
    // A payment changes what is owed, in place.
    ledger = patchLedger(ledger, new Map([['d', invoice('d', '2026-03-20', { payments: [{ date: '2026-03-16', amount: 30_00 }] })]]));
    expect(ledger.find((e) => e.id === 'd')?.owed).toBe(70_00);
    expect(ledger).toEqual(ledgerOf([...invoices.filter((i) => !['a', 'c', 'd', 'g'].includes(i.id)), invoice('g', '2026-03-01'), invoice('d', '2026-03-20', { payments: [{ date: '2026-03-16', amount: 30_00 }] })]));
  });

  it('leaves out what is not owed', () => {
    expect(openEntryOf(invoice('x', '2026-03-01', { amount: 0 }))).toBeNull();
  });
});
