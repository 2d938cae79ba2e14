import { describe, expect, it } from 'vitest';
import { checkInvoiceNumber, splitInvoiceNumber, suggestNextNumber } from '../../../lib/billing/numbering';

const n = (number: string, issueDate = '2026-01-10') => ({ number, issueDate });

describe('invoice numbers', () => {
  it('split into a series and a value', () => {
    expect(splitInvoiceNumber('F2026-0042')).toEqual({ prefix: 'F2026-', value: 42, width: 4 });
    expect(splitInvoiceNumber(' 17 ')).toEqual({ prefix: '', value: 17, width: 2 });
    expect(splitInvoiceNumber('DRAFT')).toBeNull();
  });

  it('suggest the next number of the latest series, padded like it', () => {
    expect(suggestNextNumber([], '2026-03-15')).toBe('2026-001');
    expect(suggestNextNumber([n('F2026-007', '2026-02-01'), n('F2026-009', '2026-03-01'), n('F2026-008', '2026-02-15')], '2026-03-15')).toBe(
      'F2026-010',
    );
    expect(suggestNextNumber([n('INV-99', '2026-03-01')], '2026-03-15')).toBe('INV-100');
    expect(suggestNextNumber([n('misc', '2026-03-01'), n('A-1', '2026-01-01')], '2026-03-15')).toBe('A-2');
  });

  it('start a new yearly series once the year has turned', () => {
    expect(suggestNextNumber([n('F2025-042', '2025-12-20')], '2026-01-05')).toBe('F2026-001');
    // A series without the year carries on.
    expect(suggestNextNumber([n('INV-042', '2025-12-20')], '2026-01-05')).toBe('INV-043');
  });
});

describe('checking a number as it is typed', () => {
  const others = [n('2026-001', '2026-01-05'), n('2026-002', '2026-01-20'), n('2026-003', '2026-02-01')];

  it('finds a duplicate, written with or without padding', () => {
    expect(checkInvoiceNumber('2026-002', '2026-03-01', others).duplicateOf).toEqual(others[1]);
    expect(checkInvoiceNumber('2026-2', '2026-03-01', others).duplicateOf).toEqual(others[1]);
    expect(checkInvoiceNumber('note', '2026-03-01', [n('note')]).duplicateOf).toEqual(n('note'));
  });

  it('says which numbers are skipped before it', () => {
    expect(checkInvoiceNumber('2026-004', '2026-03-01', others)).toEqual({});
    expect(checkInvoiceNumber('2026-005', '2026-03-01', others).gapBefore).toEqual({ from: '2026-004', to: '2026-004', count: 1 });
    expect(checkInvoiceNumber('2026-010', '2026-03-01', others).gapBefore).toEqual({ from: '2026-004', to: '2026-009', count: 6 });
    // Another series is another sequence.
    expect(checkInvoiceNumber('2027-001', '2027-01-03', others)).toEqual({});
  });

  it('flags a number out of date order in its series', () => {
    expect(checkInvoiceNumber('2026-004', '2026-01-15', others).outOfOrder).toEqual({
      number: '2026-004',
      issueDate: '2026-01-15',
      after: '2026-003',
      afterIssueDate: '2026-02-01',
    });
  });

  it('ignores an empty number', () => {
    expect(checkInvoiceNumber('  ', '2026-03-01', others)).toEqual({});
  });
});
