import { contacts } from '@/lib/db/repositories';
import { newId, type Client, type ClientSnapshot } from '@/lib/model';
import { reportChange } from '../changes';

/**
 * Writes of the popup: each stores through lib/db, then tells the background. Loaded after the first paint
 * (by the capture card, or on the check-in's Done): the validating repositories and their schemas never
 * weigh on the popup's first screen.
 */

/** Save or Update on a capture: the client and the capture in one transaction (lib/clients/save-capture.ts). */
export const saveCapture = async (snapshot: ClientSnapshot, knownClientId?: string, nameIfMissing?: string): Promise<Client> => {
  // Loaded on Save: Done on a check-in loads this module too, and needs none of the capture's parsers.
  const { saveCaptureAsClient } = await import('@/lib/clients/save-capture');
  const client = await saveCaptureAsClient(snapshot, knownClientId, nameIfMissing);
  await reportChange('clients', 'snapshots');
  return client;
};

/** A check-in done: logged as a contact with the client, which is what ends it. */
export const logCheckIn = async (clientId: string, on: string, summary: string): Promise<void> => {
  await contacts.put({ id: newId(), clientId, on, channel: 'email', summary });
  await reportChange('contacts');
};
