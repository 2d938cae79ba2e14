import { todayIn } from '../calendar';
import { clientVettingRows } from '../db/client-queries';
import { clients, fromStoredClient, loadSettings } from '../db/repositories';
import type { Agreement, Check, Client, ClientSnapshot, Lookup, SavedSnapshot, Settings } from '../model';
import { MEASURES, measureSync } from '../timing';
import { assessClient, type Vetting } from './assess';

/** One saved client and everything its assessment rests on, as the vetting views show it. */
export interface ClientVetting {
  client: Client;
  vetting: Vetting;
  settings: Settings;
  checks: Check[];
  lookups: Lookup[];
  snapshots: SavedSnapshot[];
  agreements: Agreement[];
}

const byDate = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * Reads one client with their checks, look-ups, captures and agreements, and assesses them.
 * `snapshot` is the page being looked at, when there is one; otherwise the latest saved capture
 * speaks for the platform. `null` when the client is gone.
 */
export const loadClientVetting = async (
  clientId: string,
  snapshot?: ClientSnapshot,
  today: string = todayIn(),
  /** The settings, when the caller has just read them. */
  known?: Settings,
): Promise<ClientVetting | null> => {
  const [{ client: stored, checks, lookups, snapshots, agreements }, settings] = await Promise.all([clientVettingRows(clientId), known ?? loadSettings()]);
  if (!stored) return null;
  // Validated: this one row is shown field by field and edited.
  const client = clients.parse(fromStoredClient(stored));
  snapshots.sort(byDate((s) => s.savedAt));
  const latest = snapshot ?? snapshots.at(-1)?.snapshot;
  const vetting = measureSync(MEASURES.vetting, () =>
    assessClient({ client, snapshot: latest, recorded: checks, lookups, agreements, settings, today }),
  );
  return { client, vetting, settings, checks, lookups, snapshots, agreements };
};
