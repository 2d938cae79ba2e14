import { describe, expect, it } from 'vitest';
import { agreedDueDate } from '../../../lib/billing/due-date';
import { makeAgreement } from '../builders';

const DEFAULT_TERMS = { days: 30, endOfMonth: false };

describe('an invoice’s agreed due date', () => {
  it('follows the agreement’s terms', () => {
    const agreed = agreedDueDate({ issueDate: '2026-01-15' }, makeAgreement({ paymentTerms: { days: 45, endOfMonth: true } }), DEFAULT_TERMS);
    expect(agreed.dueDate).toBe('2026-03-31');
    expect(agreed.termsFrom).toBe('agreement');
    expect(agreed.rule.key).toBe('days-then-end-of-month');
  });

  it('falls back on the default terms from Settings', () => {
    const agreed = agreedDueDate({ issueDate: '2028-02-10' }, undefined, { days: 19, endOfMonth: false });
    expect(agreed).toMatchObject({ dueDate: '2028-02-29', termsFrom: 'settings', terms: { days: 19, endOfMonth: false } });
  });
});
