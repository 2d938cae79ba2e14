import { addDays, laterOf } from '../calendar';
import {
  chasePause,
  dueSteps,
  heldSteps,
  ladderReached,
  limitationDeadline,
  nextStep,
  recoveryFeeClaimed,
  type ChaseOptions,
  type ChasePause,
  type DueStep,
  type LimitationDeadline,
  type ScheduledStep,
} from './ladder';
import { lateInterestForInvoice, recoveryFee, type LateInterest } from '../billing/late-interest';
import { balanceOf, daysLate } from '../billing/overdue';
import { debtorKindOf } from '../billing/debtor';
import { isPlanBroken, isPlanInForce } from './plan-status';
import { latePaymentRule, type LatePaymentRule } from '../billing/rules/late-payment';
import type { LegalSource } from '../billing/rules/sources';
import type { DebtorKind } from '../model/legal-status';
import type { Client } from '../model/client';
import type { CalendarDate, Money } from '../model/common';
import type { Agreement, Contact, ContactChannel, Invoice, Jurisdiction, PaymentPlan } from '../model/billing';
import type { Settings } from '../model/settings';
import { ladderFor, ratesWith, templateOf, type Ladder, type LadderStep, type LetterTemplate } from './settings';

/**
 * Everything the chase shows about one invoice, worked out once from the stored rows: the ladder it walks,
 * where it stands on it, the interest and fixed fee owed today, and the deadline to go to court.
 */

export interface ChaseRecords {
  invoice: Invoice;
  client?: Client;
  agreement?: Agreement;
  /** The client's contact log (entries about this invoice or the client as a whole). */
  contacts: readonly Contact[];
  /** The client's payment plans. */
  plans: readonly PaymentPlan[];
}

export type ChaseSettingsInput = Pick<Settings, 'homeJurisdiction' | 'chase'>;

export type FeeView =
  | { kind: 'fixed'; fee: Money; basis: 'statutory' | 'contract'; source?: LegalSource; band?: string; moreOnProof: boolean }
  /** UK bands are set in pounds: a debt invoiced in another currency has to be converted by hand. */
  | { kind: 'needs-conversion'; bandCurrency: string; source: LegalSource }
  /** `voidedBy`: the agreement names a fee the law does not let this debtor be charged. */
  | { kind: 'none'; voidedBy?: LegalSource };

/**
 * `passed`: a later step was taken instead. `skipped`: a note for before the due date that came too late.
 * `held`: court or collection, whose date has come while a reminder or the formal notice is not done.
 */
export type StepState = 'done' | 'due' | 'upcoming' | 'skipped' | 'passed' | 'on-hold' | 'off' | 'held';

export interface StepRow {
  step: LadderStep;
  template: LetterTemplate;
  state: StepState;
  /** When the step was done, or falls due (after any promise moved it). */
  date?: CalendarDate;
  scheduledOn: CalendarDate;
  channel?: ContactChannel;
  movedByPromise?: ScheduledStep['movedByPromise'];
  /** Steps were skipped: this is the first not done, to take before the others. */
  catchingUp?: boolean;
}

export interface ChaseSummary extends ChaseRecords {
  today: CalendarDate;
  jurisdiction: Jurisdiction;
  /** Who owes, for the law (`debtorKindOf`): every rate, fee, article and letter of the chase follows it. */
  debtor: DebtorKind;
  /** False when the client's kind is not set: business rules were applied, and the page says so. */
  debtorKnown: boolean;
  /** The late-payment row applied (jurisdiction × debtor). */
  rule: LatePaymentRule;
  /** The day the formal notice was sent, once it was. */
  formalNoticeOn?: CalendarDate;
  ladder: Ladder;
  balance: number;
  paid: number;
  daysLate: number;
  pause: ChasePause | null;
  interest: LateInterest;
  fee: FeeView;
  next: ScheduledStep | null;
  due: DueStep[];
  steps: StepRow[];
  feeClaimed: boolean;
  limitation: LimitationDeadline | null;
  /** The signed plan covering the invoice, if any, and whether it is broken today. */
  plan?: { plan: PaymentPlan; broken: boolean };
  /** The latest promise to pay about this invoice, from the contact log. */
  promise?: { on: CalendarDate; promisedDate: CalendarDate; broken: boolean };
}

/** The fixed recovery sum: the statutory one where the law sets it, else the one written in the agreement. */
export const feeFor = (
  jurisdiction: Jurisdiction,
  balance: number,
  currency: string,
  agreement?: Pick<Agreement, 'fixedRecoveryFee'>,
  debtor: DebtorKind = 'business',
): FeeView => {
  const statutory = recoveryFee(jurisdiction, balance, currency, undefined, debtor);
  if (statutory.kind === 'fixed') {
    return {
      kind: 'fixed',
      fee: statutory.fee,
      basis: 'statutory',
      source: statutory.source,
      // The band only says something where the fee depends on the debt (UK).
      ...(statutory.band.label && (latePaymentRule(jurisdiction, debtor).recoveryFee?.bands.length ?? 0) > 1 ? { band: statutory.band.label } : {}),
      moreOnProof: statutory.moreOnProof,
    };
  }
  if (statutory.kind === 'needs-conversion') return { kind: 'needs-conversion', bandCurrency: statutory.bandCurrency, source: statutory.source };
  if (balance > 0 && agreement?.fixedRecoveryFee && agreement.fixedRecoveryFee.amount > 0) {
    const voidedBy = latePaymentRule(jurisdiction, debtor).contractFeeVoid;
    if (voidedBy) return { kind: 'none', voidedBy };
    return { kind: 'fixed', fee: agreement.fixedRecoveryFee, basis: 'contract', moreOnProof: false };
  }
  return { kind: 'none' };
};

/** The signed plan that governs the invoice: the latest signed one covering it (see chasePause). */
const planCovering = (invoice: Invoice, plans: readonly PaymentPlan[]): PaymentPlan | undefined =>
  plans
    .filter((p) => p.invoiceIds.includes(invoice.id) && isPlanInForce(p))
    .sort((a, b) => (a.signedByBothOn! < b.signedByBothOn! ? 1 : -1))[0];

const latestPromise = (invoice: Invoice, contacts: readonly Contact[]): Contact | undefined =>
  contacts
    .filter((c) => c.promisedDate && (c.invoiceId ? c.invoiceId === invoice.id : c.clientId === invoice.clientId))
    .sort((a, b) => (a.on === b.on ? (a.promisedDate! < b.promisedDate! ? 1 : -1) : a.on < b.on ? 1 : -1))[0];

/**
 * The day the formal notice was sent: the earliest step done that sends the formal-notice letter (in the ladder
 * as edited, or the shipped step's id).
 */
export const formalNoticeSentOn = (invoice: Pick<Invoice, 'chase'>, ladder: Pick<Ladder, 'steps'>): CalendarDate | undefined => {
  const ids = new Set(['formal-notice', ...ladder.steps.filter((s) => s.template === 'formal-notice').map((s) => s.id)]);
  return invoice.chase.stepsDone
    .filter((d) => ids.has(d.step))
    .reduce<CalendarDate | undefined>((first, d) => (!first || d.doneOn < first ? d.doneOn : first), undefined);
};

export const summarizeChase = (records: ChaseRecords, settings: ChaseSettingsInput, today: CalendarDate): ChaseSummary => {
  const { invoice, agreement, contacts, plans } = records;
  const jurisdiction = agreement?.jurisdiction ?? settings.homeJurisdiction;
  const debtor = debtorKindOf(records.client);
  const rule = latePaymentRule(jurisdiction, debtor);
  const ladder = ladderFor(jurisdiction, settings.chase);
  const formalNoticeOn = formalNoticeSentOn(invoice, ladder);
  const options: ChaseOptions = { plans };
  const balance = balanceOf(invoice);
  const paid = invoice.payments.reduce((sum, p) => sum + p.amount, 0);
  const pause = chasePause(invoice, today, options);
  const next = nextStep(invoice, ladder, today, contacts, options);
  const due = dueSteps(invoice, ladder, today, contacts, options);
  const interest = lateInterestForInvoice(
    invoice,
    agreement,
    today,
    settings.homeJurisdiction,
    { rates: ratesWith(settings.chase) },
    { debtor, ...(formalNoticeOn ? { formalNoticeOn } : {}) },
  );
  const late = daysLate(invoice, today);
  const fee = late > 0 ? feeFor(jurisdiction, balance, invoice.currency, agreement, debtor) : ({ kind: 'none' } as const);

  const done = new Map(invoice.chase.stepsDone.map((d) => [d.step, d]));
  const reached = ladderReached(invoice, ladder);
  const dueById = new Map(due.map((d) => [d.step.id, d]));
  const heldBack = heldSteps(invoice, ladder, today);
  const steps: StepRow[] = ladder.steps.map((step) => {
    const scheduledOn = addDays(invoice.dueDate, step.offsetDays);
    const base = { step, template: templateOf(step), scheduledOn };
    const record = done.get(step.id);
    if (record) return { ...base, state: 'done', date: record.doneOn, channel: record.channel };
    if (!step.enabled) return { ...base, state: 'off' };
    if (step.onlyBeforeDue && today > invoice.dueDate) return { ...base, state: 'skipped' };
    if (step.offsetDays < reached) return { ...base, state: 'passed' };
    if (pause) return { ...base, state: 'on-hold' };
    if (heldBack.has(step.id) && scheduledOn <= today) return { ...base, state: 'held' };
    const dueStep = dueById.get(step.id);
    if (dueStep) {
      return {
        ...base,
        state: 'due',
        date: dueStep.dueOn,
        ...(dueStep.movedByPromise ? { movedByPromise: dueStep.movedByPromise } : {}),
        ...(dueStep.catchingUp ? { catchingUp: true } : {}),
      };
    }
    if (next?.step.id === step.id) {
      return { ...base, state: 'upcoming', date: next.dueOn, ...(next.movedByPromise ? { movedByPromise: next.movedByPromise } : {}) };
    }
    // Steps after the next one: a promise still to come holds them back as well.
    const held = next?.movedByPromise?.kind === 'promise-pending' && step.offsetDays > 0;
    return { ...base, state: 'upcoming', date: held ? laterOf(scheduledOn, next.dueOn) : scheduledOn };
  });

  const plan = planCovering(invoice, plans);
  const promise = latestPromise(invoice, contacts);
  return {
    ...records,
    today,
    jurisdiction,
    debtor,
    debtorKnown: records.client !== undefined && records.client.kind !== 'unknown',
    rule,
    ...(formalNoticeOn ? { formalNoticeOn } : {}),
    ladder,
    balance,
    paid,
    daysLate: late,
    pause,
    interest,
    fee,
    next,
    due,
    steps,
    feeClaimed: recoveryFeeClaimed(invoice, ladder),
    limitation: limitationDeadline(jurisdiction, debtor, invoice.dueDate),
    ...(plan ? { plan: { plan, broken: isPlanBroken(plan, today) } } : {}),
    ...(promise
      ? { promise: { on: promise.on, promisedDate: promise.promisedDate!, broken: promise.promisedDate! < today && balanceOf(invoice) > 0 } }
      : {}),
  };
};

/** What the client owes today, per currency: the balance, the interest so far and the fixed fee. */
export const amountClaimed = (claim: { balance: number; interest: Pick<LateInterest, 'total'>; fee: FeeView; currency: string }): Money[] => {
  const totals = new Map<string, number>();
  const add = (amount: number, currency: string) => totals.set(currency, (totals.get(currency) ?? 0) + amount);
  add(claim.balance + claim.interest.total, claim.currency);
  if (claim.fee.kind === 'fixed') add(claim.fee.fee.amount, claim.fee.fee.currency);
  return [...totals].map(([currency, amount]) => ({ amount, currency }));
};

/** Days given to pay in a formal notice: the step's own figure, else the usual 8 days (RULES.md, formal notice). */
export const daysToPayOf = (step: Pick<LadderStep, 'daysToPay'> | undefined): number => step?.daysToPay ?? 8;
