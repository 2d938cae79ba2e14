import { describe, expect, it } from 'vitest';
import type { Lookup } from '../../../lib/model/client';
import type { ClientSnapshot } from '../../../lib/model/snapshot';
import { assessClient, riskConfigFrom } from '../../../lib/vetting/assess';
import { defaultRiskConfig } from '../../../lib/vetting/risk/config';
import { frenchCompany, makeClient, makeSnapshot } from '../builders';

const settings = { searchEngine: 'duckduckgo' as const };
const today = '2026-03-02';

const upworkJob = (paymentVerified: boolean, description = ''): ClientSnapshot =>
  makeSnapshot({
    capturedAt: '2026-03-01T09:00:00.000Z',
    signals: { paymentVerified },
    redFlags: description ? [{ kind: 'off-platform', quote: description }] : [],
    fieldSources: { 'signals.paymentVerified': 'About the client › payment' },
  });

describe('assessClient', () => {
  it('fills the checklist from the data, item by item, with the evidence', () => {
    const vetting = assessClient({ client: frenchCompany(), settings, today });
    const state = Object.fromEntries(vetting.rows.map((row) => [row.item.id, row.state]));
    expect(state['phone-obtained']).toBe('done');
    expect(state['company-number-valid']).toBe('done');
    expect(state['vat-number-valid']).toBe('done');
    expect(state['registry-found']).toBe('todo');
    expect(state['terms-signed']).toBe('todo');
    expect(vetting.rows.find((row) => row.item.id === 'phone-obtained')?.automatic[0].evidenceParams).toEqual(['+33612345678']);
    // FR registries help text for a French client.
    expect(vetting.rows.find((row) => row.item.id === 'registry-found')?.hintKey).toBe('check_registryFound_hintFR');
  });

  it('lets what the user recorded win over the data, the latest record first', () => {
    const vetting = assessClient({
      client: frenchCompany(),
      recorded: [
        { item: 'phone-valid', state: 'done', checkedAt: '2026-03-01T10:00:00.000Z' },
        { item: 'phone-valid', state: 'failed', evidence: 'Nobody answers', checkedAt: '2026-03-02T10:00:00.000Z' },
        { item: 'terms-signed', state: 'not-applicable', checkedAt: '2026-03-01T10:00:00.000Z' },
      ],
      settings,
      today,
    });
    const row = vetting.rows.find((r) => r.item.id === 'phone-valid')!;
    expect(row.state).toBe('failed');
    expect(row.recorded?.evidence).toBe('Nobody answers');
    const withoutTerms = assessClient({ client: frenchCompany(), settings, today }).progress.total;
    expect(vetting.progress.total).toBe(withoutTerms - 1);
    expect(vetting.progress.failed).toBe(1);
  });

  it('does not count an optional item nothing was found for', () => {
    const vetting = assessClient({ client: makeClient(), settings, today });
    expect(vetting.rows.map((row) => row.item.id)).toContain('bank-details-valid');
    const bare = vetting.progress.total;
    const withIban = assessClient({ client: makeClient({ identifiers: { other: 'IBAN FR7630006000011234567890189' } }), settings, today });
    expect(withIban.progress.total).toBe(bare + 1);
  });

  it('judges the risk with the page the client is on: a hard red flag makes it high', () => {
    const calm = assessClient({ client: frenchCompany(), snapshot: upworkJob(true), settings, today });
    const off = assessClient({ client: frenchCompany(), snapshot: upworkJob(true, 'Contact me on Telegram.'), settings, today });
    expect(calm.risk.level).not.toBe('high');
    expect(off.risk.level).toBe('high');
    expect(off.risk.reasons[0]).toMatchObject({ id: 'off-platform-contact', hard: true });
    expect(off.risk.reasons[0].evidence[0].quote).toBe('Contact me on Telegram.');
  });

  it('pairs each planned look-up with the last time it was opened, and lets the outcome fill the checklist', () => {
    const client = frenchCompany();
    const first = assessClient({ client, settings, today });
    const pappers = first.lookups.find((l) => l.plan.provider === 'pappers')!;
    expect(pappers.opened).toBeUndefined();
    const opened = (openedAt: string, outcome?: Lookup['outcome']): Lookup => ({
      id: openedAt,
      clientId: client.id,
      provider: 'pappers',
      query: pappers.plan.query,
      url: pappers.plan.url,
      openedAt,
      ...(outcome ? { outcome } : {}),
    });
    const later = assessClient({
      client,
      lookups: [opened('2026-03-01T09:00:00.000Z'), opened('2026-03-02T09:00:00.000Z', 'confirmed')],
      settings,
      today,
    });
    expect(later.lookups.find((l) => l.plan.provider === 'pappers')?.opened?.outcome).toBe('confirmed');
    expect(later.rows.find((row) => row.item.id === 'registry-found')?.state).toBe('done');
    expect(later.risk.goodSignals.map((r) => r.id)).toContain('registry-confirmed');
  });

  it('lists what the client has not given yet', () => {
    const vetting = assessClient({ client: makeClient({ address: { country: 'FR' } }), settings, today });
    expect(vetting.missing.map((m) => m.id)).toEqual(expect.arrayContaining(['phone', 'legal-name-address', 'company-number', 'signed-terms']));
  });
});

describe('riskConfigFrom', () => {
  it('lays the user’s thresholds and weights over the defaults and ignores reasons it does not know', () => {
    const config = riskConfigFrom({ thresholds: { medium: 10, high: 30 }, weights: { 'no-spend': 0, 'gone-reason': 99 } });
    expect(config.thresholds).toEqual({ medium: 10, high: 30 });
    expect(config.weights['no-spend']).toBe(0);
    expect(config.weights['payment-not-verified']).toBe(defaultRiskConfig.weights['payment-not-verified']);
    expect('gone-reason' in config.weights).toBe(false);
  });

  it('keeps the default thresholds when the pair is inverted', () => {
    expect(riskConfigFrom({ thresholds: { medium: 50, high: 10 } }).thresholds).toEqual(defaultRiskConfig.thresholds);
  });

  it('is the default config with no overrides', () => {
    expect(riskConfigFrom(undefined)).toBe(defaultRiskConfig);
  });
});

describe('what the user found by hand', () => {
  it('is a reason for caution, with their note, unless the data already failed the item', () => {
    const failedPhone = { item: 'phone-valid', state: 'failed' as const, evidence: 'Nobody answers', checkedAt: '2026-03-02T10:00:00.000Z' };
    const vetting = assessClient({ client: frenchCompany(), recorded: [failedPhone], settings, today });
    const reason = vetting.risk.reasons.find((r) => r.id === 'checklist-failed');
    expect(reason?.messageParams).toEqual(['Phone number valid for its country']);
    expect(reason?.evidence[0]).toMatchObject({ source: 'your-check', quote: 'Nobody answers' });
    // An invalid number already fails the item: the user's word adds no second reason.
    const invalid = assessClient({ client: frenchCompany({ phones: ['+33 6 12 34'] }), recorded: [failedPhone], settings, today });
    expect(invalid.risk.reasons.map((r) => r.id)).not.toContain('checklist-failed');
  });

  it('weighs each failed item, up to the configured cap', () => {
    const at = '2026-03-02T10:00:00.000Z';
    const one = assessClient({ client: frenchCompany(), recorded: [{ item: 'legal-name', state: 'failed', checkedAt: at }], settings, today });
    const two = assessClient({
      client: frenchCompany(),
      recorded: [
        { item: 'legal-name', state: 'failed', checkedAt: at },
        { item: 'company-address', state: 'failed', checkedAt: at },
      ],
      settings,
      today,
    });
    const weight = (v: typeof one) => v.risk.reasons.find((r) => r.id === 'checklist-failed')!.weight;
    expect(weight(two)).toBe(2 * weight(one));
  });
});
