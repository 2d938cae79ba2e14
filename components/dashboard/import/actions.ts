import { saveSettings, loadSettings } from '@/lib/db/repositories';
import type { CsvMapping, CsvPresetId } from '@/lib/import/csv-presets';
import { writesOf, type PlanInput, type PlanRow } from '@/lib/import/plan';
import { writeImport } from '@/lib/import/write';
import { newId, nowInstant } from '@/lib/model';
import { MEASURES, timed } from '@/lib/timing';
import { reportChange, reportInvoiceChange } from '../../changes';

/** The background takes at most this many invoice ids in one change report (lib/messaging/protocol.ts). */
const MAX_REPORTED_IDS = 1_000;

export interface ImportOutcome {
  invoices: number;
  clients: number;
}

/**
 * Writes the chosen rows all or nothing, remembers each CSV's column mapping for its preset, then tells the
 * background, which recounts the badge from the invoices named (or all of them, past its limit).
 */
export const confirmImport = async (
  rows: readonly PlanRow[],
  input: Pick<PlanInput, 'invoicesOnRecord' | 'today'>,
  mappings: Readonly<Partial<Record<CsvPresetId | 'custom', CsvMapping>>>,
): Promise<ImportOutcome> => {
  const writes = writesOf(rows, input, { now: nowInstant(), newId });
  await timed(MEASURES.importWrite, () => writeImport(writes));
  if (Object.keys(mappings).length > 0) {
    const settings = await loadSettings();
    await saveSettings({ ...settings, import: { ...settings.import, csvMappings: { ...settings.import?.csvMappings, ...mappings } } });
  }
  const ids = writes.invoices.map((i) => i.id);
  if (ids.length <= MAX_REPORTED_IDS) await reportInvoiceChange(ids, 'clients');
  else await reportChange('invoices', 'clients');
  return { invoices: writes.invoices.length, clients: writes.clients.length };
};
