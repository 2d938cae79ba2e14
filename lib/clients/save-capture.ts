import { allOrNothing, clients, snapshots } from '../db/repositories';
import { newId, nowInstant, type Client, type ClientSnapshot } from '../model';
import { mergeCaptureIntoClient, newClientFromCapture } from './to-client';

/**
 * The user's "Save" or "Update" on a capture: the client is written and the capture is kept in
 * the client's history, in one transaction. Nothing else ever turns a capture into a client.
 */
export const saveCaptureAsClient = async (
  snapshot: ClientSnapshot,
  knownClientId?: string,
  /** The name the user typed when the page shows none (Upwork hides client names). */
  nameIfMissing?: string,
): Promise<Client> => {
  return allOrNothing(['clients', 'snapshots'], async () => {
    const now = nowInstant();
    const known = knownClientId ? await clients.get(knownClientId) : undefined;
    const merged = known ? mergeCaptureIntoClient(known, snapshot, now) : newClientFromCapture(snapshot, newId(), now);
    const name = nameIfMissing?.trim().slice(0, 300);
    const client = !known && name && !snapshot.client.displayName && !snapshot.client.legalName ? { ...merged, displayName: name } : merged;
    const saved = await clients.put(client);
    await snapshots.put({ id: newId(), clientId: saved.id, savedAt: now, snapshot });
    return saved;
  });
};
