import { OPEN_STATUSES, bucketDueRange, type AgingBucket } from '@/lib/billing/aging';
import type { Invoice, InvoiceStatus } from '@/lib/model';

/** What the invoice list shows of each invoice, and how it can be narrowed and ordered. */

export interface Row {
  invoice: Invoice;
  clientName: string;
  /** Lower-cased once, so typing in the client filter scans 50,000 rows without re-lowering each name. */
  clientKey: string;
  balance: number;
  overdue: boolean;
}

/** `open`: still owed (sent or disputed, something left to pay), what the aging buckets count. */
export type StatusFilter = InvoiceStatus | 'all' | 'overdue' | 'open';
export type Sort = 'due-asc' | 'due-desc' | 'number' | 'client';

export interface Filters {
  status: StatusFilter;
  /** Part of a client's name, as typed; `clientId` when a client was picked from the aging table. */
  client: string;
  clientId?: string;
  dueFrom: string;
  dueTo: string;
}

export const NO_FILTERS: Filters = { status: 'all', client: '', dueFrom: '', dueTo: '' };

const statusMatches = (row: Row, status: StatusFilter): boolean => {
  switch (status) {
    case 'all':
      return true;
    case 'overdue':
      return row.overdue;
    case 'open':
      return OPEN_STATUSES.has(row.invoice.status) && row.balance > 0;
    default:
      return row.invoice.status === status;
  }
};

const matches = (row: Row, filters: Filters, client: string): boolean => {
  if (!statusMatches(row, filters.status)) return false;
  if (filters.clientId ? row.invoice.clientId !== filters.clientId : client && !row.clientKey.includes(client)) return false;
  if (filters.dueFrom && row.invoice.dueDate < filters.dueFrom) return false;
  if (filters.dueTo && row.invoice.dueDate > filters.dueTo) return false;
  return true;
};

export const filtersActive = (f: Filters): boolean => f.status !== 'all' || !!f.client || !!f.dueFrom || !!f.dueTo;

/** Rows arrive earliest due date first: that order is kept, reversed or replaced. */
export const filterAndSort = (rows: Row[], filters: Filters, sort: Sort): Row[] => {
  const client = filters.client.trim().toLowerCase();
  const filtered = filters === NO_FILTERS ? rows.slice() : rows.filter((r) => matches(r, filters, client));
  if (sort === 'due-desc') filtered.reverse();
  if (sort === 'number') filtered.sort((a, b) => a.invoice.number.localeCompare(b.invoice.number, undefined, { numeric: true }));
  if (sort === 'client') filtered.sort((a, b) => a.clientName.localeCompare(b.clientName));
  return filtered;
};

/** A bucket of the aging table picked: what is still owed and falls due in its range. */
export const bucketFilters = (filters: Filters, bucket: AgingBucket, today: string): Filters => {
  const range = bucketDueRange(bucket, today);
  return { ...filters, status: 'open', dueFrom: range.from ?? '', dueTo: range.to ?? '' };
};

/** A client of the aging table picked: what that client still owes, whatever its due date. */
export const clientFilters = (filters: Filters, clientId: string, clientName: string): Filters => ({
  ...filters,
  status: 'open',
  client: clientName,
  clientId,
  dueFrom: '',
  dueTo: '',
});
