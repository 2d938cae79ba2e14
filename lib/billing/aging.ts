import type { CalendarDate } from '../model/common';
import type { Invoice, InvoiceStatus } from '../model/billing';
import { addDays, daysBetween } from '../calendar';
import { balanceOf, isPastDue } from './overdue';

/**
 * Aging of what clients owe: each open invoice sorted by how many days late it is, with totals per currency
 * (amounts in different currencies are never added together). Built for the dashboard over every invoice: one
 * pass, no date parsing per invoice (ISO dates compare as strings), one Map lookup per currency and client.
 */

export interface AgingBucket {
  id: string;
  labelKey: string;
  /** Inclusive bounds in days late; `current` (not yet late, due today included) is 0..0. */
  minDaysLate: number;
  maxDaysLate: number;
}

/**
 * The usual 30-day bands, ascending and contiguous: an invoice goes in the first bucket whose `maxDaysLate` it
 * does not exceed.
 */
export const AGING_BUCKETS: readonly AgingBucket[] = [
  { id: 'current', labelKey: 'aging_current', minDaysLate: 0, maxDaysLate: 0 },
  { id: '1-30', labelKey: 'aging_1_30', minDaysLate: 1, maxDaysLate: 30 },
  { id: '31-60', labelKey: 'aging_31_60', minDaysLate: 31, maxDaysLate: 60 },
  { id: '61-90', labelKey: 'aging_61_90', minDaysLate: 61, maxDaysLate: 90 },
  { id: '90+', labelKey: 'aging_over_90', minDaysLate: 91, maxDaysLate: Number.POSITIVE_INFINITY },
];

/**
 * The due dates an aging bucket holds, to filter a list by it: days late d means due on today − d, so
 * `1-30` is due from today − 30 to today − 1, and `current` is due today or later (`to` open).
 */
export const bucketDueRange = (
  bucket: Pick<AgingBucket, 'minDaysLate' | 'maxDaysLate'>,
  today: CalendarDate,
): { from?: CalendarDate; to?: CalendarDate } => ({
  ...(Number.isFinite(bucket.maxDaysLate) ? { from: addDays(today, -bucket.maxDaysLate) } : {}),
  ...(bucket.minDaysLate > 0 ? { to: addDays(today, -bucket.minDaysLate) } : {}),
});

/** Still owed: a disputed invoice is money owed too, only its chase is paused. */
export const OPEN_STATUSES: ReadonlySet<InvoiceStatus> = new Set<InvoiceStatus>(['sent', 'disputed']);

export type AgingInvoice = Pick<Invoice, 'clientId' | 'status' | 'dueDate' | 'amount' | 'payments' | 'currency'>;

export interface AgingBucketTotals {
  bucket: AgingBucket;
  count: number;
  totals: Map<string, number>;
}

export interface ClientAging {
  clientId: string;
  count: number;
  /** Balance owed per currency, minor units. */
  totals: Map<string, number>;
  /** Overdue part only (days late ≥ 1). */
  overdueTotals: Map<string, number>;
  maxDaysLate: number;
}

export interface AgingReport {
  buckets: AgingBucketTotals[];
  byClient: Map<string, ClientAging>;
  totals: Map<string, number>;
}

/**
 * Sums per currency kept in arrays indexed by a small currency number while scanning (one Map lookup per invoice
 * instead of one per total), turned into Maps at the end.
 */
class CurrencyIndex {
  readonly codes: string[] = [];
  private readonly index = new Map<string, number>();

  of(code: string): number {
    let i = this.index.get(code);
    if (i === undefined) {
      i = this.codes.length;
      this.codes.push(code);
      this.index.set(code, i);
    }
    return i;
  }

  toMap(sums: number[]): Map<string, number> {
    const map = new Map<string, number>();
    for (let i = 0; i < sums.length; i++) if (sums[i] !== undefined) map.set(this.codes[i], sums[i]);
    return map;
  }
}

interface ClientSums {
  count: number;
  totals: number[];
  overdue: number[];
  earliestDue: CalendarDate;
}

export const agingReport = (
  invoices: Iterable<AgingInvoice>,
  today: CalendarDate,
  buckets: readonly AgingBucket[] = AGING_BUCKETS,
): AgingReport => {
  // Due dates are ISO strings: comparing them with each bucket's earliest due date needs no date parsing.
  const earliestDue = buckets.map((b) => (Number.isFinite(b.maxDaysLate) ? addDays(today, -b.maxDaysLate) : ''));
  const bucketCounts = buckets.map(() => 0);
  const bucketSums: number[][] = buckets.map(() => []);
  const allSums: number[] = [];
  const clients = new Map<string, ClientSums>();
  const currencies = new CurrencyIndex();
  const last = buckets.length - 1;

  for (const invoice of invoices) {
    if (!OPEN_STATUSES.has(invoice.status)) continue;
    const balance = balanceOf(invoice);
    if (balance === 0) continue;
    const { dueDate } = invoice;
    const c = currencies.of(invoice.currency);

    let b = 0;
    while (b < last && dueDate < earliestDue[b]) b++;
    bucketCounts[b] += 1;
    bucketSums[b][c] = (bucketSums[b][c] ?? 0) + balance;
    allSums[c] = (allSums[c] ?? 0) + balance;

    let client = clients.get(invoice.clientId);
    if (!client) {
      client = { count: 0, totals: [], overdue: [], earliestDue: dueDate };
      clients.set(invoice.clientId, client);
    }
    client.count += 1;
    client.totals[c] = (client.totals[c] ?? 0) + balance;
    if (isPastDue(dueDate, today)) client.overdue[c] = (client.overdue[c] ?? 0) + balance;
    if (dueDate < client.earliestDue) client.earliestDue = dueDate;
  }

  const byClient = new Map<string, ClientAging>();
  for (const [clientId, sums] of clients) {
    byClient.set(clientId, {
      clientId,
      count: sums.count,
      totals: currencies.toMap(sums.totals),
      overdueTotals: currencies.toMap(sums.overdue),
      maxDaysLate: Math.max(0, daysBetween(sums.earliestDue, today)),
    });
  }
  return {
    buckets: buckets.map((bucket, i) => ({ bucket, count: bucketCounts[i], totals: currencies.toMap(bucketSums[i]) })),
    byClient,
    totals: currencies.toMap(allSums),
  };
};
