import { formatHalfYear } from '../format-words';
import { addDays, laterOf, type HalfYear } from '../calendar';
import type { LateInterest, LateInterestLine } from '../billing/late-interest';
import type { LatePaymentRule } from '../billing/rules/late-payment';
import type { LegalSource } from '../billing/rules/sources';
import type { DebtorKind } from '../model/legal-status';
import { formatLongDate, formatMoney } from '../format';
import { message, type Language, type MessageKey } from '../i18n/messages';
import type { Agreement, Delivery, Invoice, Jurisdiction } from '../model/billing';
import type { Client } from '../model/client';
import type { CalendarDate, Money, PostalAddress } from '../model/common';
import type { Settings } from '../model/settings';
import { amountClaimed, daysToPayOf, type ChaseSummary, type FeeView } from './invoice-chase';
import type { WrittenTemplate } from './settings';

/**
 * Reminder emails and letters, in French and English whatever the interface language, filled from the chase
 * data. Plain text only (they are copied, mailed or printed, never injected as markup). Every sentence comes from
 * lib/chase/messages.<lang>.json; this file decides which sentences a letter needs and fills them.
 */

export type LetterFormat = 'email' | 'letter';

export interface LetterInput {
  template: WrittenTemplate;
  language: Language;
  format: LetterFormat;
  /** The date written on the letter; interest is counted up to it. */
  letterDate: CalendarDate;
  freelancer: Settings['freelancer'];
  client: Pick<Client, 'displayName' | 'legalName' | 'contactName' | 'address' | 'billingAddress' | 'civility'>;
  invoice: Pick<Invoice, 'number' | 'issueDate' | 'dueDate' | 'amount' | 'currency' | 'poNumber'>;
  agreement?: Pick<Agreement, 'title' | 'signedByClientOn' | 'signedByFreelancerOn' | 'deliveries'>;
  jurisdiction: Jurisdiction;
  balance: number;
  paid: number;
  daysLate: number;
  interest: LateInterest;
  fee: FeeView;
  /** Reminders already sent, oldest first. */
  remindersSent: readonly CalendarDate[];
  daysToPay: number;
  /** Articles the formal notice rests on (Code civil 1344 in France). */
  noticeSources: readonly LegalSource[];
  /** Who owes (`debtorKindOf`) and the late-payment row that follows: a consumer's letters cite other law. */
  debtor?: DebtorKind;
  rule?: LatePaymentRule;
  /** The day the formal notice was sent, once it was. */
  formalNoticeOn?: CalendarDate;
}

export type LetterBlockKind = 'sender' | 'recipient' | 'dated' | 'sent-by' | 'subject' | 'paragraph' | 'items' | 'calculation' | 'closing' | 'signature';

export interface LetterBlock {
  kind: LetterBlockKind;
  lines: string[];
}

export interface Letter {
  template: WrittenTemplate;
  language: Language;
  format: LetterFormat;
  subject: string;
  blocks: LetterBlock[];
  /** Last day to pay stated by the letter (final reminder and formal notice). */
  deadline?: CalendarDate;
}

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** "1 October 2026", "1er octobre 2026": the shared long date, with the French ordinal first of the month. */
const longDate = (date: CalendarDate, language: Language): string => formatLongDate(date, LOCALES[language]);

const amount = (money: Money, language: Language): string => formatMoney(money.amount, money.currency, LOCALES[language]);

const percent = (value: number, language: Language): string => {
  const digits = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return language === 'fr' ? `${digits}\u00a0%` : `${digits}%`;
};

const REFERENCE_NAMES: Record<string, MessageKey> = {
  'ecb-mro': 'letter_reference_ecb_mro',
  'de-basiszinssatz': 'letter_reference_de_basiszinssatz',
  'boe-bank-rate': 'letter_reference_boe_bank_rate',
  'fr-legal-interest-professional': 'letter_reference_fr_legal_interest',
};

/** "second half of 2026", "second semestre 2026" (lib/format-words.ts). */
export const halfYearLabel = (halfYear: HalfYear, language: Language): string => formatHalfYear(halfYear, language);

/** Sources in a row: French puts a space before the semicolon, English does not. */
const sourcesText = (sources: readonly LegalSource[], language: Language): string =>
  sources.map((s) => s.ref).join(language === 'fr' ? '\u00a0; ' : '; ');

/** The contact's surname: the last word of the name. */
const surnameOf = (name: string): string => name.trim().split(/\s+/).at(-1) ?? name;

/**
 * The greeting. With a civility: "Dear Ms Martin," / "Bonjour Madame Martin," (a formal French letter: "Madame,");
 * without: by full name, or the neutral greeting when no contact is named.
 */
export const salutation = (
  client: Pick<Client, 'contactName' | 'civility'>,
  formal: boolean,
  language: Language,
): string => {
  const m = (key: MessageKey, values: Record<string, string> = {}) => message(key, values, language);
  const named = client.contactName?.trim();
  if (named && client.civility) {
    const values = { civility: m(client.civility === 'ms' ? 'letter_civility_ms' : 'letter_civility_mr'), surname: surnameOf(named) };
    return m(formal ? 'letter_salutation_civility_formal' : 'letter_salutation_civility', values);
  }
  if (formal) return named && language === 'en' ? m('letter_salutation_named_formal', { name: named }) : m('letter_salutation_formal');
  return named ? m('letter_salutation_named', { name: named }) : m('letter_salutation');
};

/** The date both sides had signed: the later of the two signatures. */
export const signedByBothOn = (agreement?: Pick<Agreement, 'signedByClientOn' | 'signedByFreelancerOn'>): CalendarDate | undefined =>
  agreement?.signedByClientOn && agreement.signedByFreelancerOn
    ? laterOf(agreement.signedByClientOn, agreement.signedByFreelancerOn)
    : (agreement?.signedByClientOn ?? undefined);

/** The last delivery made by `until`: the one a reminder points to when the client says the work is not done. */
export const lastDelivery = (agreement: Pick<Agreement, 'deliveries'> | undefined, until: CalendarDate): Delivery | undefined =>
  (agreement?.deliveries ?? []).filter((d) => d.on <= until).reduce<Delivery | undefined>((last, d) => (!last || d.on >= last.on ? d : last), undefined);

/** "The work was delivered on 12 January 2026 (logo files) and accepted on 15 January 2026.", or '' without a delivery. */
export const deliverySentence = (agreement: Pick<Agreement, 'deliveries'> | undefined, until: CalendarDate, language: Language): string => {
  const last = lastDelivery(agreement, until);
  if (!last) return '';
  const values = { on: longDate(last.on, language), what: last.what };
  return last.acceptedOn && last.acceptedOn <= until
    ? message('letter_delivered_accepted', { ...values, accepted_on: longDate(last.acceptedOn, language) }, language)
    : message('letter_delivered', values, language);
};

/** Where mail goes without a country line: the sender's country, else the one whose law governs the invoice. */
const HOME_COUNTRY: Partial<Record<Jurisdiction, string>> = { FR: 'FR', DE: 'DE', UK: 'GB', US: 'US' };

const countryName = (code: string, language: Language): string => {
  try {
    return (new Intl.DisplayNames(LOCALES[language], { type: 'region' }).of(code) ?? code).toUpperCase();
  } catch {
    return code;
  }
};

/** Postal lines; the country, in capitals as postal services ask, only for mail abroad. */
const addressLines = (address: PostalAddress | undefined, language: Language, homeCountry?: string): string[] => {
  if (!address) return [];
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(' ');
  const country = address.country && address.country !== homeCountry ? countryName(address.country, language) : undefined;
  return [address.street, cityLine, address.region, country].filter((line): line is string => !!line && line.trim() !== '');
};

/** The interest calculation line by line, then the rate each period used and the method. */
export const calculationLines = (interest: LateInterest, until: CalendarDate, currency: string, language: Language): string[] => {
  if (interest.status !== 'accruing') return [];
  const money = (value: number) => amount({ amount: value, currency }, language);
  const lines = interest.lines.map((line) =>
    message(
      'letter_calc_line',
      {
        from: longDate(line.from, language),
        to: longDate(line.to, language),
        balance: money(line.balance),
        rate: percent(line.ratePercent, language),
        days: line.days,
        year: line.daysInYear,
        amount: money(line.interestRounded),
      },
      language,
    ),
  );
  const seen = new Set<string>();
  const rates: string[] = [];
  for (const line of interest.lines) {
    const text = rateExplanation(line, language);
    if (!seen.has(text)) rates.push(text);
    seen.add(text);
  }
  const years = [...new Set(interest.lines.map((l) => l.daysInYear))].join('/');
  return [
    ...lines,
    ...rates,
    message('letter_calc_total', { date: longDate(until, language), total: money(interest.total) }, language),
    interest.fromFormalNotice
      ? message('letter_calc_method_notice', { year: years, date: longDate(interest.fromFormalNotice, language) }, language)
      : message('letter_calc_method', { year: years }, language),
  ];
};

const rateExplanation = (line: LateInterestLine, language: Language): string => {
  const basis = line.rateBasis;
  const rate = percent(line.ratePercent, language);
  if (basis.kind === 'reference-plus' && basis.points === 0) {
    return message(
      'letter_calc_rate_reference_only',
      { rate, reference: message(REFERENCE_NAMES[basis.reference.table], [], language), half: halfYearLabel(basis.reference.halfYear, language) },
      language,
    );
  }
  if (basis.kind === 'reference-plus') {
    return message(
      'letter_calc_rate_reference',
      {
        rate,
        reference: message(REFERENCE_NAMES[basis.reference.table], [], language),
        reference_rate: percent(basis.reference.ratePercent, language),
        half: halfYearLabel(basis.reference.halfYear, language),
        points: new Intl.NumberFormat(LOCALES[language]).format(basis.points),
      },
      language,
    );
  }
  if (basis.floor?.applied) {
    return message(
      'letter_calc_rate_floor',
      {
        rate,
        multiple: basis.floor.multiple,
        legal: percent(basis.floor.legal.ratePercent, language),
        half: halfYearLabel(basis.floor.legal.halfYear, language),
        contract: percent(basis.contractRatePercent, language),
      },
      language,
    );
  }
  return message('letter_calc_rate_contract', { rate }, language);
};

/** "(Code de commerce L441-10 II)" for statutory interest, "(contract rate)" otherwise. */
const interestBasisText = (interest: LateInterest, language: Language): string => {
  const first = interest.lines[0]?.rateBasis;
  if (first?.kind === 'contract') return message('letter_interest_basis_contract', { rate: percent(first.contractRatePercent, language) }, language);
  return interest.source.ref;
};

const feeSourceText = (fee: FeeView, language: Language): string =>
  fee.kind === 'fixed' && fee.basis === 'statutory' && fee.source ? fee.source.ref : message('letter_fee_basis_contract', [], language);

export const renderLetter = (input: LetterInput): Letter => {
  const { language: lang, invoice, template } = input;
  const m = (key: MessageKey, values: Record<string, string | number> = {}) => message(key, values, lang);
  const money = (value: number) => amount({ amount: value, currency: invoice.currency }, lang);
  const date = (d: CalendarDate) => longDate(d, lang);
  const days = (count: number) => m(count === 1 ? 'letter_day' : 'letter_days', { count });

  const hasInterest = input.interest.status === 'accruing' && input.interest.total > 0;
  const fee = input.fee.kind === 'fixed' ? input.fee.fee : undefined;
  const claimed = amountClaimed({ balance: input.balance, interest: input.interest, fee: input.fee, currency: invoice.currency });
  const total = claimed.map((part) => amount(part, lang)).join(' + ');
  const citesPenalties = template === 'firm' || template === 'final' || template === 'formal-notice';
  const deadline = template === 'final' || template === 'formal-notice' ? addDays(input.letterDate, input.daysToPay) : undefined;
  const facts = {
    number: invoice.number,
    issue_date: date(invoice.issueDate),
    due_date: date(invoice.dueDate),
    amount: money(invoice.amount),
    balance: money(input.balance),
    paid: money(input.paid),
    days: days(input.daysLate),
    total,
    interest: money(input.interest.total),
    fee: fee ? amount(fee, lang) : '',
    interest_basis: hasInterest ? interestBasisText(input.interest, lang) : '',
    fee_basis: fee ? feeSourceText(input.fee, lang) : '',
    days_to_pay: input.daysToPay,
    deadline: deadline ? date(deadline) : '',
    date: date(input.letterDate),
  };

  const subjectKeys: Record<WrittenTemplate, MessageKey> = {
    courtesy: 'letter_subject_courtesy',
    friendly: 'letter_subject_friendly',
    firm: 'letter_subject_firm',
    final: 'letter_subject_final',
    'formal-notice': 'letter_subject_formal_notice',
  };
  const subject = m(subjectKeys[template], facts);

  const blocks: LetterBlock[] = [];
  const paragraph = (...lines: string[]) => {
    const kept = lines.filter((l) => l.trim() !== '');
    if (kept.length > 0) blocks.push({ kind: 'paragraph', lines: [kept.join(' ')] });
  };
  const postal = input.format === 'letter';
  const named = input.client.contactName?.trim();

  if (postal) {
    const f = input.freelancer;
    const home = f.address?.country ?? HOME_COUNTRY[input.jurisdiction];
    const ids = [
      f.siret ? m('letter_siret', { siret: f.siret }) : f.siren ? m('letter_siren', { siren: f.siren }) : '',
      f.vat ? m('letter_vat', { vat: f.vat }) : '',
    ].filter(Boolean);
    const recipientAddress = input.client.billingAddress ?? input.client.address;
    // The sender's own country shows only when the letter crosses a border.
    const senderHome = recipientAddress?.country ?? home;
    blocks.push({ kind: 'sender', lines: [f.name ?? '', ...addressLines(f.address, lang, senderHome), ...ids].filter((l) => l !== '') });
    const recipientName = input.client.legalName?.trim() || input.client.displayName;
    blocks.push({
      kind: 'recipient',
      lines: [
        recipientName,
        ...(named ? [m('letter_attention', { name: named })] : []),
        ...addressLines(recipientAddress, lang, home),
      ],
    });
    const place = f.address?.city?.trim();
    blocks.push({ kind: 'dated', lines: [place ? m('letter_dated_at', { place, date: facts.date }) : m('letter_dated', { date: facts.date })] });
    if (template === 'final' || template === 'formal-notice') blocks.push({ kind: 'sent-by', lines: [m('letter_registered')] });
    blocks.push({
      kind: 'subject',
      lines: [m('letter_subject_line', { subject }), ...(invoice.poNumber ? [m('letter_po_line', { po: invoice.poNumber })] : [])],
    });
  }

  const formal = postal || template === 'formal-notice';
  blocks.push({ kind: 'paragraph', lines: [salutation(input.client, formal, lang)] });

  const signed = signedByBothOn(input.agreement);
  const agreementSentence = input.agreement
    ? signed
      ? m('letter_agreement_signed', { title: input.agreement.title, signed_on: date(signed) })
      : m('letter_agreement', { title: input.agreement.title })
    : '';
  const delivered = deliverySentence(input.agreement, input.letterDate, lang);
  const partPaid = input.paid > 0 ? m('letter_part_paid', facts) : '';
  const reminderDates = [...new Set(input.remindersSent)].map(date);
  const reminders = reminderDates.length > 0 ? m('letter_previous_reminders', { dates: reminderDates.join(', ') }) : '';
  const consumer = input.debtor === 'consumer';
  // Statutory interest that runs only from the formal notice (France, a consumer): none before it, then since it.
  const awaitingNotice = input.interest.status === 'awaiting-notice';
  const fromNotice = awaitingNotice || input.interest.fromFormalNotice !== undefined;
  const legalBasis = { interest_basis: input.interest.source.ref };
  const penalties = !citesPenalties
    ? ''
    : awaitingNotice
      ? template === 'formal-notice'
        ? ''
        : m('letter_consumer_interest_from_notice', legalBasis)
      : fromNotice && hasInterest && input.formalNoticeOn && template !== 'formal-notice'
        ? m('letter_consumer_interest_since_notice', { ...legalBasis, notice_date: date(input.formalNoticeOn) })
        : hasInterest && fee
      ? m('letter_penalties_interest_and_fee', facts)
      : hasInterest
        ? m('letter_penalties_interest', facts)
        : fee
          ? m('letter_penalties_fee', facts)
          : '';
  const amounts = !citesPenalties
    ? ''
    : hasInterest && fee
      ? m('letter_amounts_interest_and_fee', facts)
      : hasInterest
        ? m('letter_amounts_interest', facts)
        : fee
          ? m('letter_amounts_fee', facts)
          : m('letter_amounts_balance', facts);

  switch (template) {
    case 'courtesy':
      paragraph(m('letter_courtesy_body', facts));
      paragraph(m('letter_courtesy_paid'));
      break;
    case 'friendly':
      paragraph(m('letter_friendly_unpaid', facts), agreementSentence, delivered, partPaid);
      paragraph(m('letter_friendly_request', facts));
      paragraph(m('letter_friendly_paid'));
      break;
    case 'firm':
      paragraph(m('letter_unpaid', facts), agreementSentence, delivered, partPaid);
      paragraph(reminders);
      paragraph(penalties, amounts);
      paragraph(m('letter_firm_request'));
      break;
    case 'final':
      paragraph(m('letter_unpaid', facts), agreementSentence, delivered, partPaid);
      paragraph(reminders);
      paragraph(penalties, amounts);
      paragraph(m('letter_final_request', facts));
      paragraph(m('letter_final_talk'));
      break;
    case 'formal-notice': {
      paragraph(m('letter_notice_demand', facts));
      const items = [m('letter_notice_item_balance', facts)];
      if (hasInterest) items.push(m(consumer ? 'letter_notice_item_interest_consumer' : 'letter_notice_item_interest', facts));
      if (fee) items.push(m('letter_notice_item_fee', facts));
      blocks.push({ kind: 'items', lines: items });
      paragraph(m('letter_notice_unpaid', facts), agreementSentence, delivered, reminders);
      if (awaitingNotice) paragraph(m('letter_notice_interest_from_this', legalBasis));
      if (hasInterest) paragraph(m(consumer ? 'letter_notice_interest_runs_consumer' : 'letter_notice_interest_runs'));
      const consequence: MessageKey =
        input.jurisdiction === 'FR'
          ? consumer
            ? 'letter_notice_consequence_fr_consumer'
            : 'letter_notice_consequence_fr'
          : consumer
            ? 'letter_notice_consequence_consumer'
            : 'letter_notice_consequence';
      paragraph(m(consequence));
      paragraph(
        input.noticeSources.length > 0
          ? m('letter_notice_legal_with_sources', { sources: sourcesText(input.noticeSources, lang) })
          : m('letter_notice_legal'),
      );
      break;
    }
  }

  // A consumer is told of the mediator the freelancer offers, where the law asks for it (C. consom. L612-1).
  const mediator = input.freelancer.consumerMediator;
  if (consumer && citesPenalties && mediator && input.rule?.mediation) {
    const who = mediator.url ? `${mediator.name} (${mediator.url})` : mediator.name;
    paragraph(m('letter_consumer_mediator', { mediator: who, source: input.rule.mediation.ref }));
  }

  if (citesPenalties && hasInterest) {
    blocks.push({
      kind: 'calculation',
      lines: [m('letter_calc_heading'), ...calculationLines(input.interest, input.letterDate, invoice.currency, lang)],
    });
  }
  if (citesPenalties && fee) {
    const feeLine = m('letter_calc_fee', facts);
    const calc = blocks.find((b) => b.kind === 'calculation');
    if (calc) calc.lines.push(feeLine);
    else blocks.push({ kind: 'calculation', lines: [feeLine] });
  }

  blocks.push({
    kind: 'closing',
    lines: [formal ? (named && lang === 'en' ? m('letter_closing_formal_named') : m('letter_closing_formal')) : m('letter_closing')],
  });
  const signature = [input.freelancer.name ?? ''].filter((l) => l.trim() !== '');
  if (signature.length > 0) blocks.push({ kind: 'signature', lines: signature });

  return { template, language: lang, format: input.format, subject, blocks, ...(deadline ? { deadline } : {}) };
};

/** The letter as plain text, for the clipboard and the mail client. */
export const letterText = (letter: Letter, withSubject = letter.format === 'email'): string => {
  const parts = letter.blocks.map((block) => (block.kind === 'items' ? block.lines.map((l) => `– ${l}`) : block.lines).join('\n'));
  return [...(withSubject ? [letter.subject] : []), ...parts].join('\n\n');
};

/** A `mailto:` address that opens the user's mail client with the email ready to send. */
export const mailtoUrl = (letter: Letter, to?: string): string => {
  const query = `subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letterText(letter, false))}`;
  return `mailto:${to ? encodeURIComponent(to).replace(/%40/g, '@') : ''}?${query}`;
};

/** Fills a letter's input from what the chase page already worked out. */
export const letterInput = (
  summary: ChaseSummary,
  options: {
    template: WrittenTemplate;
    language: Language;
    format: LetterFormat;
    freelancer: Settings['freelancer'];
    client: LetterInput['client'];
  },
): LetterInput => {
  const notice = summary.ladder.steps.find((s) => s.template === 'formal-notice');
  const reminderIds = new Set(summary.ladder.steps.filter((s) => s.template !== 'none' && s.template !== 'courtesy').map((s) => s.id));
  return {
    ...options,
    letterDate: summary.today,
    invoice: summary.invoice,
    ...(summary.agreement ? { agreement: summary.agreement } : {}),
    jurisdiction: summary.jurisdiction,
    balance: summary.balance,
    paid: summary.paid,
    daysLate: summary.daysLate,
    interest: summary.interest,
    fee: summary.fee,
    remindersSent: summary.invoice.chase.stepsDone
      .filter((d) => reminderIds.has(d.step))
      .map((d) => d.doneOn)
      .sort(),
    daysToPay: daysToPayOf(notice),
    noticeSources: notice?.sources ?? [],
    debtor: summary.debtor,
    rule: summary.rule,
    ...(summary.formalNoticeOn ? { formalNoticeOn: summary.formalNoticeOn } : {}),
  };
};

/** Where to send reminders: the invoicing address the agreement names, else the client's first email. */
export const reminderAddress = (client?: Pick<Client, 'emails'>, agreement?: Pick<Agreement, 'invoiceRequirements'>): string | undefined =>
  agreement?.invoiceRequirements.invoiceEmail?.trim() || client?.emails[0];
