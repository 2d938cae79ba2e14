import { digitsOnly, isValidSiren, isValidSiret, normaliseVat } from '../platforms/parse/identifiers';
import type { ImportedParty } from './types';

/**
 * Legal identifiers as invoices carry them. EN 16931 tags a legal registration with an ISO 6523 scheme:
 * 0002 is a SIREN, 0009 a SIRET. Untagged numbers are recognised by length and check digit.
 */
export const legalIds = (ids: readonly { scheme?: string; value: string }[]): Pick<ImportedParty, 'siren' | 'siret'> => {
  const out: Pick<ImportedParty, 'siren' | 'siret'> = {};
  for (const { scheme, value } of ids) {
    const digits = digitsOnly(value);
    if ((scheme === '0009' || (!scheme && digits.length === 14)) && isValidSiret(digits)) out.siret ??= digits;
    else if ((scheme === '0002' || (!scheme && digits.length === 9)) && isValidSiren(digits)) out.siren ??= digits;
  }
  // A SIRET names its company's SIREN in its first nine digits.
  if (out.siret && !out.siren) out.siren = out.siret.slice(0, 9);
  return out;
};

export const cleanVat = (raw: string | undefined): string | undefined => {
  const v = normaliseVat(raw);
  return /^[A-Z]{2}[0-9A-Z+*]{2,13}$/.test(v) ? v : undefined;
};

/** Drops empty fields so the matching and the preview see only what the file said. */
export const compactParty = (party: ImportedParty): ImportedParty => {
  const out: ImportedParty = {};
  for (const [key, value] of Object.entries(party) as [keyof ImportedParty, ImportedParty[keyof ImportedParty]][]) {
    if (value === undefined || value === '') continue;
    if (key === 'address' && typeof value === 'object') {
      const address = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
      if (Object.keys(address).length > 0) out.address = address;
      continue;
    }
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
};
