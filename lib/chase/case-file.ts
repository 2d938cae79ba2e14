import type { LateInterest } from '../billing/late-interest';
import type { LegalSource } from '../billing/rules/sources';
import { messageFor, type Language } from '../i18n/messages';
import type { Agreement, Contact, ContactChannel, Delivery, Invoice, Jurisdiction, PaymentPlan, Payment } from '../model/billing';
import type { Client } from '../model/client';
import type { CalendarDate, Money, PostalAddress } from '../model/common';
import type { Settings } from '../model/settings';
import type { DebtorKind } from '../model/legal-status';
import { amountClaimed, type ChaseSummary, type FeeView } from './invoice-chase';
import { calculationLines, deliverySentence } from './letters';

/**
 * The case file for a collection agency, a commissaire de justice or a court: the invoice, the agreement, every
 * reminder and contact, and the calculation of what is owed, as one plain object. The chase page prints it and
 * offers it as a JSON download.
 */

export const CASE_FILE_FORMAT = 'clientcheck-case-file';
export const CASE_FILE_VERSION = 1;

export interface CaseFile {
  format: typeof CASE_FILE_FORMAT;
  version: typeof CASE_FILE_VERSION;
  preparedOn: CalendarDate;
  language: Language;
  jurisdiction: Jurisdiction;
  creditor: { name?: string; address?: PostalAddress; siren?: string; siret?: string; vat?: string };
  debtor: {
    name: string;
    legalName?: string;
    contactName?: string;
    kind?: Client['kind'];
    emails: string[];
    phones: string[];
    address?: PostalAddress;
    billingAddress?: PostalAddress;
    identifiers?: Client['identifiers'];
  };
  invoice: {
    number: string;
    issueDate: CalendarDate;
    serviceDate?: CalendarDate;
    dueDate: CalendarDate;
    amount: Money;
    taxAmount: Money;
    poNumber?: string;
    description?: string;
    status: Invoice['status'];
    payments: Pick<Payment, 'date' | 'amount' | 'note'>[];
    balance: Money;
    daysLate: number;
  };
  agreement?: {
    title: string;
    signedByFreelancerOn?: CalendarDate;
    signedByClientOn?: CalendarDate;
    documentUrl?: string;
    paymentTerms: Agreement['paymentTerms'];
    lateInterest: Agreement['lateInterest'];
    scope?: string;
    deliverables?: string[];
    revisionRounds?: number;
    acceptanceCriteria?: string;
    /** Oldest first, as recorded on the agreement. */
    deliveries?: Delivery[];
    /** The last delivery as the letters cite it. */
    delivered?: string;
  };
  claim: {
    until: CalendarDate;
    /** Who owes, for the law, and the rules that follow from it (jurisdiction × debtor). */
    debtor: DebtorKind;
    rules: string;
    balance: Money;
    interest: {
      status: LateInterest['status'];
      total: Money;
      lines: { from: CalendarDate; to: CalendarDate; days: number; balance: number; ratePercent: number; daysInYear: number; interest: number }[];
      /** The calculation as it reads in the letters. */
      explained: string[];
      source: LegalSource;
      /** Interest counted from the day after this formal notice (a French consumer). */
      fromFormalNotice?: CalendarDate;
    };
    fee: FeeView;
    total: Money[];
  };
  reminders: { step: string; label: string; doneOn: CalendarDate; channel: ContactChannel }[];
  contacts: { on: CalendarDate; channel: ContactChannel; summary: string; reasonGiven?: string; promisedDate?: CalendarDate; aboutThisInvoice: boolean }[];
  paymentPlans: { signedByBothOn?: CalendarDate; documentUrl?: string; invoiceIds: string[]; instalments: PaymentPlan['instalments']; currency: string }[];
  pause?: { reason?: string; disputed: boolean };
  limitation?: { expiresOn: CalendarDate; years: number; source: LegalSource; note?: string };
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

export const buildCaseFile = (summary: ChaseSummary, freelancer: Settings['freelancer'], language: Language): CaseFile => {
  const { invoice, client, agreement, today } = summary;
  const money = (amount: number): Money => ({ amount, currency: invoice.currency });
  const stepLabel = new Map(summary.ladder.steps.map((s) => [s.id, messageFor(s.labelKey, [], language)]));
  const contacts = [...summary.contacts]
    .filter((c) => !c.invoiceId || c.invoiceId === invoice.id)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    preparedOn: today,
    language,
    jurisdiction: summary.jurisdiction,
    creditor: defined({ name: freelancer.name, address: freelancer.address, siren: freelancer.siren, siret: freelancer.siret, vat: freelancer.vat }),
    debtor: defined({
      name: client?.displayName ?? '',
      legalName: client?.legalName,
      contactName: client?.contactName,
      kind: client?.kind,
      emails: client?.emails ?? [],
      phones: client?.phones ?? [],
      address: client?.address,
      billingAddress: client?.billingAddress,
      identifiers: client?.identifiers,
    }),
    invoice: defined({
      number: invoice.number,
      issueDate: invoice.issueDate,
      serviceDate: invoice.serviceDate,
      dueDate: invoice.dueDate,
      amount: money(invoice.amount),
      taxAmount: money(invoice.taxAmount),
      poNumber: invoice.poNumber,
      description: invoice.description,
      status: invoice.status,
      payments: invoice.payments.map((p) => defined({ date: p.date, amount: p.amount, note: p.note })),
      balance: money(summary.balance),
      daysLate: summary.daysLate,
    }),
    ...(agreement
      ? {
          agreement: defined({
            title: agreement.title,
            signedByFreelancerOn: agreement.signedByFreelancerOn,
            signedByClientOn: agreement.signedByClientOn,
            documentUrl: agreement.documentUrl,
            paymentTerms: agreement.paymentTerms,
            lateInterest: agreement.lateInterest,
            scope: agreement.scope,
            deliverables: agreement.deliverables?.length ? agreement.deliverables : undefined,
            revisionRounds: agreement.revisionRounds,
            acceptanceCriteria: agreement.acceptanceCriteria,
            deliveries: agreement.deliveries?.length ? agreement.deliveries : undefined,
            delivered: deliverySentence(agreement, today, language),
          }),
        }
      : {}),
    claim: {
      until: today,
      debtor: summary.debtor,
      rules: messageFor(summary.rule.summaryKey, [], language),
      balance: money(summary.balance),
      interest: {
        status: summary.interest.status,
        total: money(summary.interest.total),
        lines: summary.interest.lines.map((l) => ({
          from: l.from,
          to: l.to,
          days: l.days,
          balance: l.balance,
          ratePercent: l.ratePercent,
          daysInYear: l.daysInYear,
          interest: l.interestRounded,
        })),
        explained: calculationLines(summary.interest, today, invoice.currency, language),
        source: summary.interest.source,
        ...(summary.interest.fromFormalNotice ? { fromFormalNotice: summary.interest.fromFormalNotice } : {}),
      },
      fee: summary.fee,
      total: amountClaimed({ balance: summary.balance, interest: summary.interest, fee: summary.fee, currency: invoice.currency }),
    },
    reminders: [...invoice.chase.stepsDone]
      .sort((a, b) => (a.doneOn < b.doneOn ? -1 : a.doneOn > b.doneOn ? 1 : 0))
      .map((d) => ({ step: d.step, label: stepLabel.get(d.step) ?? d.step, doneOn: d.doneOn, channel: d.channel })),
    contacts: contacts.map((c: Contact) =>
      defined({
        on: c.on,
        channel: c.channel,
        summary: c.summary,
        reasonGiven: c.reasonGiven,
        promisedDate: c.promisedDate,
        aboutThisInvoice: c.invoiceId === invoice.id,
      }),
    ),
    paymentPlans: summary.plans
      .filter((p) => p.invoiceIds.includes(invoice.id))
      .map((p) => defined({ signedByBothOn: p.signedByBothOn, documentUrl: p.documentUrl, invoiceIds: p.invoiceIds, instalments: p.instalments, currency: p.currency })),
    ...(invoice.chase.pausedReason || invoice.status === 'disputed'
      ? { pause: defined({ reason: invoice.chase.pausedReason, disputed: invoice.status === 'disputed' }) }
      : {}),
    ...(summary.limitation
      ? {
          limitation: defined({
            expiresOn: summary.limitation.expiresOn,
            years: summary.limitation.period.years,
            source: summary.limitation.period.source,
            note: summary.limitation.period.note,
          }),
        }
      : {}),
  };
};

export const caseFileName = (file: CaseFile): string =>
  `case-file-${file.invoice.number.replace(/[^A-Za-z0-9._-]+/g, '_')}-${file.preparedOn}.json`;
