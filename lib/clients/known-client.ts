import { clientByKey, clientsNamed, type ClientKey } from '../db/client-queries';
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
  const exact: [MatchReason, ClientKey | undefined][] = [
    ['platform-id', { by: 'platform-id', value: capture.platformKey }],
    ['email', { by: 'email', values: capture.emails }],
    ['phone', { by: 'phone', values: capture.phones }],
    ['company-id', capture.siren ? { by: 'siren', value: capture.siren } : undefined],
    ['company-id', capture.vat ? { by: 'vat', value: capture.vat } : undefined],
    ['company-id', capture.companyNumber ? { by: 'companyNumber', value: capture.companyNumber } : undefined],
  ];
  for (const [reason, key] of exact) {
    const found = key ? await clientByKey(key) : undefined;
    if (found) return { client: found, reason, certain: true };
  }
  const names = [capture.displayName, capture.legalName].filter((n): n is string => !!n && n.length > 1);
  if (names.length === 0) return undefined;
  const guess = (await clientsNamed(names[0])).find((c) => !capture.country || !c.address?.country || c.address.country === capture.country);
  return guess ? { client: guess, reason: 'name-country', certain: false } : undefined;
};
