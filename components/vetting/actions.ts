import { allOrNothing, checks, clients, lookups, saveSettings } from '@/lib/db/repositories';
import type { LookupPlan } from '@/lib/vetting/lookups';
import { newId, nowInstant, type Check, type Client, type DecisionStatus, type Lookup, type LookupOutcome, type Settings } from '@/lib/model';
import { reportChange } from '../changes';

/** Writes of the vetting views: each stores through the validating repositories, then tells the background. */

/** One checklist item's state and evidence, with the identity document seen when that is the item (type and expiry only). */
export const recordCheck = async (
  client: Client,
  check: Pick<Check, 'item' | 'state' | 'evidence'>,
  identitySeen?: Client['identitySeen'],
): Promise<void> => {
  await allOrNothing(['clients', 'checks'], async () => {
    if (identitySeen) await clients.put({ ...client, identitySeen, updatedAt: nowInstant() });
    await checks.put({ id: newId(), clientId: client.id, ...check, checkedAt: nowInstant() });
  });
  await reportChange('checks', 'clients');
};

export const recordDecision = async (client: Client, status: DecisionStatus, reason: string): Promise<void> => {
  const now = nowInstant();
  await clients.put({ ...client, decision: { status, ...(reason ? { reason } : {}), decidedAt: now }, updatedAt: now });
  await reportChange('clients');
};

/** Look-ups the user opened for a saved client, logged so their outcome can be recorded. */
export const logLookupsOpened = async (plans: readonly LookupPlan[], clientId: string): Promise<void> => {
  const openedAt = nowInstant();
  await allOrNothing(['lookups'], async () => {
    for (const plan of plans) await lookups.put({ id: newId(), clientId, provider: plan.provider, query: plan.query, url: plan.url, openedAt });
  });
  await reportChange('lookups');
};

export const recordLookupOutcome = async (lookup: Lookup, outcome: LookupOutcome, note: string): Promise<void> => {
  await lookups.put({ ...lookup, outcome, ...(note ? { note } : { note: undefined }) });
  await reportChange('lookups');
};

export const saveRiskSettings = async (settings: Settings, risk: Settings['risk']): Promise<void> => {
  await saveSettings({ ...settings, risk });
  await reportChange('settings');
};
