import { describe, expect, it } from 'vitest';
import { totalPaid, withFullPayment, withPayment, withoutPayment } from '../../../lib/billing/payments';
import { makeInvoice } from '../builders';

describe('recording payments', () => {
  it('keeps a partly paid invoice sent, its payments in date order', () => {
    const first = withPayment(makeInvoice(), { date: '2026-02-20', amount: 300_00 });
    const next = withPayment(first, { date: '2026-02-10', amount: 200_00, note: 'bank transfer' });
    expect(next.status).toBe('sent');
    expect(next.payments.map((p) => p.date)).toEqual(['2026-02-10', '2026-02-20']);
    expect(totalPaid(next)).toBe(500_00);
  });

  it('marks a sent or disputed invoice paid when the last payment settles it', () => {
    expect(withPayment(makeInvoice(), { date: '2026-02-10', amount: 1_200_00 }).status).toBe('paid');
    expect(withPayment(makeInvoice({ status: 'disputed' }), { date: '2026-02-10', amount: 1_300_00 }).status).toBe('paid');
  });

  it('leaves drafts and written-off invoices to the user', () => {
    expect(withPayment(makeInvoice({ status: 'draft' }), { date: '2026-02-10', amount: 1_200_00 }).status).toBe('draft');
    expect(withPayment(makeInvoice({ status: 'written-off' }), { date: '2026-02-10', amount: 1_200_00 }).status).toBe('written-off');
  });

  it('puts a paid invoice back to sent when removing a payment reopens a balance', () => {
    const paid = withPayment(withPayment(makeInvoice(), { date: '2026-02-01', amount: 200_00 }), { date: '2026-02-05', amount: 1_000_00 });
    expect(paid.status).toBe('paid');
    const reopened = withoutPayment(paid, 1);
    expect(reopened.status).toBe('sent');
    expect(reopened.payments).toEqual([{ date: '2026-02-01', amount: 200_00 }]);
  });

  it('"paid in full" records what is left and marks the invoice paid', () => {
    const partly = withPayment(makeInvoice({ status: 'disputed' }), { date: '2026-02-01', amount: 200_00 });
    const paid = withFullPayment(partly, '2026-03-01');
    expect(paid.status).toBe('paid');
    expect(paid.payments.at(-1)).toEqual({ date: '2026-03-01', amount: 1_000_00 });
    // Nothing left to pay: no zero payment is recorded.
    expect(withFullPayment(paid, '2026-03-02').payments).toHaveLength(2);
  });
});
