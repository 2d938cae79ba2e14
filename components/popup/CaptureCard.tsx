import { useEffect, useState } from 'preact/hooks';
import { loadSettings } from '@/lib/db/repositories';
import { findKnownClient, type KnownClientMatch } from '@/lib/clients/known-client';
import { normaliseCapture } from '@/lib/clients/to-client';
import { setLanguage, type MessageKey } from '@/lib/i18n/messages';
import type { ClientSnapshot, Money, RedFlagKind, Settings } from '@/lib/model';
import { Actions, Alert, Field, value } from '../form';
import { date, money, t } from '../text';
import { JobFit, JobFitSummary } from '../profile/JobFit';
import { CaptureVetting, KnownClientVetting } from '../vetting/PopupVetting';
import { StoredVetting } from './VettingSummary';
import { popupLanguage } from './popup-text';
import type { CaptureAssessment } from '@/lib/vetting/capture-assessment';
import { captureFields, type FieldValue } from './capture-fields';
import { CaptureIdentity } from './CaptureIdentity';
import { saveCapture } from './actions';

const RED_FLAG_LABEL: Record<RedFlagKind, MessageKey> = {
  'off-platform': 'redFlag_offPlatform',
  'pay-outside': 'redFlag_payOutside',
  'free-work': 'redFlag_freeWork',
  'money-asked': 'redFlag_moneyAsked',
};

const BUDGET_LABEL = { fixed: 'budgetFixed', hourly: 'budgetHourly', daily: 'budgetDaily' } as const;

const range = (min?: Money, max?: Money) =>
  [min, max]
    .filter((m): m is Money => !!m)
    .filter((m, i, all) => i === 0 || m.amount !== all[0].amount || m.currency !== all[0].currency)
    .map((m) => money(m.amount, m.currency))
    .join(' – ');

const Value = ({ value }: { value: FieldValue }) => {
  switch (value.kind) {
    case 'text':
      return <>{value.text}</>;
    case 'list':
      return <>{value.items.join(', ')}</>;
    case 'yes-no':
      return <span class={value.yes ? 'yes' : 'no'}>{t(value.yes ? 'yes' : 'no')}</span>;
    case 'money':
      return <>{money(value.money.amount, value.money.currency)}</>;
    case 'number':
      return <>{`${value.value.toLocaleString()}${value.suffix ?? ''}`}</>;
    case 'date':
      return <>{date(value.date)}</>;
    case 'budget':
      return <>{t(BUDGET_LABEL[value.type], range(value.min, value.max))}</>;
  }
};

/**
 * The client the page shows, sized for a 600 px popup: who, the risk with its heaviest reasons, your
 * decision, the job fit, and the one action that matters next (Save, or open the client); the
 * checklist, look-ups, red flags, every field and the whole job fit one click away. `assessment` is
 * the background's, shown until the card's own is ready.
 */
export const CaptureCard = ({ snapshot, assessment }: { snapshot: ClientSnapshot; assessment?: CaptureAssessment }) => {
  setLanguage(popupLanguage());
  const [match, setMatch] = useState<KnownClientMatch | null | undefined>(undefined);
  const [savedId, setSavedId] = useState<string>();
  const [error, setError] = useState<string>();
  const normalised = normaliseCapture(snapshot);
  const platformLabel = t(`platform_${snapshot.platform}` as MessageKey);
  const [name, setName] = useState(() =>
    snapshot.client.countryName
      ? t('captureSuggestedNameIn', platformLabel, snapshot.client.countryName)
      : t('captureSuggestedName', platformLabel),
  );
  const [settings, setSettings] = useState<Settings>();
  // A read that fails is shown in place of the card (components/QueryBoundary.tsx), never a card stuck loading.
  const [failed, setFailed] = useState<{ error: unknown }>();
  useEffect(() => {
    const fail = (error: unknown) => setFailed({ error });
    void findKnownClient(normalised).then((m) => setMatch(m ?? null), fail);
    void loadSettings().then(setSettings, fail);
  }, [snapshot]);
  if (failed) throw failed.error;
  const knownId = savedId ?? (match?.certain ? match.client.id : undefined);
  const rows = captureFields(snapshot);

  const save = async (knownId?: string) => {
    try {
      const client = await saveCapture(snapshot, knownId, normalised.displayName ? undefined : name);
      setSavedId(client.id);
      setMatch({ client, reason: knownId ? (match?.reason ?? 'platform-id') : 'platform-id', certain: true });
    } catch (e) {
      setError(t('errorGeneric', (e as Error).message));
    }
  };

  const noName = !normalised.displayName;
  const fit = snapshot.job && settings ? <JobFitSummary snapshot={snapshot} profile={settings.profile} /> : undefined;
  const action = savedId ? (
    <p class="status" role="status">
      {t('captureSaved')}
    </p>
  ) : (
    match !== undefined &&
    !knownId && (
      <Actions>
        {noName && !match && (
          <Field label={t('captureNameLabel')}>
            {(p) => <input {...p} value={name} maxLength={300} onInput={(e) => setName(value(e))} />}
          </Field>
        )}
        {match && (
          <button type="button" class="primary" onClick={() => save(match.client.id)}>
            {t('captureUpdate', match.client.displayName)}
          </button>
        )}
        {(!match || !match.certain) && (
          <button type="button" class={match ? '' : 'primary wide'} onClick={() => save()}>
            {t('captureSaveNew')}
          </button>
        )}
      </Actions>
    )
  );
  const more = (
    <>
      {snapshot.redFlags.length > 0 && (
        <details class="disclosure disclosure-alert">
          <summary>
            {t('captureRedFlags')} <span class="count count-late">{snapshot.redFlags.length}</span>
          </summary>
          <div class="red-flags" role="group" aria-label={t('captureRedFlags')}>
            <ul>
              {snapshot.redFlags.map((flag, i) => (
                <li key={i}>
                  <strong>{t(RED_FLAG_LABEL[flag.kind])}</strong>
                  <q>{flag.quote}</q>
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
      {snapshot.job && settings && (
        <details class="disclosure">
          <summary>{t('popupFitDetails')}</summary>
          <JobFit snapshot={snapshot} profile={settings.profile} />
        </details>
      )}
      <details class="disclosure">
        <summary>{t('captureFields', rows.length)}</summary>
        <dl class="fields" data-testid="capture-fields">
          {rows.map((row) => (
            <div key={row.path} class="field-row" data-field={row.path}>
              <dt>{t(row.label)}</dt>
              <dd>
                <Value value={row.value} />
                {row.source && <span class="source">{t('captureSource', row.source)}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );

  return (
    <section class="card capture" aria-labelledby="capture-heading" data-testid="capture">
      <CaptureIdentity
        snapshot={snapshot}
        displayName={normalised.displayName}
        known={
          match === undefined
            ? assessment?.known
            : match
              ? { displayName: match.client.displayName, reason: match.reason, certain: match.certain }
              : undefined
        }
        country={normalised.country}
      />
      {knownId ? (
        <KnownClientVetting key={knownId} clientId={knownId} snapshot={snapshot} stored={assessment} fit={fit} action={action} more={more} noName={noName} />
      ) : match !== undefined && settings ? (
        <CaptureVetting snapshot={snapshot} settings={settings} fit={fit} action={action} more={more} noName={noName} />
      ) : (
        assessment && <StoredVetting risk={assessment.risk} decision={assessment.decision} />
      )}
      <Alert text={error} />
    </section>
  );
};
