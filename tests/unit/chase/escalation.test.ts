import { describe, expect, it } from 'vitest';
import { escalationChecklist } from '../../../lib/chase/escalation';
import { makeAgreement, makeInvoice } from '../builders';
import { makeClient, worked } from './helpers';

const byId = (items: ReturnType<typeof escalationChecklist>) => Object.fromEntries(items.map((i) => [i.id, i]));

describe('escalation checklist', () => {
  it('France, to court: formal notice, signed agreement, limitation, small-claims procedure and the Cerfa forms', () => {
    const notified = worked({
      invoice: { ...worked().invoice, chase: { stepsDone: [{ step: 'formal-notice', doneOn: '2026-03-02', channel: 'registered-letter' }] } },
    });
    const items = byId(escalationChecklist(notified, 'court', '2026-03-31'));
    expect(items['formal-notice']).toMatchObject({ state: 'ok', params: [{ date: '2026-03-02' }] });
    expect(items.agreement).toMatchObject({ state: 'ok', params: [{ date: '2026-01-07' }] });
    expect(items.limitation).toMatchObject({ state: 'ok', params: [{ date: '2031-01-31' }, 5], source: { ref: 'Code de commerce L110-4' } });
    // EUR 3,111.57 claimed: within the EUR 5,000 of the simplified procedure.
    expect(items['fr-simplified-recovery']).toMatchObject({
      state: 'ok',
      detail: { key: 'chase_escalation_within_limit', params: [{ money: { amount: 5_000_00, currency: 'EUR' } }] },
    });
    expect(items['fr-injonction-de-payer'].forms?.join(' ')).toMatch(/12948.*12946/);
    expect(items['collection-agency']).toBeUndefined();
  });

  it('France, to court against a private person: the civil court form only, never the commercial court', () => {
    const consumer = worked({ client: makeClient({ kind: 'individual', legalName: undefined }) });
    expect(consumer.debtor).toBe('consumer');
    const items = byId(escalationChecklist(consumer, 'court', '2026-03-31'));
    expect(items['fr-injonction-de-payer'].forms).toEqual(['Cerfa 12948 (civil court)']);
  });

  it('flags what is missing: no formal notice, no signed agreement, a claim above EUR 5,000', () => {
    const big = worked({ invoice: makeInvoice({ amount: 9_000_00, dueDate: '2026-01-31' }), agreement: makeAgreement({ signedByClientOn: undefined }) });
    const items = byId(escalationChecklist(big, 'court', '2026-03-31'));
    expect(items['formal-notice'].state).toBe('todo');
    expect(items.agreement.state).toBe('warning');
    expect(items['fr-simplified-recovery']).toMatchObject({ state: 'info', detail: { key: 'chase_escalation_above_limit' } });
  });

  it('to an agency: the agency, its fee in writing, and in France who bears its costs', () => {
    const items = escalationChecklist(worked(), 'agency', '2026-03-31').map((i) => i.id);
    expect(items).toEqual(['formal-notice', 'agreement', 'limitation', 'collection-agency', 'agency-terms', 'agency-costs', 'case-file']);
  });

  it('warns when the claim is about to run out, and where the table has no period', () => {
    const old = worked({ client: makeClient({ kind: 'individual' }) }, '2027-12-01');
    expect(byId(escalationChecklist(old, 'court', '2027-12-01')).limitation).toMatchObject({ state: 'warning', labelKey: 'chase_escalation_limitation' });
    expect(byId(escalationChecklist(old, 'court', '2028-03-01')).limitation).toMatchObject({ labelKey: 'chase_escalation_limitation_expired' });
    const eu = worked({ agreement: makeAgreement({ jurisdiction: 'EU' }) });
    expect(byId(escalationChecklist(eu, 'court', '2026-03-31')).limitation).toMatchObject({ state: 'info', labelKey: 'chase_escalation_limitation_unknown' });
  });
});
