import type { Check, CheckState, Client, ClientKind } from '../model/client';
import type { PlatformId } from '../model/common';
import type { ClientSnapshot } from '../model/snapshot';
import { EU_COUNTRIES, clientCountry } from './country';

/**
 * The checklist catalogue: what a freelancer checks before starting work for a client (RULES.md,
 * "Checking a client"). Data only; the popup renders it and the checks table stores one state per item.
 */
export const CHECKLIST_ITEM_IDS = [
  'phone-obtained',
  'phone-valid',
  'legal-name',
  'company-address',
  'company-number-valid',
  'vat-number-valid',
  'registry-found',
  'search-engine-clean',
  'email-domain-consistent',
  'identity-seen',
  'terms-signed',
  'invoice-requirements',
  'platform-payment-verified',
  'bank-details-valid',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

/** Who can tick an item: the automatic checks, a look-up the user opened and judged, or the user alone. */
export type FilledBy = 'automatic' | 'look-up' | 'user';

export interface ChecklistItem {
  id: ChecklistItemId;
  /** i18n key of the item's label. */
  labelKey: string;
  /** i18n key of the one-line help shown under the label. */
  hintKey: string;
  /** Where the help differs by the client's country (which registry to search). */
  hintKeyByCountry?: Readonly<Record<string, string>>;
  kinds: readonly ClientKind[];
  /** Only for clients met on one of these platforms; absent: whatever the source. */
  onlyOnPlatforms?: readonly PlatformId[];
  /** Only for clients in one of these countries; absent: every country. */
  countries?: readonly string[];
  /** Counted in the progress only once something was recorded for it (bank details are rarely given). */
  optional: boolean;
  filledBy: FilledBy;
}

const COMPANY_KINDS: readonly ClientKind[] = ['company', 'unknown'];
const ALL_KINDS: readonly ClientKind[] = ['company', 'individual', 'unknown'];

/** One item; its help text key is its label key + `_hint`. */
const defineItem = (
  id: ChecklistItemId,
  labelKey: string,
  kinds: readonly ClientKind[],
  filledBy: FilledBy,
  more: Partial<Pick<ChecklistItem, 'hintKeyByCountry' | 'onlyOnPlatforms' | 'countries' | 'optional'>> = {},
): ChecklistItem => ({ id, labelKey, hintKey: `${labelKey}_hint`, kinds, filledBy, optional: false, ...more });

/**
 * An `unknown` client gets the company items: most clients are businesses, and asking a private
 * person for a company number costs less than starting work for a company nobody checked.
 */
export const CHECKLIST: readonly ChecklistItem[] = [
  defineItem('phone-obtained', 'check_phoneObtained', ALL_KINDS, 'automatic'),
  defineItem('phone-valid', 'check_phoneValid', ALL_KINDS, 'automatic'),
  defineItem('legal-name', 'check_legalName', COMPANY_KINDS, 'automatic'),
  defineItem('company-address', 'check_companyAddress', COMPANY_KINDS, 'automatic'),
  // Only where the number has a checksum or a fixed format to test.
  defineItem('company-number-valid', 'check_companyNumberValid', COMPANY_KINDS, 'automatic', { countries: ['FR', 'GB'] }),
  defineItem('vat-number-valid', 'check_vatNumberValid', COMPANY_KINDS, 'automatic', { countries: EU_COUNTRIES }),
  defineItem('registry-found', 'check_registryFound', COMPANY_KINDS, 'look-up', {
    hintKeyByCountry: {
      FR: 'check_registryFound_hintFR',
      GB: 'check_registryFound_hintGB',
      DE: 'check_registryFound_hintDE',
      NL: 'check_registryFound_hintNL',
    },
  }),
  defineItem('search-engine-clean', 'check_searchEngineClean', ALL_KINDS, 'look-up'),
  // Every kind: a throwaway address is a red flag for a private person too.
  defineItem('email-domain-consistent', 'check_emailDomainConsistent', ALL_KINDS, 'automatic'),
  defineItem('identity-seen', 'check_identitySeen', ['individual'], 'user'),
  defineItem('terms-signed', 'check_termsSigned', ALL_KINDS, 'user'),
  defineItem('invoice-requirements', 'check_invoiceRequirements', COMPANY_KINDS, 'user'),
  // The platforms that show clients a "payment verified" badge (see PLATFORMS.md).
  defineItem('platform-payment-verified', 'check_platformPaymentVerified', ALL_KINDS, 'automatic', {
    onlyOnPlatforms: ['upwork', 'freelancer'],
  }),
  defineItem('bank-details-valid', 'check_bankDetailsValid', ALL_KINDS, 'automatic', { optional: true }),
];

export const checklistItem = (id: ChecklistItemId): ChecklistItem => {
  const item = CHECKLIST.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`unknown checklist item ${id}`);
  return item;
};

/** The help text key for the client's country, else the general one. */
export const hintKeyFor = (item: ChecklistItem, country: string | undefined): string =>
  (country && item.hintKeyByCountry?.[country]) || item.hintKey;

/** The platforms the client was met on: its saved profiles, and the page being looked at. */
const platformsOf = (
  client: Pick<Client, 'platformProfiles'>,
  snapshot?: Pick<ClientSnapshot, 'platform'>,
): Set<PlatformId> => {
  const platforms = new Set<PlatformId>(client.platformProfiles.map((profile) => profile.platform));
  if (snapshot) platforms.add(snapshot.platform);
  return platforms;
};

/**
 * The items that apply to this client. A country-bound item needs a known country: with none, the
 * client is asked for it (missing-info) rather than checked against the wrong country's rules.
 */
export const applicableItems = (
  client: Pick<Client, 'kind' | 'platformProfiles' | 'address' | 'billingAddress' | 'identifiers'>,
  latestSnapshot?: Pick<ClientSnapshot, 'platform'>,
  items: readonly ChecklistItem[] = CHECKLIST,
): ChecklistItem[] => {
  const country = clientCountry(client);
  const platforms = platformsOf(client, latestSnapshot);
  return items.filter((item) => {
    if (!item.kinds.includes(client.kind)) return false;
    if (item.countries && !(country && item.countries.includes(country))) return false;
    if (item.onlyOnPlatforms && !item.onlyOnPlatforms.some((platform) => platforms.has(platform))) return false;
    return true;
  });
};

/** What the progress needs from a check: a stored `Check` row or a fresh automatic result. */
export type CheckLike = Pick<Check, 'item' | 'state'> & { checkedAt?: string };

const SEVERITY: Record<CheckState, number> = { failed: 3, todo: 2, done: 1, 'not-applicable': 0 };

/**
 * One state per item. A dated check is a decision the user recorded, so the latest one wins, even over
 * a fresh automatic result. Undated results (automatic checks, several per item: SIREN and SIRET,
 * email provider and website) combine to the worst: one failure fails the item.
 */
export const stateOfItem = (checks: readonly CheckLike[]): CheckState | undefined => {
  if (checks.length === 0) return undefined;
  const dated = checks.filter((check) => check.checkedAt);
  if (dated.length > 0) {
    const latest = dated.reduce((newest, check) => ((check.checkedAt ?? '') >= (newest.checkedAt ?? '') ? check : newest));
    return latest.state;
  }
  return checks.reduce((worst, check) => (SEVERITY[check.state] > SEVERITY[worst.state] ? check : worst)).state;
};

export interface ChecklistProgress {
  done: number;
  failed: number;
  todo: number;
  total: number;
}

/**
 * How far the checklist is. Items marked not-applicable leave the total; optional items join it only
 * once something was recorded for them; an item with no check yet is still to do.
 */
export const checklistProgress = (checks: readonly CheckLike[], items: readonly ChecklistItem[]): ChecklistProgress => {
  const progress: ChecklistProgress = { done: 0, failed: 0, todo: 0, total: 0 };
  for (const item of items) {
    const state = stateOfItem(checks.filter((check) => check.item === item.id));
    if (state === 'not-applicable') continue;
    if (state === undefined && item.optional) continue;
    progress.total += 1;
    if (state === 'done') progress.done += 1;
    else if (state === 'failed') progress.failed += 1;
    else progress.todo += 1;
  }
  return progress;
};
