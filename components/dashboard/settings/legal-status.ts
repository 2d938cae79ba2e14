import { LEGAL_STATUS_RULES } from '@/lib/billing/rules/legal-status';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Jurisdiction, LegalStatusId } from '@/lib/model';

/** The statuses as the forms offer them (Settings › Your business, the welcome page), grouped by country. */
export const STATUS_GROUPS: readonly { label: MessageKey; statuses: readonly LegalStatusId[] }[] = [
  { label: 'business_group_fr', statuses: ['fr-micro', 'fr-ei', 'fr-company'] },
  { label: 'business_group_uk', statuses: ['uk-sole-trader', 'uk-limited'] },
  { label: 'business_group_de', statuses: ['de-kleinunternehmer', 'de-regular'] },
  { label: 'business_group_elsewhere', statuses: ['other'] },
];

export const STATUS_LABEL: Record<LegalStatusId, MessageKey> = {
  'fr-micro': 'business_status_fr_micro',
  'fr-ei': 'business_status_fr_ei',
  'fr-company': 'business_status_fr_company',
  'uk-sole-trader': 'business_status_uk_sole_trader',
  'uk-limited': 'business_status_uk_limited',
  'de-kleinunternehmer': 'business_status_de_kleinunternehmer',
  'de-regular': 'business_status_de_regular',
  other: 'business_status_another',
};

/** The law a status works under by default (none for "another status"); the user may still choose another. */
const JURISDICTION_OF_COUNTRY: Record<'FR' | 'UK' | 'DE', Jurisdiction> = { FR: 'FR', UK: 'UK', DE: 'DE' };

export const lawOfStatus = (status: LegalStatusId | ''): Jurisdiction | undefined => {
  const country = status ? LEGAL_STATUS_RULES[status].country : null;
  return country ? JURISDICTION_OF_COUNTRY[country] : undefined;
};
