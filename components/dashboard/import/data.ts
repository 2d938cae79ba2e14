import { allClientsAndAgreements } from '@/lib/db/client-queries';
import { invoicesOfClients } from '@/lib/db/invoice-queries';
import { loadSettings } from '@/lib/db/repositories';
import { indexClients, matchClient, type ClientLike } from '@/lib/import/match';
import type { PlanInput } from '@/lib/import/plan';
import type { ImportedInvoice } from '@/lib/import/types';
import type { Settings } from '@/lib/model';

/** What the preview compares the files with, read once when the import screen opens. */
export interface ImportContext {
  clients: ClientLike[];
  agreements: PlanInput['agreements'];
  settings: Settings;
}

export const loadImportContext = async (): Promise<ImportContext> => {
  const [{ clients, agreements }, settings] = await Promise.all([allClientsAndAgreements(), loadSettings()]);
  return { clients, agreements, settings };
};

/**
 * The invoices on record of the clients this import touches (matched, or chosen by hand), for the duplicate
 * check: read by the clientId index, not the whole table, which may hold 50,000 invoices.
 */
export const clientIdsTouched = (invoices: readonly ImportedInvoice[], clients: readonly ClientLike[], chosen: readonly string[]): string[] => {
  const index = indexClients(clients);
  const ids = new Set(chosen.filter((id) => id !== 'new'));
  for (const invoice of invoices) {
    const match = matchClient(invoice.buyer, index);
    if (match) ids.add(match.client.id);
  }
  return [...ids].sort();
};

export const loadInvoicesOf = (clientIds: readonly string[]): Promise<PlanInput['invoicesOnRecord']> =>
  invoicesOfClients(clientIds);
