import { useState } from 'preact/hooks';
import type { Client, DecisionStatus } from '@/lib/model';
import type { RiskLevel } from '@/lib/vetting/risk/config';
import { recordDecision } from './actions';
import { DECISION_LABEL } from '../dashboard/client-labels';
import { DecisionLine } from './DecisionLine';
import { LEVEL_LABEL } from './risk-lines';
import { Field, FormActions, InlineStatus, value } from '../form';
import { t } from '../text';

/** What the level suggests, never chosen for the user. */
const SUGGESTED: Record<RiskLevel, DecisionStatus> = { low: 'go', medium: 'caution', high: 'no-go' };

/** Go / caution / no-go with a reason and the date, kept on the client. */
export const DecisionPanel = ({ client, level }: { client: Client; level: RiskLevel }) => {
  const current = client.decision.status;
  // Until the user picks, the choice follows the level as look-ups and checks change it.
  const [picked, setStatus] = useState<DecisionStatus>();
  const status = picked ?? (current === 'pending' ? SUGGESTED[level] : current);
  const [reason, setReason] = useState(client.decision.reason ?? '');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    if (status !== 'go' && status !== 'pending' && !reason.trim()) return setError(t('vet_reasonRequired'));
    try {
      await recordDecision(client, status, reason.trim());
      setError(undefined);
      setSaved(true);
    } catch (e) {
      setError(t('errorGeneric', (e as Error).message));
    }
  };
  return (
    <section class="decision" aria-labelledby="decision-heading" data-testid="decision">
      <h2 id="decision-heading" class="section-heading">
        {t('vet_decisionHeading')}
      </h2>
      <DecisionLine decision={client.decision} />
      <form onSubmit={save} aria-label={t('vet_decisionHeading')}>
        <fieldset class="decision-choices">
          <legend>{t('vet_decisionLegend', t(LEVEL_LABEL[level]))}</legend>
          {(['go', 'caution', 'no-go'] as DecisionStatus[]).map((s) => (
            <label key={s} class={`radio choice-${s}`}>
              <input
                type="radio"
                name={`decision-${client.id}`}
                value={s}
                checked={status === s}
                onChange={() => {
                  setStatus(s);
                  setSaved(false);
                }}
              />
              {t(DECISION_LABEL[s])}
            </label>
          ))}
        </fieldset>
        <Field label={t('vet_decisionReason')} error={error}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              maxLength={2000}
              value={reason}
              onInput={(e) => {
                setReason(value(e));
                setSaved(false);
              }}
            />
          )}
        </Field>
        <FormActions saveLabel={t('vet_decisionSave')}>
          <InlineStatus text={saved && t('vet_decisionSaved')} />
        </FormActions>
      </form>
    </section>
  );
};
