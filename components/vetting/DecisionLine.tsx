import type { Decision } from '@/lib/model';
import { DECISION_LABEL } from '../dashboard/client-labels';
import { date, t } from '../text';

/** "You decided no-go on 3 Oct: …", wherever the client appears again. */
export const DecisionLine = ({ decision }: { decision: Decision }) => {
  const { status, reason, decidedAt } = decision;
  if (status === 'pending') return <p class="muted small decision-line">{t('vet_noDecision')}</p>;
  return (
    <p class={`decision-line decision-${status}`} data-testid="decision-line">
      {decidedAt
        ? t('vet_decidedOn', t(DECISION_LABEL[status]), date(decidedAt.slice(0, 10)))
        : t('vet_decided', t(DECISION_LABEL[status]))}
      {reason && <> {reason}</>}
    </p>
  );
};
