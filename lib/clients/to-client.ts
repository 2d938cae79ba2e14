import type { Client, ClientKind, ClientSnapshot, FieldSource, PlatformProfile, PostalAddress } from '../model';
import { isValidSiret, normaliseVat } from '../platforms/parse/identifiers';
import { detectLegalForm } from '../platforms/parse/legal-form';
import { toE164 } from '../platforms/parse/phone';
import { countryCodeOf } from './country';
import { platformKeyOf } from '../db/platform-ids';

/**
 * A capture made ready to compare and save: phones in E.164, the country as a code, company ids
 * cleaned. Runs in the popup and the background, never in a content script (libphonenumber-js).
 */
export interface NormalisedCapture {
  displayName: string;
  kind: ClientKind;
  legalName?: string;
  contactName?: string;
  emails: string[];
  phones: string[];
  website?: string;
  address?: PostalAddress;
  country?: string;
  siren?: string;
  siret?: string;
  vat?: string;
  companyNumber?: string;
  /** `upwork:~02…`, or the page address when the platform shows no id (see platformKeyOf). */
  platformKey: string;
}

const unique = (values: (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => !!v))];
const digits = (s: string | undefined) => s?.replace(/\D/g, '');

export const normaliseCapture = (snapshot: ClientSnapshot): NormalisedCapture => {
  const c = snapshot.client;
  const country = c.country ?? countryCodeOf(c.countryName);
  const siret = digits(c.siret) || undefined;
  // A SIRET's first nine digits are its SIREN (only when the SIRET is a real one).
  const siren = digits(c.siren) || (siret && isValidSiret(siret) ? siret.slice(0, 9) : undefined);
  const legalName = c.legalName;
  const looksLikeCompany = !!(legalName && detectLegalForm(legalName)) || !!siren || !!c.vat || !!c.companyNumber;
  return {
    // The client is the company when there is one; the person writing is its contact.
    displayName: legalName || c.displayName || c.contactName || c.emails?.[0] || '',
    kind: looksLikeCompany ? 'company' : 'unknown',
    legalName,
    contactName: c.contactName,
    emails: unique((c.emails ?? []).map((e) => e.trim().toLowerCase())),
    phones: unique((c.phones ?? []).map((p) => toE164(p, country) ?? p.trim())),
    website: c.website && /^https?:\/\//i.test(c.website) ? c.website : c.website ? `https://${c.website}` : undefined,
    address:
      c.street || c.postalCode || c.city || country
        ? { street: c.street, postalCode: c.postalCode, city: c.city, country }
        : undefined,
    country,
    siren,
    siret,
    vat: c.vat ? normaliseVat(c.vat) : undefined,
    companyNumber: c.companyNumber?.toUpperCase().replace(/\s/g, ''),
    platformKey: platformKeyOf(snapshot.platform, c.externalId, snapshot.url),
  };
};

const sourceOf = (snapshot: ClientSnapshot): FieldSource => ({
  platform: snapshot.platform,
  url: snapshot.url.slice(0, 2000),
  capturedAt: snapshot.capturedAt,
});

const profileOf = (snapshot: ClientSnapshot): PlatformProfile => ({
  platform: snapshot.platform,
  url: snapshot.url.slice(0, 2000),
  externalId: snapshot.client.externalId,
  signals: snapshot.signals,
  capturedAt: snapshot.capturedAt,
});

/** A new client from what the page showed, each field remembering where it came from. */
export const newClientFromCapture = (snapshot: ClientSnapshot, id: string, now: string): Client => {
  const empty: Client = {
    id,
    kind: 'unknown',
    displayName: '',
    emails: [],
    phones: [],
    identifiers: {},
    platformProfiles: [],
    decision: { status: 'pending' },
    createdAt: now,
    updatedAt: now,
  };
  return mergeCaptureIntoClient(empty, snapshot, now);
};

/**
 * Adds what the capture knows to a known client: new emails and phones are added, empty fields
 * filled; what the user already recorded is never overwritten. The platform profile's signals
 * are refreshed (they move over time; the history stays in the snapshots table).
 */
export const mergeCaptureIntoClient = (client: Client, snapshot: ClientSnapshot, now: string): Client => {
  const n = normaliseCapture(snapshot);
  const source = sourceOf(snapshot);
  const sources = { ...client.fieldSources };
  const fill = <T,>(field: string, current: T | undefined, found: T | undefined): T | undefined => {
    if (current !== undefined && current !== '') return current;
    if (found === undefined || found === '') return current;
    sources[field] = source;
    return found;
  };
  const addAll = (field: string, current: string[], found: string[]): string[] => {
    const added = found.filter((v) => !current.includes(v));
    if (added.length > 0) sources[field] = source;
    return [...current, ...added].slice(0, 20);
  };
  const profile = profileOf(snapshot);
  const others = client.platformProfiles.filter(
    (p) => !(p.platform === profile.platform && (p.externalId ?? p.url) === (profile.externalId ?? profile.url)),
  );
  return {
    ...client,
    kind: client.kind === 'unknown' ? n.kind : client.kind,
    displayName: fill('displayName', client.displayName, n.displayName) || `${snapshot.platform} client`,
    legalName: fill('legalName', client.legalName, n.legalName),
    contactName: fill('contactName', client.contactName, n.contactName),
    emails: addAll('emails', client.emails, n.emails),
    phones: addAll('phones', client.phones, n.phones),
    website: fill('website', client.website, n.website),
    address: fill('address', client.address, n.address),
    identifiers: {
      ...client.identifiers,
      siren: fill('identifiers.siren', client.identifiers.siren, n.siren),
      siret: fill('identifiers.siret', client.identifiers.siret, n.siret),
      vat: fill('identifiers.vat', client.identifiers.vat, n.vat),
      companyNumber: fill('identifiers.companyNumber', client.identifiers.companyNumber, n.companyNumber),
    },
    platformProfiles: [...others, profile].slice(-50),
    fieldSources: sources,
    updatedAt: now,
  };
};
