import { checkInvoiceCompliance, type ComplianceInput, type MentionResult } from '@/lib/billing/compliance';
import { INVOICE_MENTIONS } from '@/lib/billing/rules/invoice-mentions';
import { messageFor } from '@/lib/i18n/messages';
import type { Jurisdiction } from '@/lib/model';
import { BUSINESS_ROUTE, routeToHash } from '@/lib/navigation';
import { t, tn } from '../../text';
import { SourceRef } from './controls';
import { complianceDetailText, JURISDICTION_LABEL } from './rule-text';

/**
 * What the invoice must carry in the freelancer's jurisdiction. The data proves some mentions (a due date, a
 * SIREN in Settings); the others only the user can see on the invoice, and ticks. A tick never hides a mention
 * the data shows missing: that has to be fixed where it is recorded.
 */

export type ChecklistState = 'proven' | 'confirmed' | 'to-confirm' | 'missing';

export interface ChecklistItem {
  result: MentionResult;
  state: ChecklistState;
}

/** What needs doing first: what is missing, then what to check on the invoice, then what is settled. */
const ORDER: Record<ChecklistState, number> = { missing: 0, 'to-confirm': 1, confirmed: 2, proven: 3 };

/**
 * Each mention with how it stands, in the order to act on them (the law's order within each state). Checked
 * once without ticks, so that a ticked mention can be unticked again.
 */
export const complianceChecklist = (input: Omit<ComplianceInput, 'ticked'>, ticked: ReadonlySet<string>): ChecklistItem[] =>
  checkInvoiceCompliance({ ...input, ticked: new Set() }).map((result): ChecklistItem => ({
    result,
    state:
      result.state === 'ok'
        ? 'proven'
        : result.state === 'missing'
          ? 'missing'
          : ticked.has(result.mention.id)
            ? 'confirmed'
            : 'to-confirm',
  })).sort((a, b) => ORDER[a.state] - ORDER[b.state]);

export const checklistCounts = (items: readonly ChecklistItem[]): Record<ChecklistState, number> => {
  const counts: Record<ChecklistState, number> = { proven: 0, confirmed: 0, 'to-confirm': 0, missing: 0 };
  for (const item of items) counts[item.state] += 1;
  return counts;
};

const STATE_LABEL = {
  proven: 'billing_mention_proven',
  confirmed: 'billing_mention_confirmed',
  'to-confirm': 'billing_mention_to_confirm',
  missing: 'billing_mention_missing',
} as const;

/** Where a missing mention is put right. */
const fixLink = (result: MentionResult, clientId: string) => {
  if (result.mention.proof.kind !== 'data') return null;
  const check = result.mention.proof.check;
  if (check.startsWith('seller-')) return <a href={routeToHash(BUSINESS_ROUTE)}>{t('billing_fix_in_settings')}</a>;
  if (check.startsWith('client-')) return <a href={routeToHash({ view: 'clients', id: clientId })}>{t('billing_fix_on_client')}</a>;
  return null;
};

export const ComplianceChecklist = ({
  items,
  jurisdiction,
  currency,
  clientId,
  onTick,
  headingId,
}: {
  items: readonly ChecklistItem[];
  jurisdiction: Jurisdiction;
  currency: string;
  clientId: string;
  onTick: (mentionId: string, ticked: boolean) => void;
  headingId: string;
}) => {
  const counts = checklistCounts(items);
  const sources = INVOICE_MENTIONS[jurisdiction].sources;
  return (
    <div class="billing-checklist" data-testid="compliance-checklist">
      <p class="hint">
        {t('billing_checklist_intro', t(JURISDICTION_LABEL[jurisdiction]))}{' '}
        {sources.map((source) => (
          <SourceRef key={source.ref} source={source} />
        ))}
      </p>
      <p class="billing-checklist-summary" role="status">
        {[
          tn('billing_checklist_proven', counts.proven + counts.confirmed, items.length),
          tn('billing_checklist_missing', counts.missing),
          tn('billing_checklist_to_check', counts['to-confirm']),
        ].join(' · ')}
      </p>
      <ul class="billing-mentions" aria-labelledby={headingId}>
        {items.map(({ result, state }) => {
          const label = messageFor(result.mention.labelKey);
          const detail = result.detail ? complianceDetailText(result.detail, currency) : undefined;
          const id = `mention-${result.mention.id}`;
          return (
            <li key={result.mention.id} class={`billing-mention billing-mention-${state}`} data-state={state}>
              <span class="billing-mention-state" aria-hidden="true" />
              <div class="billing-mention-body">
                {state === 'to-confirm' || state === 'confirmed' ? (
                  <span class="check-row">
                    <input
                      id={id}
                      type="checkbox"
                      checked={state === 'confirmed'}
                      onChange={(e) => onTick(result.mention.id, e.currentTarget.checked)}
                      aria-describedby={detail ? `${id}-detail` : undefined}
                    />
                    <label for={id}>{label}</label>
                  </span>
                ) : (
                  <span class="billing-mention-label">{label}</span>
                )}{' '}
                <span class="billing-mention-badge">{t(STATE_LABEL[state])}</span>
                {detail && (
                  <span class="billing-mention-detail" id={`${id}-detail`}>
                    {detail}
                  </span>
                )}
                {state === 'missing' && fixLink(result, clientId)}
                <SourceRef source={result.mention.source} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
};
