import type { RecoveryProcedure } from '../billing/rules/chase-ladder';
import type { LegalSource } from '../billing/rules/sources';
import { daysBetween } from '../calendar';
import type { CalendarDate, Money } from '../model/common';
import type { DebtorKind } from '../model/legal-status';
import { amountClaimed, type ChaseSummary } from './invoice-chase';
import { signedByBothOn } from './letters';

/**
 * What to check before handing an invoice to a collection agency or to a court. Items the data can answer
 * (formal notice sent, agreement signed, time left before the claim runs out, whether the amount allows the
 * small-claims procedure) are ticked or flagged from it; the procedures come from the jurisdiction's ladder.
 */

export type EscalationRoute = 'agency' | 'court';
export type ChecklistState = 'ok' | 'todo' | 'warning' | 'info';

/** A value for a checklist sentence; dates and amounts are formatted by the page in the reader's language. */
export type ChecklistParam = string | number | { date: CalendarDate } | { money: Money };

export interface ChecklistItem {
  id: string;
  labelKey: string;
  /** Values for the label, in the order its placeholders appear. */
  params: ChecklistParam[];
  state: ChecklistState;
  /** A short follow-up sentence (message key and values). */
  detail?: { key: string; params: ChecklistParam[] };
  forms?: readonly string[];
  source?: LegalSource;
}

/** Warn when less than this many days are left to bring the claim. */
export const LIMITATION_WARNING_DAYS = 180;

const procedureItem = (procedure: RecoveryProcedure, claim: Money[], debtor: DebtorKind): ChecklistItem => {
  const base = { id: procedure.id, labelKey: procedure.labelKey, params: [] as ChecklistParam[], source: procedure.source };
  const usable = (procedure.forms ?? []).filter((f) => !f.debtors || f.debtors.includes(debtor)).map((f) => f.form);
  const forms = usable.length > 0 ? { forms: usable } : {};
  if (!procedure.maxAmount) return { ...base, ...forms, state: 'info' };
  const max = procedure.maxAmount;
  const inCurrency = claim.find((part) => part.currency === max.currency);
  if (!inCurrency || claim.length > 1) {
    return { ...base, ...forms, state: 'info', detail: { key: 'chase_escalation_limit_other_currency', params: [{ money: max }] } };
  }
  const eligible = inCurrency.amount <= max.amount;
  return {
    ...base,
    ...forms,
    state: eligible ? 'ok' : 'info',
    detail: { key: eligible ? 'chase_escalation_within_limit' : 'chase_escalation_above_limit', params: [{ money: max }] },
  };
};

export const escalationChecklist = (summary: ChaseSummary, route: EscalationRoute, today: CalendarDate): ChecklistItem[] => {
  const items: ChecklistItem[] = [];
  const noticeIds = new Set(summary.ladder.steps.filter((s) => s.template === 'formal-notice').map((s) => s.id));
  const notice = summary.invoice.chase.stepsDone.find((d) => noticeIds.has(d.step));
  items.push(
    notice
      ? { id: 'formal-notice', labelKey: 'chase_escalation_notice_sent', params: [{ date: notice.doneOn }], state: 'ok' }
      : { id: 'formal-notice', labelKey: 'chase_escalation_notice_missing', params: [], state: 'todo' },
  );
  const signed = signedByBothOn(summary.agreement);
  items.push(
    signed
      ? { id: 'agreement', labelKey: 'chase_escalation_agreement_signed', params: [{ date: signed }], state: 'ok' }
      : { id: 'agreement', labelKey: 'chase_escalation_agreement_missing', params: [], state: 'warning' },
  );
  if (summary.limitation) {
    const left = daysBetween(today, summary.limitation.expiresOn);
    items.push({
      id: 'limitation',
      labelKey: left < 0 ? 'chase_escalation_limitation_expired' : 'chase_escalation_limitation',
      params: [{ date: summary.limitation.expiresOn }, summary.limitation.period.years],
      state: left < LIMITATION_WARNING_DAYS ? 'warning' : 'ok',
      source: summary.limitation.period.source,
      ...(summary.limitation.period.note ? { detail: { key: 'chase_escalation_note', params: [summary.limitation.period.note] } } : {}),
    });
  } else {
    items.push({ id: 'limitation', labelKey: 'chase_escalation_limitation_unknown', params: [], state: 'info' });
  }
  if (summary.pause === 'disputed') items.push({ id: 'dispute', labelKey: 'chase_escalation_disputed', params: [], state: 'warning' });

  const claim = amountClaimed({ balance: summary.balance, interest: summary.interest, fee: summary.fee, currency: summary.invoice.currency });
  const collection = summary.ladder.steps.find((s) => s.procedures?.length);
  const procedures = (collection?.procedures ?? []).filter((p) =>
    route === 'agency' ? p.id === 'collection-agency' : p.id !== 'collection-agency',
  );
  items.push(...procedures.map((p) => procedureItem(p, claim, summary.debtor)));
  if (route === 'agency') {
    items.push({ id: 'agency-terms', labelKey: 'chase_escalation_agency_terms', params: [], state: 'todo' });
    if (summary.jurisdiction === 'FR') {
      items.push({
        id: 'agency-costs',
        labelKey: 'chase_escalation_agency_costs_fr',
        params: [],
        state: 'info',
        source: { ref: 'Code des procédures civiles d’exécution L111-8' },
      });
    }
  }
  items.push({ id: 'case-file', labelKey: 'chase_escalation_case_file', params: [], state: 'todo' });
  return items;
};
