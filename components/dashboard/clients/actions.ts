import { clients } from '@/lib/db/repositories';
import { newId, nowInstant, type Client, type ClientKind, type PostalAddress } from '@/lib/model';
import { toE164 } from '@/lib/platforms/parse/phone';
import { reportChange } from '../../changes';

/** Writes of the client views: each stores through the validating repository, then tells the background. */

export interface NewClient {
  kind: ClientKind;
  name: string;
  email: string;
  phone: string;
  /** Two letters, or empty. */
  country: string;
}

/** A client added by hand: what the freelancer knows so far, the decision still pending. */
export const addClient = async ({ kind, name, email, phone, country }: NewClient): Promise<void> => {
  const now = nowInstant();
  const code = country.trim().toUpperCase();
  await clients.put({
    id: newId(),
    kind,
    displayName: name.trim(),
    emails: email.trim() ? [email.trim()] : [],
    phones: phone.trim() ? [phone.trim()] : [],
    address: /^[A-Z]{2}$/.test(code) ? { country: code } : undefined,
    identifiers: {},
    platformProfiles: [],
    decision: { status: 'pending' },
    createdAt: now,
    updatedAt: now,
  });
  await reportChange('clients');
};

/** The client and everything recorded about them (invoices, agreements, checks…): see the repository. */
export const deleteClient = async (clientId: string): Promise<void> => {
  await clients.delete(clientId);
  await reportChange('clients', 'invoices');
};

/** The client editor's fields as typed: lists comma- or line-separated, blanks for what is not known. */
export interface ClientEdits {
  kind: ClientKind;
  displayName: string;
  legalName: string;
  contactName: string;
  civility: string;
  emails: string;
  phones: string;
  website: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  siren: string;
  siret: string;
  vat: string;
  companyNumber: string;
  other: string;
  notes: string;
}

/** Comma- or line-separated values, trimmed, without blanks or repeats. */
const listOf = (text: string): string[] => [...new Set(text.split(/[,;\n]/).map((v) => v.trim()).filter(Boolean))];
const optional = (text: string): string | undefined => text.trim() || undefined;

const addressOf = (street: string, postalCode: string, city: string, country: string): PostalAddress | undefined => {
  const address: PostalAddress = {
    ...(optional(street) ? { street: street.trim() } : {}),
    ...(optional(postalCode) ? { postalCode: postalCode.trim() } : {}),
    ...(optional(city) ? { city: city.trim() } : {}),
    ...(optional(country) ? { country: country.trim().toUpperCase() } : {}),
  };
  return Object.keys(address).length > 0 ? address : undefined;
};

/**
 * The client as edited. Phones are stored in E.164 when they can be read (the client's country helps with
 * national numbers); a website without its scheme gets https://.
 */
export const saveClientEdits = async (client: Client, edits: ClientEdits): Promise<void> => {
  const country = edits.country.trim().toUpperCase();
  const website = optional(edits.website);
  const withScheme = website && !/^https?:\/\//i.test(website) ? `https://${website}` : website;
  await clients.put({
    ...client,
    kind: edits.kind,
    displayName: edits.displayName.trim(),
    legalName: optional(edits.legalName),
    contactName: optional(edits.contactName),
    civility: edits.civility === 'ms' || edits.civility === 'mr' ? edits.civility : undefined,
    emails: listOf(edits.emails),
    phones: listOf(edits.phones).map((phone) => toE164(phone, country || undefined) ?? phone),
    website: withScheme,
    address: addressOf(edits.street, edits.postalCode, edits.city, country),
    identifiers: {
      siren: optional(edits.siren),
      siret: optional(edits.siret),
      vat: optional(edits.vat),
      companyNumber: optional(edits.companyNumber),
      other: optional(edits.other),
    },
    notes: optional(edits.notes),
    updatedAt: nowInstant(),
  });
  await reportChange('clients');
};
