import { z } from 'zod';
import {
  MAX_LONG_TEXT,
  calendarDate,
  fieldSource,
  httpUrl,
  id,
  instant,
  platformId,
  postalAddress,
  text,
} from './common';
import { clientSnapshot, platformSignals } from './snapshot';

export const clientKind = z.enum(['company', 'individual', 'unknown']);
export type ClientKind = z.infer<typeof clientKind>;

export const decisionStatus = z.enum(['pending', 'go', 'caution', 'no-go']);
export type DecisionStatus = z.infer<typeof decisionStatus>;

export const decision = z.object({
  status: decisionStatus,
  reason: text().optional(),
  decidedAt: instant.optional(),
});
export type Decision = z.infer<typeof decision>;

export const platformProfile = z.object({
  platform: platformId,
  url: text(),
  externalId: text(200).optional(),
  signals: platformSignals,
  capturedAt: instant,
});
export type PlatformProfile = z.infer<typeof platformProfile>;

export const identifiers = z.object({
  siren: text(32).optional(),
  siret: text(32).optional(),
  vat: text(32).optional(),
  companyNumber: text(64).optional(),
  other: text(200).optional(),
});
export type Identifiers = z.infer<typeof identifiers>;

/** An identity document seen for a private person: type and expiry only, never a copy (CNIL). */
export const identitySeen = z.object({
  type: z.enum(['passport', 'id-card', 'driving-licence', 'residence-permit', 'other']),
  expiresOn: calendarDate.optional(),
  seenOn: calendarDate,
});

export const client = z.object({
  id,
  kind: clientKind,
  displayName: text(300).min(1, 'a client needs a name'),
  legalName: text(300).optional(),
  contactName: text(300).optional(),
  /** How letters greet the contact: "Bonjour Madame Martin," / "Dear Ms Martin,"; unset greets by full name. */
  civility: z.enum(['ms', 'mr']).optional(),
  emails: z.array(text(320)).max(20),
  /** E.164 when it could be normalised, else as given. */
  phones: z.array(text(64)).max(20),
  website: httpUrl.optional(),
  address: postalAddress.optional(),
  /** Billing address when it differs from the company address. */
  billingAddress: postalAddress.optional(),
  identifiers: identifiers,
  identitySeen: identitySeen.optional(),
  platformProfiles: z.array(platformProfile).max(50),
  decision: decision,
  notes: text(MAX_LONG_TEXT).optional(),
  /** Where each captured field came from, keyed by field path (`"phones"`, `"address"`). */
  fieldSources: z.record(text(100), fieldSource).optional(),
  createdAt: instant,
  updatedAt: instant,
});
export type Client = z.infer<typeof client>;

/** Every capture saved for a client: platform signals move over time (spend, hire rate, reviews). */
export const savedSnapshot = z.object({
  id,
  clientId: id,
  savedAt: instant,
  snapshot: clientSnapshot,
});
export type SavedSnapshot = z.infer<typeof savedSnapshot>;

export const checkState = z.enum(['todo', 'done', 'failed', 'not-applicable']);
export type CheckState = z.infer<typeof checkState>;

export const check = z.object({
  id,
  clientId: id,
  /** Item id from the checklist catalogue (`phone-obtained`, `registry-found`, ...). */
  item: text(64),
  state: checkState,
  evidence: text().optional(),
  checkedAt: instant.optional(),
});
export type Check = z.infer<typeof check>;

export const lookupOutcome = z.enum(['nothing-found', 'confirmed', 'red-flag']);
export type LookupOutcome = z.infer<typeof lookupOutcome>;

export const lookup = z.object({
  id,
  clientId: id,
  provider: text(64),
  query: text(),
  url: httpUrl,
  openedAt: instant,
  outcome: lookupOutcome.optional(),
  note: text().optional(),
});
export type Lookup = z.infer<typeof lookup>;
