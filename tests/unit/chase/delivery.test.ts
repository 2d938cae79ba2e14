import { describe, expect, it } from 'vitest';
import { buildCaseFile } from '../../../lib/chase/case-file';
import { deliverySentence, lastDelivery, letterInput, letterText, renderLetter } from '../../../lib/chase/letters';
import type { WrittenTemplate } from '../../../lib/chase/settings';
import type { Language } from '../../../lib/i18n/messages';
import { freelancer, makeAgreement } from '../builders';
import { worked } from './helpers';

const delivered = makeAgreement({
  deliveries: [
    { on: '2026-01-12', what: 'Wireframes', acceptedOn: '2026-01-13', acceptance: 'written' },
    { on: '2026-01-20', what: 'Final site and source files', acceptedOn: '2026-01-22', acceptance: 'platform' },
    // Made after the letters below are dated: not cited yet.
    { on: '2026-04-10', what: 'Maintenance patch' },
  ],
});

const text = (template: WrittenTemplate, language: Language, agreement = delivered) => {
  const summary = worked({ agreement });
  return letterText(renderLetter(letterInput(summary, { template, language, format: 'email', freelancer: freelancer(), client: summary.client! })));
};

describe('the delivery in the chase letters and the case file', () => {
  it('picks the last delivery made by the letter date', () => {
    expect(lastDelivery(delivered, '2026-03-31')?.what).toBe('Final site and source files');
    expect(lastDelivery(delivered, '2026-01-15')?.what).toBe('Wireframes');
    expect(lastDelivery(delivered, '2026-01-01')).toBeUndefined();
    expect(lastDelivery(makeAgreement(), '2026-03-31')).toBeUndefined();
  });

  it('states the delivery and its acceptance in both languages', () => {
    expect(deliverySentence(delivered, '2026-03-31', 'en')).toBe(
      'The work was delivered on 20 January 2026 (Final site and source files) and accepted on 22 January 2026.',
    );
    expect(deliverySentence(delivered, '2026-03-31', 'fr')).toBe(
      'Les prestations ont été livrées le 20 janvier 2026 (Final site and source files) et acceptées le 22 janvier 2026.',
    );
    const unaccepted = makeAgreement({ deliveries: [{ on: '2026-01-20', what: 'Logo files' }] });
    expect(deliverySentence(unaccepted, '2026-03-31', 'en')).toBe('The work was delivered on 20 January 2026 (Logo files).');
    expect(deliverySentence(undefined, '2026-03-31', 'en')).toBe('');
  });

  it('is cited after the agreement in every reminder past the due date, not in the courtesy note', () => {
    for (const template of ['friendly', 'firm', 'final', 'formal-notice'] as const) {
      expect(text(template, 'en'), template).toContain('Website redesign”, signed on 7 January 2026. The work was delivered on 20 January 2026');
      expect(text(template, 'fr'), template).toContain('Les prestations ont été livrées le 20 janvier 2026');
      expect(text(template, 'en')).not.toContain('Maintenance patch');
    }
    expect(text('courtesy', 'en')).not.toContain('delivered');
    expect(text('firm', 'en', makeAgreement())).not.toContain('delivered');
  });

  it('goes into the case file with the scope it was measured against', () => {
    const agreement = makeAgreement({ ...delivered, scope: 'Five-page site', deliverables: ['Wireframes', 'Site'], revisionRounds: 2 });
    const file = buildCaseFile(worked({ agreement }), freelancer(), 'en');
    expect(file.agreement).toMatchObject({
      scope: 'Five-page site',
      deliverables: ['Wireframes', 'Site'],
      revisionRounds: 2,
      deliveries: delivered.deliveries,
      delivered: 'The work was delivered on 20 January 2026 (Final site and source files) and accepted on 22 January 2026.',
    });
    const bare = buildCaseFile(worked(), freelancer(), 'en');
    expect(bare.agreement).not.toHaveProperty('deliveries');
    expect(bare.agreement).not.toHaveProperty('delivered');
    expect(JSON.stringify(bare)).not.toMatch(/undefined|""/);
  });
});
