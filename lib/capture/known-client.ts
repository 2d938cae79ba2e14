import { db, type StoredClient } from '../db/database';
import { fromStoredClient } from '../db/repositories';
import type { Client } from '../model';
import type { NormalisedCapture } from './to-client';

/**
 * Is the client on this page one we already know? Exact matches (the same platform id, email,
 * phone or company id) are certain; a match on name and country only is a guess the user confirms.
 */
export type MatchReason = 'platform-id' | 'email' | 'phone' | 'company-id' | 'name-country';

export interface KnownClientMatch {
  client: Client;
  reason: MatchReason;
  certain: boolean;
}

export const findKnownClient = async (capture: NormalisedCapture): Promise<KnownClientMatch | undefined> => {
  const clients = db().clients;
  const exact: [MatchReason, () => Promise<StoredClient | undefined>][] = [
    ['platform-id', async () => clients.where('platformIds').equals(capture.platformKey).first()],
    ['email', async () => (capture.emails.length ? clients.where('emails').anyOf(capture.emails).first() : undefined)],
    ['phone', async () => (capture.phones.length ? clients.where('phones').anyOf(capture.phones).first() : undefined)],
    ['company-id', async () => (capture.siren ? clients.where('identifiers.siren').equals(capture.siren).first() : undefined)],
    ['company-id', async () => (capture.vat ? clients.where('identifiers.vat').equals(capture.vat).first() : undefined)],
    [
      'company-id',
      async () => (capture.companyNumber ? clients.where('identifiers.companyNumber').equals(capture.companyNumber).first() : undefined),
    ],
  ];
  for (const [reason, find] of exact) {
    const found = await find();
    if (found) return { client: fromStoredClient(found), reason, certain: true };
  }
  const names = [capture.displayName, capture.legalName].filter((n): n is string => !!n && n.length > 1);
  if (names.length === 0) return undefined;
  const sameName = await clients.where('displayName').equalsIgnoreCase(names[0]).toArray();
  const guess = sameName.find((c) => !capture.country || !c.address?.country || c.address.country === capture.country);
  return guess ? { client: fromStoredClient(guess), reason: 'name-country', certain: false } : undefined;
};
