import type { Client, Settings } from '../model';
import { digitsOnly, normaliseVat } from '../platforms/parse/identifiers';
import type { ImportedParty } from './types';
import { lowerWithoutAccents } from '../text';

/**
 * Which client an imported invoice is for, in the order a freelancer would trust: the company registration
 * (SIRET, then SIREN), the VAT number, an email address, and last the name. The reason is shown in the
 * preview, so a match on the name alone can be checked before anything is written.
 */

export type MatchReason = 'siret' | 'siren' | 'vat' | 'email' | 'name';

export type ClientLike = Pick<Client, 'id' | 'displayName' | 'legalName' | 'emails' | 'identifiers'>;

/** Legal forms left out when names are compared: "Studio Orme SAS" is "Studio Orme". */
const LEGAL_FORMS = /\b(sas|sasu|sarl|eurl|sa|sci|snc|ei|eirl|ltd|limited|llc|llp|plc|inc|corp|gmbh|ug|bv|nv|srl|spa|sl)\b/g;

export const nameKey = (name: string | undefined): string =>
  lowerWithoutAccents(name ?? '')
    // "S.A.S." is "SAS": dots join letters, other punctuation separates words.
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(LEGAL_FORMS, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The SIREN inside a French VAT number (FR + 2-character key + SIREN). */
const sirenOfVat = (vat: string | undefined): string | undefined => /^FR[0-9A-Z]{2}(\d{9})$/.exec(vat ?? '')?.[1];

export interface ClientIndex {
  bySiret: Map<string, ClientLike>;
  bySiren: Map<string, ClientLike>;
  byVat: Map<string, ClientLike>;
  byEmail: Map<string, ClientLike>;
  byName: Map<string, ClientLike>;
}

const put = (map: Map<string, ClientLike>, key: string | undefined, client: ClientLike) => {
  if (key && !map.has(key)) map.set(key, client);
};

export const indexClients = (clients: readonly ClientLike[]): ClientIndex => {
  const index: ClientIndex = { bySiret: new Map(), bySiren: new Map(), byVat: new Map(), byEmail: new Map(), byName: new Map() };
  for (const client of clients) addToIndex(index, client);
  return index;
};

export const addToIndex = (index: ClientIndex, client: ClientLike): void => {
  const siret = digitsOnly(client.identifiers.siret) || undefined;
  const vat = client.identifiers.vat ? normaliseVat(client.identifiers.vat) : undefined;
  put(index.bySiret, siret, client);
  put(index.bySiren, digitsOnly(client.identifiers.siren) || siret?.slice(0, 9) || sirenOfVat(vat), client);
  put(index.byVat, vat, client);
  for (const email of client.emails) put(index.byEmail, email.trim().toLowerCase(), client);
  put(index.byName, nameKey(client.displayName) || undefined, client);
  put(index.byName, nameKey(client.legalName) || undefined, client);
};

export interface ClientMatch {
  client: ClientLike;
  reason: MatchReason;
}

export const matchClient = (party: ImportedParty, index: ClientIndex): ClientMatch | undefined => {
  const vat = party.vat ? normaliseVat(party.vat) : undefined;
  const siren = party.siren ?? party.siret?.slice(0, 9) ?? sirenOfVat(vat);
  const checks: [MatchReason, Map<string, ClientLike>, string | undefined][] = [
    ['siret', index.bySiret, party.siret],
    ['siren', index.bySiren, siren],
    ['vat', index.byVat, vat],
    ['email', index.byEmail, party.email?.trim().toLowerCase()],
    ['name', index.byName, nameKey(party.name) || undefined],
  ];
  for (const [reason, map, key] of checks) {
    const client = key ? map.get(key) : undefined;
    if (client) return { client, reason };
  }
  return undefined;
};

/** Whether the invoice's seller is the freelancer of Settings: identifiers first, the name when none compare. */
export type SellerCheck = 'you' | 'not-you' | 'unchecked' | 'unknown';

export const checkSeller = (seller: ImportedParty, you: Settings['freelancer']): SellerCheck => {
  const yourSiren = digitsOnly(you.siren) || digitsOnly(you.siret).slice(0, 9) || undefined;
  const yourVat = you.vat ? normaliseVat(you.vat) : undefined;
  if (!yourSiren && !yourVat && !you.name?.trim()) return 'unchecked';
  const theirVat = seller.vat ? normaliseVat(seller.vat) : undefined;
  const theirSiren = seller.siren ?? seller.siret?.slice(0, 9) ?? sirenOfVat(theirVat);
  if (yourSiren && theirSiren) return yourSiren === theirSiren ? 'you' : 'not-you';
  if (yourVat && theirVat) return yourVat === theirVat ? 'you' : 'not-you';
  if (you.name?.trim() && seller.name) return nameKey(you.name) === nameKey(seller.name) ? 'you' : 'not-you';
  return 'unknown';
};
