import { useEffect, useState } from 'preact/hooks';
import { NO_CLIENT_STATS, clientStats, revenueComparator, type ClientStats } from '@/lib/billing/client-stats';
import { isOverdue } from '@/lib/billing/overdue';
import { clientListRows } from '@/lib/db/client-queries';
import type { Agreement, Check, Client, Lookup } from '@/lib/model';
import { byClient } from '@/lib/model/by-client';
import type { ChecklistProgress } from '@/lib/vetting/checklist';
import { vettingProgress } from '@/lib/vetting/assess';

/** What the client list shows of each client, and the order it can be sorted in. */

export interface ClientRow {
  client: Client;
  stats: ClientStats;
  overdueCount: number;
  checks: Check[];
  lookups: Lookup[];
  agreements: Agreement[];
}

export const loadClientRows = async (today: string): Promise<ClientRow[]> => {
  const { clients: rows, invoices, checks, lookups, agreements } = await clientListRows();
  const overdue = new Map<string, number>();
  for (const invoice of invoices) {
    if (isOverdue(invoice, today)) overdue.set(invoice.clientId, (overdue.get(invoice.clientId) ?? 0) + 1);
  }
  const statsOf = clientStats(invoices, agreements, today);
  const [checksOf, lookupsOf, agreementsOf] = [byClient(checks), byClient(lookups), byClient(agreements)];
  return rows.map((row) => ({
    client: row,
    stats: statsOf.get(row.id) ?? NO_CLIENT_STATS,
    overdueCount: overdue.get(row.id) ?? 0,
    checks: checksOf.get(row.id) ?? [],
    lookups: lookupsOf.get(row.id) ?? [],
    agreements: agreementsOf.get(row.id) ?? [],
  }));
};

/**
 * Checklist progress per client, computed a slice at a time after the list is on screen (about
 * half a millisecond per client: phone and company-number checks), so a long list never freezes.
 */
export const useChecklistProgress = (rows: ClientRow[] | undefined, today: string): Map<string, ChecklistProgress> => {
  const [progress, setProgress] = useState(() => new Map<string, ChecklistProgress>());
  useEffect(() => {
    if (!rows) return;
    let cancelled = false;
    let next = 0;
    const found = new Map<string, ChecklistProgress>();
    const slice = () => {
      if (cancelled) return;
      const end = Math.min(rows.length, next + 100);
      for (; next < end; next++) {
        const { client, checks, lookups, agreements } = rows[next];
        found.set(client.id, vettingProgress({ client, recorded: checks, lookups, agreements, today }));
      }
      setProgress(new Map(found));
      if (next < rows.length) setTimeout(slice, 0);
    };
    slice();
    return () => {
      cancelled = true;
    };
  }, [rows, today]);
  return progress;
};

export type SortKey = 'revenue' | 'late';
export interface Sort {
  key: SortKey;
  direction: 'descending' | 'ascending';
}

/** Rows in the order asked for; ties (and no sort) keep the name order they were loaded in. */
export const sortRows = (rows: ClientRow[], sort: Sort | undefined): ClientRow[] => {
  if (!sort) return rows;
  let descending: (a: ClientRow, b: ClientRow) => number;
  if (sort.key === 'revenue') {
    const byRevenue = revenueComparator(rows.map((r) => r.stats.revenue));
    descending = (a, b) => byRevenue(a.stats.revenue, b.stats.revenue);
  } else {
    descending = (a, b) => b.stats.latePayments - a.stats.latePayments;
  }
  return [...rows].sort(sort.direction === 'descending' ? descending : (a, b) => descending(b, a));
};

