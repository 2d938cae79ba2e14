import { describe, expect, it } from 'vitest';
import { dueSteps } from '../../../lib/chase/ladder';
import { CHASE_LADDERS } from '../../../lib/billing/rules/chase-ladder';
import { REFERENCE_RATES, referenceRateFor } from '../../../lib/billing/rules/reference-rates';
import { computeLateInterest } from '../../../lib/billing/late-interest';
import {
  CHANNELS,
  RATE_TABLE_IDS,
  defaultLadderSettings,
  ladderFor,
  newStepId,
  nextHalfYearOf,
  observedOnFor,
  ratesWith,
  type ChaseSettings,
} from '../../../lib/chase/settings';
import { contactChannel } from '../../../lib/model/billing';
import { settings as settingsSchema } from '../../../lib/model/settings';
import { makeInvoice } from '../builders';

describe('the ladder from Settings', () => {
  it('is the shipped ladder, each step with its letter, when nothing is set', () => {
    const ladder = ladderFor('FR');
    expect(ladder.edited).toBe(false);
    expect(ladder.steps.map((s) => [s.id, s.template])).toEqual([
      ['courtesy-due-soon', 'courtesy'],
      ['friendly-reminder', 'friendly'],
      ['second-reminder', 'firm'],
      ['final-reminder', 'final'],
      ['formal-notice', 'formal-notice'],
      ['collection', 'none'],
    ]);
    expect(ladder.steps.find((s) => s.id === 'formal-notice')).toMatchObject({ daysToPay: 8, claimsRecoveryFee: true });
  });

  it('takes the user’s steps in day order, keeping the legal meaning of the shipped ones', () => {
    const chase: ChaseSettings = {
      ladder: [
        { id: 'collection', offsetDays: 60, channel: 'registered-letter', template: 'none', enabled: true },
        { id: 'friendly-reminder', offsetDays: 3, channel: 'call', template: 'friendly', enabled: true },
        { id: 'step-custom01', offsetDays: 21, channel: 'registered-letter', template: 'formal-notice', enabled: true },
        { id: 'step-custom02', offsetDays: 10, channel: 'email', template: 'firm', enabled: false },
      ],
    };
    const ladder = ladderFor('FR', chase);
    expect(ladder.edited).toBe(true);
    expect(ladder.steps.map((s) => [s.id, s.offsetDays])).toEqual([
      ['friendly-reminder', 3],
      ['step-custom02', 10],
      ['step-custom01', 21],
      ['collection', 60],
    ]);
    const [friendly, firm, notice, collection] = ladder.steps;
    expect(friendly).toMatchObject({ labelKey: 'chase_step_friendly_reminder', channels: ['call', 'email', 'platform'] });
    // A custom formal notice states the jurisdiction's days to pay and cites its articles.
    expect(notice).toMatchObject({ labelKey: 'chase_template_formal_notice', daysToPay: 8, claimsRecoveryFee: true, citesPenalties: true });
    expect(notice.sources?.map((s) => s.ref)).toContain('Code civil art. 1344');
    expect(firm).toMatchObject({ enabled: false, claimsRecoveryFee: true });
    expect(collection.procedures?.map((p) => p.id)).toContain('fr-injonction-de-payer');
  });

  it('a step before the due date is only a courtesy: dropped once the due date has passed', () => {
    const ladder = ladderFor('FR', { ladder: [{ id: 'step-early', offsetDays: -5, channel: 'email', template: 'courtesy', enabled: true }] });
    expect(ladder.steps[0].onlyBeforeDue).toBe(true);
    expect(dueSteps(makeInvoice({ dueDate: '2026-03-10' }), ladder, '2026-03-06').map((s) => s.step.id)).toEqual(['step-early']);
    expect(dueSteps(makeInvoice({ dueDate: '2026-03-10' }), ladder, '2026-03-11')).toEqual([]);
  });

  it.each(Object.keys(CHASE_LADDERS) as (keyof typeof CHASE_LADDERS)[])('%s: the Settings rows of the defaults give back the shipped ladder', (j) => {
    const rows = defaultLadderSettings(j);
    const rebuilt = ladderFor(j, { ladder: rows });
    const shipped = ladderFor(j);
    expect(rebuilt.steps.map(({ template, ...s }) => ({ ...s, template }))).toEqual(
      shipped.steps.map((s) => ({ ...s, onlyBeforeDue: s.offsetDays < 0 })),
    );
  });

  it('new step ids never collide with existing ones', () => {
    const ids = ['step-aaaaaaaa'];
    const random = [`aaaaaaaa-1`, 'bbbbbbbb-2'];
    expect(newStepId(ids, () => random.shift()!)).toBe('step-bbbbbbbb');
  });
});

describe('reference rates from Settings', () => {
  const added: ChaseSettings = {
    rates: [
      { table: 'ecb-mro', halfYear: '2027-H1', ratePercent: 2, observedOn: '2027-01-01', source: 'ECB press release of 17 Dec 2026' },
      { table: 'ecb-mro', halfYear: '2026-H2', ratePercent: 2.4, observedOn: '2026-07-01', source: 'ECB, confirmed' },
    ],
  };

  it('adds a newer row and corrects an existing one, rows kept in half-year order', () => {
    const tables = ratesWith(added);
    const rows = tables['ecb-mro'].rows;
    expect(rows.at(-1)).toMatchObject({ halfYear: '2027-H1', ratePercent: 2, source: 'ECB press release of 17 Dec 2026' });
    expect(rows.find((r) => r.halfYear === '2026-H2')).toEqual({ halfYear: '2026-H2', ratePercent: 2.4, observedOn: '2026-07-01', source: 'ECB, confirmed' });
    expect(rows.length).toBe(REFERENCE_RATES['ecb-mro'].rows.length + 1);
    expect(tables['boe-bank-rate']).toBe(REFERENCE_RATES['boe-bank-rate']);
    expect(referenceRateFor(tables['ecb-mro'], '2027-H1')).toMatchObject({ match: 'exact', ratePercent: 2 });
  });

  it('feeds the interest calculation: a corrected half-year changes the figure and its caveat goes', () => {
    const input = { amount: 1_000_00, payments: [], dueDate: '2026-06-30', until: '2026-07-10', jurisdiction: 'FR' as const };
    // 100000 × 0.124 × 10 / 365 = 339.73 → 340 (shipped 12.15 %: 333, flagged "to verify")
    expect(computeLateInterest(input, { rates: ratesWith(added) })).toMatchObject({ total: 340, caveats: [] });
    expect(computeLateInterest(input).caveats).toHaveLength(1);
  });

  it('offers the half-year after the last row, read on the table’s own day', () => {
    expect(nextHalfYearOf(REFERENCE_RATES['ecb-mro'].rows)).toBe('2027-H1');
    expect(nextHalfYearOf([{ halfYear: '2027-H1' }])).toBe('2027-H2');
    expect(observedOnFor('ecb-mro', '2027-H1')).toBe('2027-01-01');
    expect(observedOnFor('boe-bank-rate', '2027-H1')).toBe('2026-12-31');
    expect(observedOnFor('boe-bank-rate', '2027-H2')).toBe('2027-06-30');
  });
});

describe('the settings schema keeps the chase field in step with the model', () => {
  const shape = (settingsSchema.shape.chase.unwrap() as unknown as { shape: Record<string, { unwrap: () => { element: { shape: Record<string, { options: string[] }> } } }> }).shape;

  it('channels are the contact channels, rate tables the shipped tables', () => {
    expect([...shape.ladder.unwrap().element.shape.channel.options].sort()).toEqual([...contactChannel.options].sort());
    expect([...CHANNELS].sort()).toEqual([...contactChannel.options].sort());
    expect([...shape.rates.unwrap().element.shape.table.options].sort()).toEqual([...RATE_TABLE_IDS].sort());
  });

  it('an older settings row without it still parses, and a rate without a source is refused', () => {
    expect(settingsSchema.parse({}).chase).toBeUndefined();
    const bad = settingsSchema.safeParse({ chase: { rates: [{ table: 'ecb-mro', halfYear: '2027-H1', ratePercent: 2, observedOn: '2027-01-01', source: '' }] } });
    expect(bad.success).toBe(false);
    const badHalf = settingsSchema.safeParse({ chase: { rates: [{ table: 'ecb-mro', halfYear: '2027-H3', ratePercent: 2, observedOn: '2027-01-01', source: 'x' }] } });
    expect(badHalf.success).toBe(false);
  });
});
