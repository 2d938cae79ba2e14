import type { LegalStatusId } from '../../model/legal-status';
import type { Settings } from '../../model/settings';
import { source, type LegalSource } from './sources';

/**
 * What each legal status means for invoicing: where it is, whether VAT is charged, whether the holder is a
 * sole trader (their name carries "EI") or a company (legal form, capital, registry on every invoice).
 * One row per status; the invoice mentions (invoice-mentions.ts) and the invoice editor read these flags,
 * never the status id.
 */
export interface LegalStatusRule {
  id: LegalStatusId;
  country: 'FR' | 'UK' | 'DE' | null;
  /** No VAT is charged: no rate or amount is asked, and the exemption mention is required. */
  vatFranchise: boolean;
  /** An individual trading in their own name. */
  soleTrader: boolean;
  /** A company with a legal form, share capital and registry entry to print. */
  company: boolean;
  /** Since when the row holds. */
  holdsFrom: string;
  sources: LegalSource[];
}

const CGI_293B = source('CGI art. 293 B', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048834087');
const DECRET_2022_725 = source('Décret 2022-725 (mention « EI »), C. com. R123-237', 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045726487');
const C_COM_R123_238 = source('C. com. R123-238 (forme, capital, RCS et ville)', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045729462');
const USTG_19 = source('UStG §19 (Kleinunternehmer)', 'https://www.gesetze-im-internet.de/ustg_1980/__19.html');
const UK_COMPANIES_ACT = source('Companies Act 2006 s.82; Company, LLP and Business Names Regulations 2015', 'https://www.legislation.gov.uk/uksi/2015/17/contents');

export const LEGAL_STATUS_RULES: Readonly<Record<LegalStatusId, LegalStatusRule>> = {
  'fr-micro': { id: 'fr-micro', country: 'FR', vatFranchise: true, soleTrader: true, company: false, holdsFrom: '2022-05-15', sources: [CGI_293B, DECRET_2022_725] },
  'fr-ei': { id: 'fr-ei', country: 'FR', vatFranchise: false, soleTrader: true, company: false, holdsFrom: '2022-05-15', sources: [DECRET_2022_725] },
  'fr-company': { id: 'fr-company', country: 'FR', vatFranchise: false, soleTrader: false, company: true, holdsFrom: '2022-05-15', sources: [C_COM_R123_238] },
  'uk-sole-trader': { id: 'uk-sole-trader', country: 'UK', vatFranchise: false, soleTrader: true, company: false, holdsFrom: '2015-01-31', sources: [UK_COMPANIES_ACT] },
  'uk-limited': { id: 'uk-limited', country: 'UK', vatFranchise: false, soleTrader: false, company: true, holdsFrom: '2015-01-31', sources: [UK_COMPANIES_ACT] },
  'de-kleinunternehmer': { id: 'de-kleinunternehmer', country: 'DE', vatFranchise: true, soleTrader: true, company: false, holdsFrom: '2025-01-01', sources: [USTG_19] },
  'de-regular': { id: 'de-regular', country: 'DE', vatFranchise: false, soleTrader: true, company: false, holdsFrom: '2025-01-01', sources: [] },
  other: { id: 'other', country: null, vatFranchise: false, soleTrader: false, company: false, holdsFrom: '2000-01-01', sources: [] },
};

/**
 * The freelancer's status, or undefined when they have not said it yet (the first-run screen asks).
 * A profile saved before statuses existed with the micro-entrepreneur box ticked reads as `fr-micro`.
 */
export const legalStatusOf = (freelancer: Settings['freelancer']): LegalStatusRule | undefined => {
  if (freelancer.status) return LEGAL_STATUS_RULES[freelancer.status];
  if (freelancer.microEntrepreneur) return LEGAL_STATUS_RULES['fr-micro'];
  return undefined;
};
