import type { CalendarDate, Money } from '../../model/common';
import type { Jurisdiction } from '../../model/billing';
import { source, type LegalSource } from './sources';

/**
 * What an invoice must carry, per jurisdiction (RULES.md, "What an invoice must carry"). Each mention says how
 * ClientCheck can tell it is there: from data it holds (the invoice record, the agreement, the client, the
 * freelancer's settings) or only from the user ticking it. `compliance.ts` evaluates these rows.
 */

/** Facts ClientCheck can read from its own records; each is evaluated in `compliance.ts`. */
export type MentionCheck =
  | 'seller-identity'
  | 'client-identity'
  | 'billing-address'
  | 'seller-siren'
  | 'seller-vat-number'
  | 'seller-tax-number'
  /** A French sole trader's name carries "EI" or "entrepreneur individuel". */
  | 'seller-ei-mention'
  /** A French company's legal form, share capital, RCS/RM and city. */
  | 'seller-company-details'
  /** A UK company's registered number, registered office and place of registration. */
  | 'seller-uk-company-details'
  | 'vat-exemption-note'
  | 'client-vat-number'
  | 'client-siren'
  | 'issue-date'
  | 'invoice-number'
  | 'service-date'
  | 'totals'
  | 'po-number'
  | 'due-date'
  | 'payment-terms'
  | 'late-penalty-rate'
  | 'recovery-fee';

/** When a mention is required at all. All listed conditions must hold. */
export type MentionCondition =
  /** The seller's legal status charges no VAT (lib/billing/rules/legal-status.ts, `vatFranchise`). */
  | 'seller-vat-franchise'
  /** The seller's status charges VAT. */
  | 'seller-charges-vat'
  /** The seller trades in their own name (`soleTrader`). */
  | 'seller-sole-trader'
  /** The seller is a company (`company`). */
  | 'seller-company'
  /** The client is a business, not a private person: B2B-only mentions (late penalties, the fixed recovery fee). */
  | 'client-business'
  | 'seller-vat-registered'
  /** Client is a business in another EU member state: reverse charge, client VAT number. */
  | 'intra-eu-business-client'
  | 'client-french-business'
  | 'po-number-expected'
  | 'billing-address-differs'
  | 'vat-charged'
  | 'no-vat-charged'
  | 'not-small-invoice';

export type MentionProof = { kind: 'data'; check: MentionCheck } | { kind: 'ticked' };

export interface InvoiceMention {
  /** Stable: the user's ticks are stored under it. */
  id: string;
  labelKey: string;
  source: LegalSource;
  proof: MentionProof;
  appliesWhen?: readonly MentionCondition[];
  /** Required on invoices issued from this date (French e-invoicing mentions). */
  appliesFrom?: CalendarDate;
  /** Exact wording the invoice should carry, where the law or usage fixes it. */
  wording?: string;
}

export interface InvoiceMentionSet {
  jurisdiction: Jurisdiction;
  validFrom: CalendarDate;
  sources: readonly LegalSource[];
  /** Invoices up to this gross amount may leave out the mentions marked `not-small-invoice`. */
  smallInvoice?: { maxGross: Money; source: LegalSource };
  mentions: readonly InvoiceMention[];
}

export type InvoiceMentionSets = Readonly<Record<Jurisdiction, InvoiceMentionSet>>;

export { EU_MEMBER_STATES } from './eu-member-states';

const FR_L441_9 = source('Code de commerce L441-9');
const FR_242 = source('CGI annexe II art. 242 nonies A');
const FR_L441_10 = source('Code de commerce L441-9, L441-10');
const FR_E_INVOICING = source('CGI art. 289 bis; décret 2022-1299 (e-invoicing mentions)');
const EU_226 = source('Directive 2006/112/EC art. 226', 'https://eur-lex.europa.eu/eli/dir/2006/112/oj');
const DE_14 = source('UStG §14(4)', 'https://www.gesetze-im-internet.de/ustg_1980/__14.html');
const UK_700 = source('HMRC VAT Notice 700, section 16', 'https://www.gov.uk/guidance/vat-guide-notice-700');
const UK_REG_14 = source('Value Added Tax Regulations 1995, reg. 14');
const US_PRACTICE = source('No federal content rule; common practice');
const FR_EI = source('C. com. R526-26 (décret 2022-725): « entrepreneur individuel » or « EI » beside the name', 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045726487');
const FR_COMPANY = source('C. com. R123-237, R123-238: legal form, share capital, RCS and city', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045729462');
const UK_TRADING_DISCLOSURES = source(
  'Company, LLP and Business (Names and Trading Disclosures) Regulations 2015, regs. 24-25',
  'https://www.legislation.gov.uk/uksi/2015/17/part/6',
);
const DE_19 = source('UStG §19; UStG §34a', 'https://www.gesetze-im-internet.de/ustg_1980/__19.html');

/** From 1 Sep 2027 small businesses issue e-invoices, and the e-invoicing mentions come with them. */
const FR_E_INVOICING_FROM: CalendarDate = '2027-09-01';

export const INVOICE_MENTIONS: InvoiceMentionSets = {
  FR: {
    jurisdiction: 'FR',
    validFrom: '2019-04-26',
    sources: [FR_L441_9, FR_242],
    mentions: [
      { id: 'seller-identity', labelKey: 'mention_seller_identity', source: FR_242, proof: { kind: 'data', check: 'seller-identity' } },
      {
        id: 'seller-ei',
        labelKey: 'mention_seller_ei',
        source: FR_EI,
        proof: { kind: 'data', check: 'seller-ei-mention' },
        appliesWhen: ['seller-sole-trader'],
        appliesFrom: '2022-05-15',
        wording: 'EI',
      },
      {
        id: 'seller-company-details',
        labelKey: 'mention_seller_company_details',
        source: FR_COMPANY,
        proof: { kind: 'data', check: 'seller-company-details' },
        appliesWhen: ['seller-company'],
      },
      { id: 'client-identity', labelKey: 'mention_client_identity', source: FR_242, proof: { kind: 'data', check: 'client-identity' } },
      {
        id: 'billing-address',
        labelKey: 'mention_billing_address',
        source: FR_L441_9,
        proof: { kind: 'data', check: 'billing-address' },
        appliesWhen: ['billing-address-differs'],
      },
      { id: 'seller-siren', labelKey: 'mention_seller_siren', source: FR_242, proof: { kind: 'data', check: 'seller-siren' } },
      {
        id: 'seller-vat-number',
        labelKey: 'mention_seller_vat_number',
        source: FR_242,
        proof: { kind: 'data', check: 'seller-vat-number' },
        appliesWhen: ['seller-charges-vat'],
      },
      {
        id: 'vat-exemption-293b',
        labelKey: 'mention_vat_exemption_293b',
        source: source('CGI art. 293 B; CGI annexe II art. 242 nonies A'),
        proof: { kind: 'data', check: 'vat-exemption-note' },
        appliesWhen: ['seller-vat-franchise'],
        wording: 'TVA non applicable, art. 293 B du CGI',
      },
      {
        id: 'client-vat-number',
        labelKey: 'mention_client_vat_number',
        source: FR_242,
        proof: { kind: 'data', check: 'client-vat-number' },
        appliesWhen: ['intra-eu-business-client'],
      },
      {
        id: 'reverse-charge',
        labelKey: 'mention_reverse_charge',
        source: source('CGI art. 283-2, 242 nonies A'),
        proof: { kind: 'ticked' },
        appliesWhen: ['intra-eu-business-client', 'seller-charges-vat'],
        wording: 'Autoliquidation',
      },
      { id: 'issue-date', labelKey: 'mention_issue_date', source: FR_L441_9, proof: { kind: 'data', check: 'issue-date' } },
      { id: 'invoice-number', labelKey: 'mention_invoice_number', source: FR_242, proof: { kind: 'data', check: 'invoice-number' } },
      { id: 'service-date', labelKey: 'mention_service_date', source: FR_L441_9, proof: { kind: 'data', check: 'service-date' } },
      { id: 'description', labelKey: 'mention_description_quantity_price', source: FR_L441_9, proof: { kind: 'ticked' } },
      { id: 'discounts', labelKey: 'mention_discounts', source: FR_L441_9, proof: { kind: 'ticked' } },
      {
        id: 'vat-rate-and-amount',
        labelKey: 'mention_vat_rate_and_amount',
        source: FR_242,
        proof: { kind: 'ticked' },
        appliesWhen: ['seller-charges-vat'],
      },
      { id: 'totals', labelKey: 'mention_totals', source: FR_242, proof: { kind: 'data', check: 'totals' } },
      {
        id: 'po-number',
        labelKey: 'mention_po_number',
        source: FR_L441_9,
        proof: { kind: 'data', check: 'po-number' },
        appliesWhen: ['po-number-expected'],
      },
      { id: 'due-date', labelKey: 'mention_due_date', source: FR_L441_9, proof: { kind: 'data', check: 'due-date' } },
      {
        id: 'early-payment-discount',
        labelKey: 'mention_early_payment_discount',
        source: FR_L441_9,
        proof: { kind: 'ticked' },
        appliesWhen: ['client-business'],
        wording: 'Pas d’escompte pour paiement anticipé',
      },
      // L441-9 and L441-10 bind professionals between themselves: a private client's invoice needs neither.
      {
        id: 'late-penalty-rate',
        labelKey: 'mention_late_penalty_rate',
        source: FR_L441_10,
        proof: { kind: 'data', check: 'late-penalty-rate' },
        appliesWhen: ['client-business'],
      },
      {
        id: 'recovery-fee',
        labelKey: 'mention_recovery_fee',
        source: source('Code de commerce L441-9, D441-5'),
        proof: { kind: 'data', check: 'recovery-fee' },
        appliesWhen: ['client-business'],
        wording: 'Indemnité forfaitaire pour frais de recouvrement : 40 €',
      },
      {
        id: 'client-siren',
        labelKey: 'mention_client_siren',
        source: FR_E_INVOICING,
        proof: { kind: 'data', check: 'client-siren' },
        appliesWhen: ['client-french-business'],
        appliesFrom: FR_E_INVOICING_FROM,
      },
      { id: 'delivery-address', labelKey: 'mention_delivery_address', source: FR_E_INVOICING, proof: { kind: 'ticked' }, appliesFrom: FR_E_INVOICING_FROM },
      { id: 'operation-nature', labelKey: 'mention_operation_nature', source: FR_E_INVOICING, proof: { kind: 'ticked' }, appliesFrom: FR_E_INVOICING_FROM },
      {
        id: 'vat-on-debits-option',
        labelKey: 'mention_vat_on_debits_option',
        source: FR_E_INVOICING,
        proof: { kind: 'ticked' },
        appliesWhen: ['seller-charges-vat'],
        appliesFrom: FR_E_INVOICING_FROM,
        wording: 'Option pour le paiement de la taxe d’après les débits',
      },
    ],
  },
  EU: {
    jurisdiction: 'EU',
    validFrom: '2013-01-01',
    sources: [EU_226],
    mentions: [
      { id: 'issue-date', labelKey: 'mention_issue_date', source: EU_226, proof: { kind: 'data', check: 'issue-date' } },
      { id: 'invoice-number', labelKey: 'mention_invoice_number', source: EU_226, proof: { kind: 'data', check: 'invoice-number' } },
      { id: 'seller-vat-number', labelKey: 'mention_seller_vat_number', source: EU_226, proof: { kind: 'data', check: 'seller-vat-number' } },
      {
        id: 'client-vat-number',
        labelKey: 'mention_client_vat_number',
        source: EU_226,
        proof: { kind: 'data', check: 'client-vat-number' },
        appliesWhen: ['intra-eu-business-client'],
      },
      { id: 'seller-identity', labelKey: 'mention_seller_identity', source: EU_226, proof: { kind: 'data', check: 'seller-identity' } },
      { id: 'client-identity', labelKey: 'mention_client_identity', source: EU_226, proof: { kind: 'data', check: 'client-identity' } },
      { id: 'description', labelKey: 'mention_description_quantity', source: EU_226, proof: { kind: 'ticked' } },
      { id: 'service-date', labelKey: 'mention_service_date', source: EU_226, proof: { kind: 'data', check: 'service-date' } },
      { id: 'taxable-amount', labelKey: 'mention_taxable_amount_unit_price_discounts', source: EU_226, proof: { kind: 'ticked' } },
      { id: 'vat-rate-and-amount', labelKey: 'mention_vat_rate_and_amount', source: EU_226, proof: { kind: 'ticked' }, appliesWhen: ['vat-charged'] },
      {
        id: 'exemption-reference',
        labelKey: 'mention_exemption_or_reverse_charge',
        source: EU_226,
        proof: { kind: 'ticked' },
        appliesWhen: ['no-vat-charged'],
      },
      { id: 'totals', labelKey: 'mention_totals', source: EU_226, proof: { kind: 'data', check: 'totals' } },
    ],
  },
  DE: {
    jurisdiction: 'DE',
    validFrom: '2004-01-01',
    sources: [DE_14],
    smallInvoice: { maxGross: { amount: 250_00, currency: 'EUR' }, source: source('UStDV §33') },
    mentions: [
      { id: 'seller-identity', labelKey: 'mention_seller_identity', source: DE_14, proof: { kind: 'data', check: 'seller-identity' } },
      {
        id: 'client-identity',
        labelKey: 'mention_client_identity',
        source: DE_14,
        proof: { kind: 'data', check: 'client-identity' },
        appliesWhen: ['not-small-invoice'],
      },
      {
        id: 'seller-tax-number',
        labelKey: 'mention_seller_tax_number_de',
        source: DE_14,
        proof: { kind: 'data', check: 'seller-tax-number' },
        appliesWhen: ['not-small-invoice'],
      },
      { id: 'issue-date', labelKey: 'mention_issue_date', source: DE_14, proof: { kind: 'data', check: 'issue-date' } },
      {
        id: 'invoice-number',
        labelKey: 'mention_invoice_number',
        source: DE_14,
        proof: { kind: 'data', check: 'invoice-number' },
        appliesWhen: ['not-small-invoice'],
      },
      { id: 'description', labelKey: 'mention_description_quantity', source: DE_14, proof: { kind: 'ticked' } },
      {
        id: 'service-date',
        labelKey: 'mention_service_date',
        source: DE_14,
        proof: { kind: 'data', check: 'service-date' },
        appliesWhen: ['not-small-invoice'],
      },
      {
        id: 'net-amount-per-rate',
        labelKey: 'mention_net_amount_per_rate',
        source: DE_14,
        proof: { kind: 'ticked' },
        appliesWhen: ['not-small-invoice', 'seller-charges-vat'],
      },
      {
        id: 'vat-rate-and-amount',
        labelKey: 'mention_vat_rate_and_amount',
        source: DE_14,
        proof: { kind: 'ticked' },
        appliesWhen: ['seller-charges-vat'],
      },
      {
        id: 'vat-exemption-19',
        labelKey: 'mention_vat_exemption_19_ustg',
        source: DE_19,
        proof: { kind: 'data', check: 'vat-exemption-note' },
        appliesWhen: ['seller-vat-franchise'],
        wording: 'Kein Ausweis von Umsatzsteuer gemäß §19 UStG',
      },
      { id: 'totals', labelKey: 'mention_totals', source: DE_14, proof: { kind: 'data', check: 'totals' } },
    ],
  },
  UK: {
    jurisdiction: 'UK',
    validFrom: '1995-09-01',
    sources: [UK_700, UK_REG_14],
    smallInvoice: { maxGross: { amount: 250_00, currency: 'GBP' }, source: source('HMRC VAT Notice 700, simplified invoices') },
    mentions: [
      { id: 'invoice-number', labelKey: 'mention_invoice_number', source: UK_700, proof: { kind: 'data', check: 'invoice-number' } },
      { id: 'issue-date', labelKey: 'mention_issue_date', source: UK_700, proof: { kind: 'data', check: 'issue-date' } },
      // The tax point: the date of supply when it differs from the invoice date.
      { id: 'service-date', labelKey: 'mention_tax_point', source: UK_700, proof: { kind: 'data', check: 'service-date' }, appliesWhen: ['seller-vat-registered'] },
      { id: 'seller-identity', labelKey: 'mention_seller_identity', source: UK_700, proof: { kind: 'data', check: 'seller-identity' } },
      {
        id: 'seller-uk-company-details',
        labelKey: 'mention_seller_uk_company_details',
        source: UK_TRADING_DISCLOSURES,
        proof: { kind: 'data', check: 'seller-uk-company-details' },
        appliesWhen: ['seller-company'],
      },
      {
        id: 'seller-vat-number',
        labelKey: 'mention_seller_vat_number',
        source: UK_700,
        proof: { kind: 'data', check: 'seller-vat-number' },
        appliesWhen: ['seller-vat-registered'],
      },
      {
        id: 'client-identity',
        labelKey: 'mention_client_identity',
        source: UK_700,
        proof: { kind: 'data', check: 'client-identity' },
        appliesWhen: ['not-small-invoice'],
      },
      { id: 'description', labelKey: 'mention_description', source: UK_700, proof: { kind: 'ticked' } },
      {
        id: 'quantity-unit-price',
        labelKey: 'mention_quantity_unit_price',
        source: UK_700,
        proof: { kind: 'ticked' },
        appliesWhen: ['not-small-invoice'],
      },
      {
        id: 'vat-rate-and-amount',
        labelKey: 'mention_vat_rate_and_amount',
        source: UK_700,
        proof: { kind: 'ticked' },
        appliesWhen: ['seller-vat-registered'],
      },
      { id: 'totals', labelKey: 'mention_totals', source: UK_700, proof: { kind: 'data', check: 'totals' } },
    ],
  },
  US: {
    jurisdiction: 'US',
    validFrom: '2024-08-28',
    sources: [US_PRACTICE],
    mentions: [
      { id: 'invoice-number', labelKey: 'mention_invoice_number', source: US_PRACTICE, proof: { kind: 'data', check: 'invoice-number' } },
      { id: 'issue-date', labelKey: 'mention_issue_date', source: US_PRACTICE, proof: { kind: 'data', check: 'issue-date' } },
      { id: 'due-date', labelKey: 'mention_due_date', source: US_PRACTICE, proof: { kind: 'data', check: 'due-date' } },
      { id: 'seller-identity', labelKey: 'mention_seller_identity', source: US_PRACTICE, proof: { kind: 'data', check: 'seller-identity' } },
      { id: 'client-identity', labelKey: 'mention_client_identity', source: US_PRACTICE, proof: { kind: 'data', check: 'client-identity' } },
      { id: 'description', labelKey: 'mention_description', source: US_PRACTICE, proof: { kind: 'ticked' } },
      { id: 'totals', labelKey: 'mention_totals', source: US_PRACTICE, proof: { kind: 'data', check: 'totals' } },
      { id: 'payment-terms', labelKey: 'mention_payment_terms', source: US_PRACTICE, proof: { kind: 'data', check: 'payment-terms' } },
    ],
  },
};
