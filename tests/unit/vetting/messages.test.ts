import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enJson from '../../../lib/vetting/messages.en.json';
import frJson from '../../../lib/vetting/messages.fr.json';
import { CHECKLIST } from '../../../lib/vetting/checklist';
import type { Agreement } from '../../../lib/model/billing';
import type { Client } from '../../../lib/model/client';
import type { ClientSnapshot } from '../../../lib/model/snapshot';
import {
  checkEmail,
  checkIban,
  checkPhone,
  checkSiren,
  checkSiret,
  checkUkCompanyNumber,
  checkVatNumber,
  runAutomaticChecks,
  type AutomaticCheckContext,
  type CheckResult,
} from '../../../lib/vetting/checks';
import { buildLookups } from '../../../lib/vetting/lookups';
import { RISK_REASONS } from '../../../lib/vetting/risk/reasons';
import { assessRisk, riskInputFor, type RiskInput } from '../../../lib/vetting/risk/score';
import { frenchCompany, makeAgreement, makeClient, makeSnapshot } from '../builders';
import { expectChromeFormat, expectSameKeysAndPlaceholders, type Catalogue } from '../catalogues';

const en: Catalogue = enJson;
const fr: Catalogue = frJson;
const catalogues = { en, fr };
const placeholderCount = (key: string) => Object.keys(en[key]?.placeholders ?? {}).length;

describe('vetting messages (Chrome _locales format)', () => {
  it('has the same keys and placeholders in English and French', () => {
    expectSameKeysAndPlaceholders(en, fr);
  });

  it('uses only declared placeholders, numbered $1, $2… in order, and names Chrome accepts', () => {
    expectChromeFormat(catalogues, { key: /^[A-Za-z0-9_@]+$/, required: 'message' });
  });

  it('holds every key the vetting code names', () => {
    const dir = join(__dirname, '../../../lib/vetting');
    const named = new Set<string>();
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/'((?:check|evidence|risk|lookup)_[A-Za-z_]+)'/g)) named.add(match[1]);
    }
    expect(named.size).toBeGreaterThan(100);
    for (const key of named) expect(Object.keys(en), key).toContain(key);
    for (const item of CHECKLIST) {
      expect(Object.keys(en)).toContain(item.labelKey);
      expect(Object.keys(en)).toContain(item.hintKey);
    }
    for (const reason of Object.values(RISK_REASONS)) expect(Object.keys(en)).toContain(reason.messageKey);
  });

  it('gets exactly as many values as each message has placeholders', () => {
    const produced: [string, string[]][] = [];
    const fromChecks = (checks: CheckResult[]) => produced.push(...checks.map((check): [string, string[]] => [check.evidenceKey, check.evidenceParams]));
    const fromRisk = (input: RiskInput) => {
      const risk = assessRisk(input);
      produced.push(...[...risk.reasons, ...risk.goodSignals].map((reason): [string, string[]] => [reason.messageKey, reason.messageParams]));
    };

    // Every automatic check, passing and failing, and the risk reasons they become.
    const battery = [
      ...checkPhone('+33 6 12 34 56 78', 'FR'),
      ...checkPhone('+44 20 7946 0000', 'FR'),
      ...checkPhone('+33 6 12 34'),
      ...checkPhone('06 12 34 56 78'),
      ...['not an email', 'a@yopmail.com', 'a@gmail.com'].flatMap((email) => checkEmail(email, 'company')),
      ...checkEmail('a@gmail.com', 'unknown'),
      ...checkEmail('a@gmail.com', 'individual'),
      ...checkEmail('a@acme.fr', 'company', 'acme.fr'),
      ...checkEmail('a@acme-pay.com', 'company', 'acme.fr'),
      checkSiren('732829320'),
      checkSiren('732829321'),
      ...checkSiret('73282932000074', '732829320'),
      ...checkSiret('73282932000074', '552100554'),
      ...checkSiret('73282932000075'),
      checkUkCompanyNumber('SC123456'),
      checkUkCompanyNumber('12'),
      ...checkVatNumber('FR44732829320', { siren: '732829320', statedCountry: 'FR' }),
      ...checkVatNumber('FR44732829320', { siren: '552100554', statedCountry: 'DE' }),
      ...checkVatNumber('ATU12345678'),
      ...checkVatNumber('FR45732829320'),
      ...checkVatNumber('GB123456789'),
      checkIban('FR7630006000011234567890189', 'FR'),
      checkIban('DE89370400440532013000', 'FR'),
      checkIban('FR7630006000011234567890188'),
    ];
    fromChecks(battery);
    fromRisk({ checks: battery });
    fromRisk({ failedByUser: [{ label: 'Phone number valid for its country', note: 'Nobody answers' }] });

    // What only the whole client, its capture, agreements and look-ups can fill.
    const snapshot = (paymentVerified: boolean): ClientSnapshot => makeSnapshot({ capturedAt: '2026-01-05T09:00:00.000Z', signals: { paymentVerified } });
    const agreement = (signed: boolean): Agreement =>
      makeAgreement({
        title: 'Site redesign',
        pricing: { model: 'fixed', amount: 100_000, currency: 'EUR' },
        signedByFreelancerOn: '2026-01-12',
        signedByClientOn: signed ? '2026-01-14' : undefined,
        invoiceRequirements: signed ? { poNumber: 'PO-1' } : {},
        status: signed ? 'signed' : 'sent',
      });
    const judged = (provider: string, outcome: 'confirmed' | 'nothing-found' | 'red-flag') => ({ provider, outcome, note: 'seen', query: 'Acme', url: 'https://example.org/' });
    const person = makeClient({ kind: 'individual', displayName: 'Jean Martin', address: { country: 'FR' } });
    const bare = makeClient({ address: { country: 'FR', city: 'Lyon' } });
    const runs: [Client, ClientSnapshot | undefined, AutomaticCheckContext][] = [
      [frenchCompany(), snapshot(true), { agreements: [agreement(true)], lookups: [judged('pappers', 'confirmed'), judged('bing', 'nothing-found')] }],
      [bare, snapshot(false), { agreements: [agreement(false)], lookups: [judged('pappers', 'nothing-found'), judged('google', 'red-flag')] }],
      [bare, undefined, { agreements: [], lookups: [judged('pappers', 'red-flag')] }],
      [makeClient({ address: { country: 'GB' } }), undefined, {}],
      [person, undefined, {}],
      [{ ...person, identitySeen: { type: 'passport', seenOn: '2026-01-01' } }, undefined, { today: '2026-02-01' }],
      [{ ...person, identitySeen: { type: 'passport', seenOn: '2025-01-01', expiresOn: '2025-06-01' } }, undefined, { today: '2026-02-01' }],
    ];
    for (const [client, latest, context] of runs) {
      const checks = runAutomaticChecks(client, latest, context);
      fromChecks(checks);
      fromRisk(riskInputFor(client, { snapshot: latest, checks, lookups: context.lookups, today: '2026-02-01' }));
      produced.push(...buildLookups(client, 'google').map((plan): [string, string[]] => [plan.labelKey, plan.labelParams]));
    }
    produced.push(...buildLookups(makeClient({ legalName: 'Acme GmbH', address: { country: 'DE' }, contactName: 'Anna' }), 'bing').map((plan): [string, string[]] => [plan.labelKey, plan.labelParams]));

    // Every platform signal and what freelancers wrote.
    fromRisk({});
    fromRisk({
      today: '2026-02-01',
      signals: { paymentVerified: false, jobsPosted: 20, hires: 0, openJobs: 4, rating: 2, reviewsCount: 5, memberSince: '2026-01-20', totalSpent: { amount: 0, currency: 'USD' } },
      job: { history: [{ ratingByFreelancer: 1, commentByFreelancer: 'Never paid. Late payment. Scope creep. Then unresponsive.' }] },
      redFlags: (['off-platform', 'pay-outside', 'free-work', 'money-asked'] as const).map((kind) => ({ kind, quote: 'quoted' })),
    });
    fromRisk({ today: '2026-02-01', signals: { memberSince: '2026-01-20' }, job: { budget: { type: 'fixed', max: { amount: 300_000, currency: 'EUR' } } } });
    // What the job pays against the freelancer's minimums: a fixed price, an hourly range (through an entered rate), the client's average.
    fromRisk({
      today: '2026-02-01',
      signals: { avgHourlyRate: { amount: 500, currency: 'USD' } },
      job: { budget: { type: 'fixed', min: { amount: 30_000, currency: 'USD' }, max: { amount: 30_000, currency: 'USD' } } },
      profile: { minimumRates: { USD: { hourly: 4_500 } }, minimumProject: { USD: 150_000 }, exchangeRates: {} },
    });
    fromRisk({
      today: '2026-02-01',
      job: { budget: { type: 'daily', min: { amount: 20_000, currency: 'EUR' }, max: { amount: 25_000, currency: 'EUR' } } },
      profile: { minimumRates: { EUR: { daily: 50_000 } }, minimumProject: {}, exchangeRates: {} },
    });
    fromRisk({
      today: '2026-02-01',
      job: { budget: { type: 'hourly', min: { amount: 1_000, currency: 'USD' }, max: { amount: 2_000, currency: 'USD' } } },
      profile: { minimumRates: { EUR: { hourly: 6_000 } }, minimumProject: {}, exchangeRates: { 'EUR/USD': { rate: 1.08, enteredOn: '2026-01-02' } } },
    });
    fromRisk({
      today: '2026-02-01',
      signals: { paymentVerified: true, identityVerified: true, depositMade: true, jobsPosted: 10, hireRatePercent: 90, rating: 4.9, reviewsCount: 10, totalSpent: { amount: 5_000_000, currency: 'EUR' }, memberSince: '2015-01-01' },
    });

    const keys = new Set(produced.map(([key]) => key));
    const notProduced = Object.keys(en).filter((key) => !keys.has(key) && !key.startsWith('check_') && !key.startsWith('risk_level'));
    expect(notProduced).toEqual([]);
    for (const [key, params] of produced) expect(params.length, `${key} ${JSON.stringify(params)}`).toBe(placeholderCount(key));
  });
});
