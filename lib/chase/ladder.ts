import type { CalendarDate } from '../model/common';
import type { Contact, Invoice, Jurisdiction, PaymentPlan } from '../model/billing';
import { addDays, earlierOf, isLeapYear, laterOf } from '../calendar';
import { balanceOf } from '../billing/overdue';
import { isPlanBroken, isPlanInForce, planBalance } from './plan-status';
import { CHASE_LADDERS, LIMITATION_PERIODS, type ChaseLadder, type ChaseStep, type LimitationPeriod } from '../billing/rules/chase-ladder';

/**
 * Walking the chase ladder for one invoice. Steps are identified by id and the invoice records those done
 * (`invoice.chase.stepsDone`), so asking again after a step is done, or after days with the browser closed,
 * never yields a step twice.
 */

export type ChasePause =
  /** Nothing to chase: not sent yet, paid, written off, or nothing left to pay. */
  | 'not-chased'
  /** The client disputes the invoice: settle the dispute first. */
  | 'disputed'
  /** The user paused the chase (`invoice.chase.pausedReason`). */
  | 'paused'
  /** A payment plan signed by both covers the invoice and no instalment is late. */
  | 'payment-plan';

export type ChaseInvoice = Pick<Invoice, 'id' | 'clientId' | 'status' | 'dueDate' | 'amount' | 'payments' | 'chase'>;
export type ChaseContact = Pick<Contact, 'clientId' | 'invoiceId' | 'on' | 'promisedDate'>;

export interface ChaseOptions {
  /** The client's payment plans: a plan in force pauses the chase of the invoices it covers until it breaks. */
  plans?: readonly Pick<PaymentPlan, 'invoiceIds' | 'instalments' | 'signedByBothOn'>[];
  /** Days an instalment may be late before the plan counts as broken. */
  planGraceDays?: number;
}

/** Why the invoice is not being chased today, or null when it is. */
export const chasePause = (invoice: ChaseInvoice, today: CalendarDate, options: ChaseOptions = {}): ChasePause | null => {
  if (invoice.status === 'disputed') return 'disputed';
  if (invoice.status !== 'sent' || balanceOf(invoice) === 0) return 'not-chased';
  if (invoice.chase.pausedReason && invoice.chase.pausedReason.trim() !== '') return 'paused';
  const plan = governingPlan(invoice.id, options.plans);
  if (plan && planBalance(plan) > 0 && !isPlanBroken(plan, today, options.planGraceDays ?? 0)) return 'payment-plan';
  return null;
};

/**
 * The signed plan that governs an invoice: the most recently signed one covering it, since a plan agreed after an
 * earlier one broke replaces it. A plan fully paid while the invoice still has a balance no longer holds the chase.
 */
const governingPlan = (invoiceId: string, plans: ChaseOptions['plans']) => {
  let latest: NonNullable<ChaseOptions['plans']>[number] | undefined;
  for (const plan of plans ?? []) {
    if (!plan.invoiceIds.includes(invoiceId) || !isPlanInForce(plan)) continue;
    if (!latest || plan.signedByBothOn! > latest.signedByBothOn!) latest = plan;
  }
  return latest;
};

export interface ScheduledStep {
  step: ChaseStep;
  /** When the step falls due after any promise is taken into account. */
  dueOn: CalendarDate;
  /** Due date + the step's offset. */
  scheduledOn: CalendarDate;
  isDue: boolean;
  /** Set when a promise to pay moved the step: forward once broken, back while it still holds. */
  movedByPromise?: { promisedDate: CalendarDate; kind: 'promise-broken' | 'promise-pending' };
}

/** The latest promise to pay given since the last step was done: older promises were already acted on. */
const currentPromise = (invoice: ChaseInvoice, contacts: readonly ChaseContact[] | undefined): CalendarDate | undefined => {
  if (!contacts) return undefined;
  const lastDone = invoice.chase.stepsDone.reduce<CalendarDate | undefined>(
    (latest, done) => (!latest || done.doneOn > latest ? done.doneOn : latest),
    undefined,
  );
  let best: ChaseContact | undefined;
  for (const contact of contacts) {
    if (!contact.promisedDate) continue;
    // A call about the client as a whole ("we'll pay everything Friday") counts for each of its invoices.
    const concerns = contact.invoiceId ? contact.invoiceId === invoice.id : contact.clientId === invoice.clientId;
    if (!concerns || (lastDone && contact.on < lastDone)) continue;
    const later = !best || contact.on > best.on || (contact.on === best.on && contact.promisedDate > best.promisedDate!);
    if (later) best = contact;
  }
  return best?.promisedDate;
};

/**
 * The furthest point of the ladder reached: the largest offset among steps done. A later step taken while earlier
 * ones were due (the catch-up offers it) covers them: a friendly reminder never follows a formal notice.
 */
export const ladderReached = (invoice: Pick<Invoice, 'chase'>, ladder: ChaseLadder): number => {
  const done = new Set(invoice.chase.stepsDone.map((d) => d.step));
  return ladder.steps.reduce((max, step) => (done.has(step.id) && step.offsetDays > max ? step.offsetDays : max), -Infinity);
};

/**
 * Enabled steps not done yet, in ladder order; a "due soon" step is dropped once the due date has passed, and a
 * step before the furthest one done is passed over.
 */
const pendingSteps = (invoice: ChaseInvoice, ladder: ChaseLadder, today: CalendarDate): ChaseStep[] => {
  const done = new Set(invoice.chase.stepsDone.map((d) => d.step));
  const reached = ladderReached(invoice, ladder);
  return [...ladder.steps]
    .filter(
      (step) =>
        step.enabled &&
        !done.has(step.id) &&
        step.offsetDays >= reached &&
        !(step.onlyBeforeDue && today > invoice.dueDate),
    )
    .sort((a, b) => a.offsetDays - b.offsetDays);
};

const schedule = (
  step: ChaseStep,
  invoice: ChaseInvoice,
  today: CalendarDate,
  promisedDate: CalendarDate | undefined,
  isNext: boolean,
): ScheduledStep => {
  const scheduledOn = addDays(invoice.dueDate, step.offsetDays);
  let dueOn = scheduledOn;
  let movedByPromise: ScheduledStep['movedByPromise'];
  // Promises only move chasing steps, never the courtesy note before the due date.
  if (promisedDate && step.offsetDays > 0) {
    const dayAfterPromise = addDays(promisedDate, 1);
    if (promisedDate < today && isNext) {
      // Broken promise: the next step comes forward to the day after, but a reminder never precedes D+1.
      dueOn = laterOf(earlierOf(scheduledOn, dayAfterPromise), addDays(invoice.dueDate, 1));
      if (dueOn !== scheduledOn) movedByPromise = { promisedDate, kind: 'promise-broken' };
    } else if (promisedDate >= today) {
      // The client named a date that has not passed: no reminder before it.
      dueOn = laterOf(scheduledOn, dayAfterPromise);
      if (dueOn !== scheduledOn) movedByPromise = { promisedDate, kind: 'promise-pending' };
    }
  }
  return { step, dueOn, scheduledOn, isDue: dueOn <= today, ...(movedByPromise ? { movedByPromise } : {}) };
};

/** The next step to take on an invoice, or null when it is not being chased or the ladder is finished. */
export const nextStep = (
  invoice: ChaseInvoice,
  ladder: ChaseLadder,
  today: CalendarDate,
  contacts?: readonly ChaseContact[],
  options: ChaseOptions = {},
): ScheduledStep | null => {
  if (chasePause(invoice, today, options)) return null;
  const [first] = pendingSteps(invoice, ladder, today);
  return first ? schedule(first, invoice, today, currentPromise(invoice, contacts), true) : null;
};

export interface DueStep extends ScheduledStep {
  /** Steps were skipped: this is the first one not done, to take before the later ones also due. */
  catchingUp?: boolean;
  /** This step is the one to claim the fixed recovery sum: not claimed before, and no earlier due step claims it. */
  claimsRecoveryFee: boolean;
}

/** A step that leads to court or a collection agency. */
export const escalates = (step: Pick<ChaseStep, 'procedures'>): boolean => (step.procedures?.length ?? 0) > 0;

/**
 * Steps that lead to court or a collection agency and must wait: an earlier step (a reminder, the formal notice)
 * is not done yet. The ladder never proposes court before the reminders and the formal notice.
 */
export const heldSteps = (invoice: ChaseInvoice, ladder: ChaseLadder, today: CalendarDate): Set<string> => {
  const pending = pendingSteps(invoice, ladder, today);
  const held = new Set<string>();
  pending.forEach((step, index) => {
    if (escalates(step) && pending.slice(0, index).some((earlier) => !escalates(earlier) && earlier.offsetDays < step.offsetDays)) held.add(step.id);
  });
  return held;
};

/**
 * Every step due today or earlier and not done yet, oldest first: the catch-up after days with the browser
 * closed. Each step appears once; marking them done empties the list. The first is the one to take now (marked
 * `catchingUp` when steps were skipped); court and collection wait until the steps before them are done.
 */
export const dueSteps = (
  invoice: ChaseInvoice,
  ladder: ChaseLadder,
  today: CalendarDate,
  contacts?: readonly ChaseContact[],
  options: ChaseOptions = {},
): DueStep[] => {
  if (chasePause(invoice, today, options)) return [];
  const promisedDate = currentPromise(invoice, contacts);
  const held = heldSteps(invoice, ladder, today);
  const scheduled = pendingSteps(invoice, ladder, today).map((step, index) => schedule(step, invoice, today, promisedDate, index === 0));
  const due = scheduled.filter((s) => s.isDue && !held.has(s.step.id));
  // Behind the ladder: more than one step due, or court held back by steps not done.
  const behind = due.length > 1 || scheduled.some((s) => s.isDue && held.has(s.step.id));
  let feeClaimed = recoveryFeeClaimed(invoice, ladder);
  return due.map((step, index) => {
    const claims = !!step.step.claimsRecoveryFee && !feeClaimed;
    if (claims) feeClaimed = true;
    return { ...step, claimsRecoveryFee: claims, ...(behind && index === 0 ? { catchingUp: true } : {}) };
  });
};

/**
 * The fixed recovery sum is owed once per invoice: true once any done step has claimed it. A step of the shipped
 * ladders counts even when the user's edited ladder no longer has it, so editing the ladder never claims it twice.
 */
export const recoveryFeeClaimed = (invoice: Pick<Invoice, 'chase'>, ladder: ChaseLadder): boolean => {
  const claiming = new Set(
    [ladder, ...Object.values(CHASE_LADDERS)].flatMap((l) => l.steps.filter((s) => s.claimsRecoveryFee).map((s) => s.id)),
  );
  return invoice.chase.stepsDone.some((done) => claiming.has(done.step));
};

const addYears = (date: CalendarDate, years: number): CalendarDate => {
  const target = Number(date.slice(0, 4)) + years;
  const year = String(target).padStart(4, '0');
  // 29 February in a year without one: the period ends on the last day of February (CPC art. 641).
  return date.endsWith('-02-29') && !isLeapYear(target) ? `${year}-02-28` : `${year}${date.slice(4)}`;
};

export interface LimitationDeadline {
  /** Last day to bring a claim. */
  expiresOn: CalendarDate;
  period: LimitationPeriod;
}

/**
 * When a claim for the invoice runs out (RULES.md: 5 years between professionals, 2 against a consumer in
 * France), or null where the table has no period (EU: national law; US: state law).
 */
export const limitationDeadline = (
  jurisdiction: Jurisdiction,
  debtor: LimitationPeriod['debtor'] | 'business',
  dueDate: CalendarDate,
  periods: readonly LimitationPeriod[] = LIMITATION_PERIODS,
): LimitationDeadline | null => {
  const kind = debtor === 'business' ? 'professional' : debtor;
  const period = periods
    .filter((p) => p.jurisdiction === jurisdiction && p.debtor === kind && p.validFrom <= dueDate)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
  if (!period) return null;
  const expiresOn =
    period.runsFrom === 'end-of-year'
      ? `${String(Number(dueDate.slice(0, 4)) + period.years).padStart(4, '0')}-12-31`
      : addYears(dueDate, period.years);
  return { expiresOn, period };
};
