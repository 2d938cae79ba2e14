import { describe, expect, it } from 'vitest';
import { isCalendarDate, isRealDate, parseTypedDate } from '@/lib/calendar';
import { calendarDate, invoice } from '@/lib/model';
import { describeZodError } from '@/lib/db/validation-error';
import { makeInvoice } from './builders';

describe('calendar dates', () => {
  it.each(['1900-01-01', '2026-02-28', '2024-02-29', '2199-12-31'])('%s is one a record may hold', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(calendarDate.safeParse(date).success).toBe(true);
  });

  it.each(['0000-01-01', '0099-06-30', '1899-12-31', '2200-01-01', '9999-12-31'])(
    '%s is a real date outside the years a record may hold, refused with the reason',
    (date) => {
      expect(isRealDate(date)).toBe(true);
      expect(isCalendarDate(date)).toBe(false);
      const parsed = calendarDate.safeParse(date);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('expected a year from 1900 to 2199');
    },
  );

  it('names the row and the field of an invoice dated outside those years', () => {
    const parsed = invoice.safeParse(makeInvoice({ dueDate: '9999-12-31' }));
    expect(parsed.success).toBe(false);
    expect(describeZodError('invoices', 2, parsed.error!)).toBe('invoices row 3, field "dueDate": expected a year from 1900 to 2199');
    const payment = invoice.safeParse(makeInvoice({ payments: [{ date: '0000-01-01', amount: 100 }] }));
    expect(describeZodError('invoices', 0, payment.error!)).toBe('invoices row 1, field "payments.0.date": expected a year from 1900 to 2199');
  });

  it('still refuses what is not a date at all, with its own reason', () => {
    expect(calendarDate.safeParse('2026-02-30').error?.issues[0]?.message).toBe('not a real calendar date');
    expect(calendarDate.safeParse('30/01/2026').error?.issues[0]?.message).toBe('expected a date as YYYY-MM-DD');
  });
});

describe('invoice amounts that cannot be', () => {
  it('refuses a tax amount above the invoice amount, naming the field', () => {
    const parsed = invoice.safeParse(makeInvoice({ amount: 100_00, taxAmount: 120_00 }));
    expect(parsed.success).toBe(false);
    expect(describeZodError('invoices', 0, parsed.error!)).toBe('invoices row 1, field "taxAmount": the tax amount is more than the invoice amount');
  });

  it('refuses payments adding up to more than the invoice amount', () => {
    const parsed = invoice.safeParse(
      makeInvoice({ amount: 100_00, taxAmount: 0, payments: [{ date: '2026-01-10', amount: 60_00 }, { date: '2026-01-20', amount: 50_00 }] }),
    );
    expect(describeZodError('invoices', 0, parsed.error!)).toBe('invoices row 1, field "payments": the payments add up to more than the invoice amount');
  });

  it('accepts an invoice paid exactly, tax included', () => {
    expect(invoice.safeParse(makeInvoice({ amount: 120_00, taxAmount: 20_00, payments: [{ date: '2026-01-10', amount: 120_00 }] })).success).toBe(true);
  });
});

describe('a date as a person types it', () => {
  // Day-first numbers, month names in both languages and ISO dates.
  it.each([
    ['13/10/2026', '2026-10-13'],
    ['1.2.2026', '2026-02-01'],
    ['13-10-26', '2026-10-13'],
    ['13 Oct 2026', '2026-10-13'],
    ['13 oct. 2026', '2026-10-13'],
    ['1er octobre 2026', '2026-10-01'],
    ['3 février 2026', '2026-02-03'],
    ['1st March 2026', '2026-03-01'],
    [' 2026-10-13 ', '2026-10-13'],
  ])('reads %j as %s', (typed, stored) => {
    expect(parseTypedDate(typed)).toBe(stored);
  });

  // Not a real date, or outside the years a record may hold.
  it.each(['31/02/2026', '13/13/2026', '13 Foo 2026', '01/01/1800', 'tomorrow', ''])('refuses %j', (typed) => {
    expect(parseTypedDate(typed)).toBeUndefined();
  });
});
