import { halfYearOf } from '@/lib/calendar';
import type { ComplianceDetail } from '@/lib/billing/compliance';
import type { AgreedDueDate, DueDateRule, TermWarning } from '@/lib/billing/due-date';
import { LATE_PAYMENT_RULES, type TermStart } from '@/lib/billing/rules/late-payment';
import { REFERENCE_RATES, referenceRateFor, type ReferenceRateId } from '@/lib/billing/rules/reference-rates';
import { currentLanguage, messageFor, type MessageKey } from '@/lib/i18n/messages';
import type { Agreement, CalendarDate, Jurisdiction } from '@/lib/model';
import { date, money, t } from '../../text';

/**
 * The billing rules explain themselves as a message key and raw values (`{ days: 45, endOfMonth: true }`);
 * this turns those values into words in the user's language (dates, amounts, percentages, yes/no) and fills the
 * message. Parameter names are passed in lower case, the way `messages.json` placeholders are matched.
 */

type RuleParams = Readonly<Record<string, string | number | boolean>>;

export const JURISDICTION_LABEL: Record<Jurisdiction, MessageKey> = {
  FR: 'jurisdictionFR',
  EU: 'jurisdictionEU',
  DE: 'jurisdictionDE',
  UK: 'jurisdictionUK',
  US: 'jurisdictionUS',
};

const START_LABEL: Record<TermStart | 'issue-date', MessageKey> = {
  'issue-date': 'billing_counted_from_issue_date',
  'service-date': 'billing_counted_from_service_date',
  'invoice-receipt': 'billing_counted_from_receipt',
  'later-of-service-and-invoice': 'billing_counted_from_later',
};

/** Amounts in minor units, named so by the rules; their currency is the `currency` value beside them. */
const MONEY_PARAMS = new Set(['amount', 'net', 'tax', 'gross', 'taxAmount']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HALF_YEAR = /^(\d{4})-H([12])$/;

export const percentText = (value: number): string =>
  new Intl.NumberFormat(currentLanguage() === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(value);

export const halfYearText = (halfYear: string): string => {
  const match = HALF_YEAR.exec(halfYear);
  if (!match) return halfYear;
  return t(match[2] === '1' ? 'billing_half_year_1' : 'billing_half_year_2', match[1]);
};

const formatParam = (name: string, value: string | number | boolean, params: RuleParams, currency?: string): string => {
  if (name === 'endOfMonth') return value === true || value === 1 ? t('billing_end_of_month_suffix') : '';
  if (MONEY_PARAMS.has(name) && typeof value === 'number') {
    return money(value, String(params.currency ?? currency ?? 'EUR'));
  }
  if (name === 'jurisdiction' && typeof value === 'string' && value in JURISDICTION_LABEL) {
    return t(JURISDICTION_LABEL[value as Jurisdiction]);
  }
  if ((name === 'countedFrom' || name === 'countsFrom') && typeof value === 'string' && value in START_LABEL) {
    return t(START_LABEL[value as TermStart]);
  }
  if (name.endsWith('Percent') && typeof value === 'number') return percentText(value);
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  if (typeof value === 'string' && DATE.test(value)) return date(value);
  if (typeof value === 'string' && HALF_YEAR.test(value)) return halfYearText(value);
  return String(value);
};

export const ruleParams = (params: RuleParams = {}, currency?: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) out[name.toLowerCase()] = formatParam(name, value, params, currency);
  return out;
};

/** A message a rule names by key, with its values in words. */
export const ruleText = (key: string, params?: RuleParams, currency?: string): string =>
  messageFor(key, ruleParams(params, currency));

export const termWarningText = (warning: TermWarning): string => ruleText(warning.messageKey, warning.params);

export const complianceDetailText = (detail: ComplianceDetail, currency: string): string =>
  ruleText(detail.key, detail.params, currency);

const DUE_RULE_KEY: Record<DueDateRule['key'], MessageKey> = {
  'net-days': 'billing_due_rule_net_days',
  'days-then-end-of-month': 'billing_due_rule_days_then_end_of_month',
  'end-of-month-then-days': 'billing_due_rule_end_of_month_then_days',
  'statutory-default': 'billing_due_rule_statutory_default',
};

/** How a due date was reached, in a sentence: "30 days from the issue date (5 Jan 2026)". */
export const dueRuleText = (rule: DueDateRule): string => ruleText(DUE_RULE_KEY[rule.key], rule.params);

/** Where an invoice's agreed due date comes from, and how it was reached. */
export const dueDateOrigin = (agreed: AgreedDueDate, agreement: Pick<Agreement, 'title'> | undefined): string =>
  agreed.termsFrom === 'agreement' && agreement
    ? t('billing_due_from_agreement', dueRuleText(agreed.rule), agreement.title)
    : t('billing_due_from_settings', dueRuleText(agreed.rule));

/** "30 days" or "45 days end of month". */
export const termsText = (terms: { days: number; endOfMonth: boolean }): string =>
  ruleText('billing_terms_days', { days: terms.days, endOfMonth: terms.endOfMonth });

const REFERENCE_LABEL: Record<ReferenceRateId, MessageKey> = {
  'ecb-mro': 'billing_reference_ecb_mro',
  'de-basiszinssatz': 'billing_reference_de_basiszinssatz',
  'boe-bank-rate': 'billing_reference_boe_bank_rate',
  'fr-legal-interest-professional': 'billing_reference_fr_legal_interest',
};

/** The statutory late-payment rate on `on`: "ECB rate + 10 points: 12.15 % (H2 2026)", or why there is none. */
export const statutoryRateText = (jurisdiction: Jurisdiction, on: CalendarDate): string => {
  const interest = LATE_PAYMENT_RULES[jurisdiction].lateInterest;
  if (interest.kind === 'contract-only') return t('billing_statutory_rate_none');
  const reference = referenceRateFor(REFERENCE_RATES[interest.table], halfYearOf(on));
  return ruleText('billing_statutory_rate', {
    reference: t(REFERENCE_LABEL[interest.table]),
    points: interest.points,
    ratePercent: Math.round((reference.ratePercent + interest.points) * 100) / 100,
    halfYear: reference.halfYear,
  });
};

/** The lowest contract rate the law allows on `on`, where it sets one (France: 3 × the legal interest rate). */
export const contractFloorText = (jurisdiction: Jurisdiction, on: CalendarDate): string | undefined => {
  const interest = LATE_PAYMENT_RULES[jurisdiction].lateInterest;
  if (interest.kind !== 'reference-plus' || !interest.contractFloor) return undefined;
  const { table, multiple } = interest.contractFloor;
  const legal = referenceRateFor(REFERENCE_RATES[table], halfYearOf(on));
  return ruleText('billing_contract_rate_floor', {
    multiple,
    reference: t(REFERENCE_LABEL[table]),
    floorPercent: Math.round(legal.ratePercent * multiple * 100) / 100,
    halfYear: legal.halfYear,
  });
};

/** The fixed recovery sum the law gives, or that there is none. */
export const statutoryFeeText = (jurisdiction: Jurisdiction): string => {
  const fee = LATE_PAYMENT_RULES[jurisdiction].recoveryFee;
  if (!fee) return t('billing_fee_hint_none');
  const fees = fee.bands.map((band) => money(band.fee, fee.currency)).join(' / ');
  return t(fee.bands.length > 1 ? 'billing_fee_hint_statutory_bands' : 'billing_fee_hint_statutory', fees);
};
