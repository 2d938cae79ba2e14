import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import billingEn from '../../../lib/billing/messages.en.json';
import billingFr from '../../../lib/billing/messages.fr.json';
import { AGING_BUCKETS } from '../../../lib/billing/aging';
import { checkInvoiceCompliance } from '../../../lib/billing/compliance';
import { termWarnings } from '../../../lib/billing/due-date';
import { CHASE_LADDERS } from '../../../lib/billing/rules/chase-ladder';
import { INVOICE_MENTIONS } from '../../../lib/billing/rules/invoice-mentions';
import { allKeys, message, messageFor, setLanguage, type Language } from '../../../lib/i18n/messages';
import { ruleParams } from '../../../components/dashboard/billing/rule-text';
import { freelancer, makeAgreement, makeInvoice } from '../builders';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
const CATALOGUE: Record<Language, Record<string, Entry>> = { en: billingEn, fr: billingFr };
const RULE_DIRS = ['lib/billing', 'lib/billing/rules'];

/** Every message key written as a string in the billing rules' source (rules carry their keys as data). */
const keysInRuleSources = (): Set<string> => {
  const keys = new Set<string>();
  for (const dir of RULE_DIRS) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(/'((?:term_warning|compliance_detail|mention|aging|chase_step|chase_procedure)_[a-z0-9_]+)'/g)) {
        keys.add(match[1]);
      }
    }
  }
  return keys;
};

/** Keys the billing rules hand to the UI, read from the rule tables themselves. */
const keysInRuleData = (): Set<string> => {
  const keys = new Set<string>(AGING_BUCKETS.map((b) => b.labelKey));
  for (const set of Object.values(INVOICE_MENTIONS)) for (const m of set.mentions) keys.add(m.labelKey);
  for (const ladder of Object.values(CHASE_LADDERS)) {
    JSON.stringify(ladder, (name, value) => {
      if (name === 'labelKey' && typeof value === 'string') keys.add(value);
      return value;
    });
  }
  return keys;
};

const NAMED = /\$([A-Za-z0-9_]+)\$/g;

describe('billing message catalogue', () => {
  it('has every key the billing rules name, in English and in French', () => {
    const named = new Set([...keysInRuleSources(), ...keysInRuleData()]);
    expect(named.size).toBeGreaterThan(100);
    for (const language of ['en', 'fr'] as const) {
      const known = new Set(allKeys(language));
      const missing = [...named].filter((key) => !known.has(key));
      expect(missing, language).toEqual([]);
    }
    // The rules this feature shows live in its own catalogue; the chase ladder's in the chase one.
    const own = [...named].filter((key) => !key.startsWith('chase_'));
    expect(own.filter((key) => !(key in billingEn) || !(key in billingFr))).toEqual([]);
  });

  it('uses keys of letters, digits and underscores, each with a message and a description', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const [key, entry] of Object.entries(CATALOGUE[language])) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), `${language} ${key}`).not.toBe('');
        expect(entry.description, `${language} ${key}`).toBeTruthy();
      }
    }
  });

  it('declares every named placeholder, and French uses the same placeholders as English', () => {
    for (const [key, entry] of Object.entries(billingEn as Record<string, Entry>)) {
      const fr = (billingFr as Record<string, Entry>)[key];
      const names = (e: Entry) => [...e.message.matchAll(NAMED)].map((m) => m[1].toLowerCase()).sort();
      for (const e of [entry, fr]) for (const name of names(e)) expect(e.placeholders?.[name], `${key}: $${name}$`).toBeDefined();
      expect(names(fr), key).toEqual(names(entry));
      expect([...fr.message.matchAll(/\$[1-9]/g)].map(String).sort(), key).toEqual([...entry.message.matchAll(/\$[1-9]/g)].map(String).sort());
    }
  });

  it('is really translated: French differs from English but for words both languages share', () => {
    const shared = new Set([
      'compliance_detail_date',
      'compliance_detail_seller_siren',
      'compliance_detail_seller_vat',
      'compliance_detail_client_siren',
      'billing_actions',
      'billing_aging_total',
      'billing_vat_rate_option',
      'billing_agreement_group_signatures',
      'billing_sort_client',
      // Names of numbers and a country, the same in both languages.
      'compliance_detail_seller_tax_number_given',
      'business_group_fr',
      'business_siren',
      'business_siret',
      'business_tax_number',
    ]);
    const en = billingEn as Record<string, Entry>;
    const fr = billingFr as Record<string, Entry>;
    expect(Object.keys(en).filter((key) => en[key].message === fr[key].message && !shared.has(key))).toEqual([]);
  });
});

/** Whether a message left a placeholder unfilled: `$NAME$` kept, or a value rendered empty between words. */
const unfilled = (key: string, params: Record<string, string>): string[] => {
  const entry = (billingEn as Record<string, Entry>)[key];
  return [...entry.message.matchAll(NAMED)].map((m) => m[1].toLowerCase()).filter((name) => !(name in params));
};

describe('rule messages get every value they show', () => {
  it.each(['en', 'fr'] as const)('term warnings (%s)', (language) => {
    setLanguage(language);
    const agreements = [
      makeAgreement({ paymentTerms: { days: 75, endOfMonth: false } }),
      makeAgreement({ paymentTerms: { days: 50, endOfMonth: true } }),
      makeAgreement({ jurisdiction: 'EU', paymentTerms: { days: 90, endOfMonth: false } }),
      makeAgreement({ lateInterest: { basis: 'contract' } }),
      makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 2 } }),
      makeAgreement({ jurisdiction: 'US', lateInterest: { basis: 'statutory' } }),
      makeAgreement({ signedByClientOn: undefined }),
      makeAgreement({ startsOn: '2026-01-01' }),
    ];
    const seen = new Set<string>();
    for (const agreement of agreements) {
      for (const warning of termWarnings(agreement)) {
        seen.add(warning.messageKey);
        const params = ruleParams(warning.params);
        expect(unfilled(warning.messageKey, params), warning.messageKey).toEqual([]);
        const text = messageFor(warning.messageKey, params, language);
        expect(text).not.toMatch(/\$|undefined|NaN/);
      }
    }
    expect(seen.size).toBe(7);
    setLanguage('en');
  });

  it.each(['en', 'fr'] as const)('compliance details (%s)', (language) => {
    setLanguage(language);
    const inputs = [
      { freelancer: freelancer(), agreement: makeAgreement({ invoiceRequirements: { poNumberRequired: true, billingAddress: { street: '1 rue A', city: 'Paris' } } }) },
      { freelancer: freelancer({ name: undefined, microEntrepreneur: true, vat: undefined }), agreement: makeAgreement({ lateInterest: { basis: 'contract', ratePercent: 4 } }) },
      { freelancer: freelancer({ siren: undefined, siret: undefined }), agreement: undefined },
    ];
    for (const jurisdiction of ['FR', 'EU', 'DE', 'UK', 'US'] as const) {
      for (const input of inputs) {
        const results = checkInvoiceCompliance({
          invoice: makeInvoice({ taxAmount: input.freelancer.microEntrepreneur ? 10_00 : 200_00 }),
          agreement: input.agreement,
          client: { kind: 'company', displayName: 'Atelier', address: { street: '1 rue B', city: 'Lyon', country: 'FR' }, identifiers: {} },
          freelancer: input.freelancer,
          jurisdiction,
          ticked: new Set(),
        });
        for (const result of results) {
          expect(messageFor(result.mention.labelKey, [], language)).not.toBe(result.mention.labelKey);
          if (!result.detail) continue;
          const params = ruleParams(result.detail.params, 'EUR');
          expect(unfilled(result.detail.key, params), result.detail.key).toEqual([]);
          expect(messageFor(result.detail.key, params, language)).not.toMatch(/\$|undefined|NaN/);
        }
      }
    }
    setLanguage('en');
  });

  it('formats the values in the reader’s language', () => {
    setLanguage('fr');
    const params = ruleParams({ ratePercent: 12.15, start: '2026-01-05', halfYear: '2026-H1', endOfMonth: true, amount: 4000, currency: 'EUR' });
    expect(params).toEqual({
      ratepercent: '12,15',
      start: '5 janv. 2026',
      halfyear: '1er semestre 2026',
      endofmonth: ' fin de mois',
      amount: '40,00\u00a0€',
      currency: 'EUR',
    });
    expect(message('billing_terms_days', { days: 45, endofmonth: params.endofmonth })).toBe('45 jours fin de mois');
    setLanguage('en');
  });
});
