import { useState } from 'preact/hooks';
import { messageFor } from '@/lib/i18n/messages';
import type { Settings } from '@/lib/model';
import { riskConfigFrom } from '@/lib/vetting/assess';
import { defaultRiskConfig } from '@/lib/vetting/risk/config';
import { RISK_REASONS, RISK_REASON_IDS, type ReasonKind, type RiskReasonId } from '@/lib/vetting/risk/reasons';
import { saveRiskSettings } from './actions';
import { Field, FormActions, InlineStatus, value } from '../form';
import { t } from '../text';
import './vetting.css';

const GROUPS: { kind: ReasonKind[]; legend: 'vet_groupAgainst' | 'vet_groupGood' }[] = [
  { kind: ['red-flag', 'warning'], legend: 'vet_groupAgainst' },
  { kind: ['good'], legend: 'vet_groupGood' },
];

/** The reason's sentence without its figures, as a label ("Hire rate of $1%" → "Hire rate of …%"). */
const reasonLabel = (id: RiskReasonId): string => messageFor(RISK_REASONS[id].messageKey, ['…', '…', '…', '…']);

/**
 * Thresholds and weights of the risk assessment. Only what differs from the defaults is stored, so
 * a reason added by a later version arrives with its own default weight.
 */
export const RiskSettings = ({ settings }: { settings: Settings }) => {
  const config = riskConfigFrom(settings.risk);
  const [medium, setMedium] = useState(String(config.thresholds.medium));
  const [high, setHigh] = useState(String(config.thresholds.high));
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(RISK_REASON_IDS.map((id) => [id, String(config.weights[id])])),
  );
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  const store = async (risk: Settings['risk']) => {
    await saveRiskSettings(settings, risk);
    setSaved(true);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const numbers = [medium, high, ...Object.values(weights)].map(Number);
    if (numbers.some((n) => !Number.isFinite(n) || n < 0 || n > 1000)) return setError(t('errorGeneric', '0–1000'));
    if (Number(medium) > Number(high)) return setError(t('vet_thresholdOrder'));
    setError(undefined);
    const changed = Object.fromEntries(
      RISK_REASON_IDS.filter((id) => Number(weights[id]) !== defaultRiskConfig.weights[id]).map((id) => [id, Number(weights[id])]),
    );
    const thresholds = { medium: Number(medium), high: Number(high) };
    const sameThresholds = thresholds.medium === defaultRiskConfig.thresholds.medium && thresholds.high === defaultRiskConfig.thresholds.high;
    await store({
      ...(sameThresholds ? {} : { thresholds }),
      ...(Object.keys(changed).length > 0 ? { weights: changed } : {}),
    });
  };
  const reset = async () => {
    setMedium(String(defaultRiskConfig.thresholds.medium));
    setHigh(String(defaultRiskConfig.thresholds.high));
    setWeights(Object.fromEntries(RISK_REASON_IDS.map((id) => [id, String(defaultRiskConfig.weights[id])])));
    setError(undefined);
    await store(undefined);
  };

  return (
    <form class="card" onSubmit={save} aria-labelledby="risk-settings-heading" data-testid="risk-settings">
      <h2 id="risk-settings-heading">{t('vet_riskSettingsHeading')}</h2>
      <p class="hint">{t('vet_riskSettingsIntro')}</p>
      <div class="form-grid">
        <Field label={t('vet_thresholdMedium')}>
          {(p) => <input {...p} type="number" min={0} max={1000} value={medium} onInput={(e) => setMedium(value(e))} />}
        </Field>
        <Field label={t('vet_thresholdHigh')}>
          {(p) => <input {...p} type="number" min={0} max={1000} value={high} onInput={(e) => setHigh(value(e))} />}
        </Field>
      </div>
      <details>
        <summary>{t('vet_weights')}</summary>
        {GROUPS.map((group) => (
          <fieldset key={group.legend}>
            <legend>{t(group.legend)}</legend>
            <div class="weights-grid">
              {RISK_REASON_IDS.filter((id) => group.kind.includes(RISK_REASONS[id].kind)).map((id) => (
                <Field key={id} label={defaultRiskConfig.hardRedFlags.includes(id) ? t('vet_weightHard', reasonLabel(id)) : reasonLabel(id)}>
                  {(p) => (
                    <input
                      {...p}
                      type="number"
                      min={0}
                      max={1000}
                      value={weights[id]}
                      onInput={(e) => setWeights({ ...weights, [id]: value(e) })}
                    />
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
        ))}
      </details>
      <FormActions saveLabel={t('vet_riskSettingsSave')} error={error}>
        <button type="button" onClick={reset}>
          {t('vet_riskSettingsReset')}
        </button>
        <InlineStatus text={saved && t('vet_riskSettingsSaved')} />
      </FormActions>
    </form>
  );
};
