import { loadChaseSummaries, loadChaseSummary, openInvoicesOfClient } from '@/lib/chase/load';
import type { ChaseSummary } from '@/lib/chase/invoice-chase';
import { loadSettings } from '@/lib/db/repositories';
import type { Invoice, Settings } from '@/lib/model';
import { useLiveQuery } from '../hooks';

/** Live reads for the chase views: they re-run whenever an invoice, contact, plan or the settings change. */

export interface ChaseListData {
  settings: Settings;
  summaries: ChaseSummary[];
}

export const useChaseList = (today: string): ChaseListData | undefined =>
  useLiveQuery(async () => {
    const settings = await loadSettings();
    return { settings, summaries: await loadChaseSummaries(today, settings) };
  }, [today]);

export interface ChaseInvoiceData {
  settings: Settings;
  summary: ChaseSummary | null;
  /** The client's invoices still owed, for a plan covering several. */
  clientInvoices: Invoice[];
}

export const useChaseInvoice = (invoiceId: string, today: string): ChaseInvoiceData | undefined =>
  useLiveQuery(async () => {
    const settings = await loadSettings();
    const summary = await loadChaseSummary(invoiceId, today, settings);
    const clientInvoices = summary ? await openInvoicesOfClient(summary.invoice.clientId) : [];
    return { settings, summary, clientInvoices };
  }, [invoiceId, today]);
