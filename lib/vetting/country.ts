import type { Client } from '../model/client';

import { EU_MEMBER_STATES, isEuCountry } from '../billing/rules/eu-member-states';

export { isEuCountry };
/** The EU member states as a list, for checklist items that apply to them (lib/billing/rules/eu-member-states.ts). */
export const EU_COUNTRIES: readonly string[] = [...EU_MEMBER_STATES];

/** VAT prefixes are ISO codes except Greece (`EL`) and Northern Ireland (`XI`, part of the UK). */
export const countryOfVatPrefix = (prefix: string): string => {
  const upper = prefix.toUpperCase();
  if (upper === 'EL') return 'GR';
  if (upper === 'XI') return 'GB';
  return upper;
};

/** The two letters a VAT number starts with, once spaces and dots are gone (`"fr 40 303…"` → `FR`). */
export const vatPrefixOf = (vat: string | undefined): string | undefined => {
  // Letters must be followed by a number: a note such as "none" is not Norway.
  const match = /^\s*([A-Za-z]{2})[\s.-]*[0-9A-Za-z]*\d/.exec(vat ?? '');
  return match ? match[1].toUpperCase() : undefined;
};

/**
 * The country the client says it is in: its address first, then its billing address, then what its
 * identifiers imply (a SIREN is French, a VAT number names its country). Never from the phone number:
 * the phone is what gets compared against this.
 */
export const clientCountry = (
  client: Pick<Client, 'address' | 'billingAddress' | 'identifiers'>,
): string | undefined => {
  const stated = client.address?.country ?? client.billingAddress?.country;
  if (stated) return stated;
  const { siren, siret, vat } = client.identifiers;
  if (siren?.trim() || siret?.trim()) return 'FR';
  const prefix = vatPrefixOf(vat);
  return prefix ? countryOfVatPrefix(prefix) : undefined;
};
