import { describe, expect, it } from 'vitest';
import { checkInsDue } from '../../../lib/billing/check-in';

const clients = [
  { id: 'a', displayName: 'Atelier Lumière' },
  { id: 'b', displayName: 'Brume SAS' },
];
const paid = (clientId: string, date: string) => ({ clientId, status: 'paid' as const, amount: 10_000, payments: [{ date, amount: 10_000 }] });

describe('checkInsDue', () => {
  it('asks for a check-in 14 days after the last invoice was paid in full', () => {
    const data = { clients, agreements: [], invoices: [paid('a', '2026-03-01')], contacts: [] };
    expect(checkInsDue(data, '2026-03-14')).toEqual([]);
    expect(checkInsDue(data, '2026-03-15')).toEqual([
      { clientId: 'a', clientName: 'Atelier Lumière', after: 'payment', eventOn: '2026-03-01', dueOn: '2026-03-15' },
    ]);
  });

  it('lapses a month after it fell due: an old client is not a check-in for today', () => {
    const data = { clients, agreements: [], invoices: [paid('a', '2026-03-01')], contacts: [] };
    expect(checkInsDue(data, '2026-04-14').map((c) => c.clientId)).toEqual(['a']);
    expect(checkInsDue(data, '2026-04-15')).toEqual([]);
  });

  it('follows the latest of a delivery (its acceptance date) and a payment, with the days set', () => {
    const data = {
      clients,
      agreements: [{ clientId: 'b', deliveries: [{ on: '2026-03-02', what: 'Logo', acceptedOn: '2026-03-05' }] }],
      invoices: [paid('b', '2026-03-03')],
      contacts: [],
    };
    expect(checkInsDue(data, '2026-03-12', 7)).toEqual([
      { clientId: 'b', clientName: 'Brume SAS', after: 'delivery', eventOn: '2026-03-05', dueOn: '2026-03-12' },
    ]);
  });

  it('is done once a contact is logged on or after the event, and asks again after the next one', () => {
    const contacted = { clients, agreements: [], invoices: [paid('a', '2026-03-01')], contacts: [{ clientId: 'a', on: '2026-03-01' }] };
    expect(checkInsDue(contacted, '2026-04-01')).toEqual([]);
    const again = { ...contacted, invoices: [...contacted.invoices, paid('a', '2026-04-01')] };
    expect(checkInsDue(again, '2026-04-20').map((c) => c.eventOn)).toEqual(['2026-04-01']);
  });

  it('ignores invoices not paid in full, and clients with nothing delivered or paid', () => {
    const partly = { clientId: 'a', status: 'sent' as const, amount: 10_000, payments: [{ date: '2026-03-01', amount: 5_000 }] };
    expect(checkInsDue({ clients, agreements: [], invoices: [partly], contacts: [] }, '2026-06-01')).toEqual([]);
  });
});
