import { describe, expect, it } from 'vitest';
import {
  CHECKLIST,
  applicableItems,
  checklistItem,
  checklistProgress,
  hintKeyFor,
  stateOfItem,
} from '../../../lib/vetting/checklist';
import { frenchCompany, makeClient } from '../builders';

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('checklist catalogue', () => {
  it('has unique ids, and a label and a hint key for every item', () => {
    expect(new Set(ids([...CHECKLIST])).size).toBe(CHECKLIST.length);
    for (const item of CHECKLIST) {
      expect(item.labelKey).toMatch(/^check_[a-zA-Z]+$/);
      expect(item.hintKey).toBe(`${item.labelKey}_hint`);
    }
  });

  it('points each country to its own registry help', () => {
    const registry = checklistItem('registry-found');
    expect(hintKeyFor(registry, 'FR')).toBe('check_registryFound_hintFR');
    expect(hintKeyFor(registry, 'GB')).toBe('check_registryFound_hintGB');
    expect(hintKeyFor(registry, 'IT')).toBe('check_registryFound_hint');
    expect(hintKeyFor(registry, undefined)).toBe('check_registryFound_hint');
  });
});

describe('applicableItems', () => {
  it('gives a French company its company items, SIREN and VAT checks, and no identity document', () => {
    const items = ids(applicableItems(frenchCompany()));
    expect(items).toEqual([
      'phone-obtained',
      'phone-valid',
      'legal-name',
      'company-address',
      'company-number-valid',
      'vat-number-valid',
      'registry-found',
      'search-engine-clean',
      'email-domain-consistent',
      'terms-signed',
      'invoice-requirements',
      'bank-details-valid',
    ]);
  });

  it('asks a private person for an identity document instead of company details', () => {
    const items = ids(applicableItems(makeClient({ kind: 'individual', address: { country: 'FR' } })));
    expect(items).toContain('identity-seen');
    for (const companyItem of ['legal-name', 'company-address', 'company-number-valid', 'vat-number-valid', 'registry-found', 'invoice-requirements']) {
      expect(items).not.toContain(companyItem);
    }
  });

  it('treats a client of unknown kind as a company', () => {
    const items = ids(applicableItems(makeClient({ kind: 'unknown', address: { country: 'FR' } })));
    expect(items).toContain('company-number-valid');
    expect(items).not.toContain('identity-seen');
  });

  it('checks a company number only where a format is known, and VAT only in the EU', () => {
    expect(ids(applicableItems(makeClient({ address: { country: 'GB' } })))).toContain('company-number-valid');
    expect(ids(applicableItems(makeClient({ address: { country: 'GB' } })))).not.toContain('vat-number-valid');
    expect(ids(applicableItems(makeClient({ address: { country: 'IT' } })))).not.toContain('company-number-valid');
    expect(ids(applicableItems(makeClient({ address: { country: 'IT' } })))).toContain('vat-number-valid');
    expect(ids(applicableItems(makeClient({ address: { country: 'US' } })))).not.toContain('vat-number-valid');
  });

  it('reads the country from the identifiers when no address was given', () => {
    const items = ids(applicableItems(makeClient({ identifiers: { siret: '73282932000074' } })));
    expect(items).toContain('company-number-valid');
    expect(items).toContain('vat-number-valid');
    expect(ids(applicableItems(makeClient()))).not.toContain('company-number-valid');
  });

  it('asks for the payment badge only for clients met on a platform that shows it', () => {
    expect(ids(applicableItems(makeClient()))).not.toContain('platform-payment-verified');
    const fromUpwork = makeClient({
      platformProfiles: [{ platform: 'upwork', url: 'https://www.upwork.com/jobs/~02', signals: {}, capturedAt: '2026-01-05T09:00:00.000Z' }],
    });
    expect(ids(applicableItems(fromUpwork))).toContain('platform-payment-verified');
    expect(ids(applicableItems(makeClient(), { platform: 'freelancer' }))).toContain('platform-payment-verified');
    expect(ids(applicableItems(makeClient(), { platform: 'malt' }))).not.toContain('platform-payment-verified');
  });
});

describe('stateOfItem and checklistProgress', () => {
  it('lets the latest dated decision win over older ones and over automatic results', () => {
    expect(
      stateOfItem([
        { item: 'registry-found', state: 'failed', checkedAt: '2026-01-05T09:00:00.000Z' },
        { item: 'registry-found', state: 'done', checkedAt: '2026-01-06T09:00:00.000Z' },
        { item: 'registry-found', state: 'todo' },
      ]),
    ).toBe('done');
  });

  it('combines undated automatic results to the worst', () => {
    expect(stateOfItem([{ item: 'company-number-valid', state: 'done' }, { item: 'company-number-valid', state: 'failed' }])).toBe('failed');
    expect(stateOfItem([{ item: 'company-number-valid', state: 'done' }, { item: 'company-number-valid', state: 'todo' }])).toBe('todo');
    expect(stateOfItem([])).toBeUndefined();
  });

  it('counts done, failed and to-do items; not-applicable and untouched optional items leave the total', () => {
    const items = applicableItems(frenchCompany());
    const progress = checklistProgress(
      [
        { item: 'phone-obtained', state: 'done' },
        { item: 'phone-valid', state: 'done' },
        { item: 'phone-valid', state: 'failed' },
        { item: 'legal-name', state: 'done' },
        { item: 'invoice-requirements', state: 'not-applicable' },
        // Not in this client's checklist: ignored.
        { item: 'identity-seen', state: 'done' },
      ],
      items,
    );
    // 12 items, minus invoice-requirements (n/a) and bank-details-valid (optional, nothing recorded).
    expect(progress).toEqual({ done: 2, failed: 1, todo: 7, total: 10 });
  });

  it('counts an optional item once something was recorded for it', () => {
    const items = applicableItems(frenchCompany());
    expect(checklistProgress([{ item: 'bank-details-valid', state: 'done' }], items)).toMatchObject({ done: 1, total: 12 });
  });
});
