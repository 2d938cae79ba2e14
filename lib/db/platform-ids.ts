import type { Client } from '../model';

/** `upwork:~01abc` keys for the multi-entry index that recognises a client on sight. */
export const platformIdsOf = (client: Pick<Client, 'platformProfiles'>): string[] =>
  client.platformProfiles.filter((p) => p.externalId).map((p) => `${p.platform}:${p.externalId}`);
