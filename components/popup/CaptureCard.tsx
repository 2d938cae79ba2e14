import { useEffect, useState } from 'preact/hooks';
import { loadSettings } from '@/lib/db/repositories';
import { findKnownClient, type KnownClientMatch, type MatchReason } from '@/lib/capture/known-client';
import { saveCaptureAsClient } from '@/lib/capture/save-capture';
import { normaliseCapture } from '@/lib/capture/to-client';
import type { MessageKey } from '@/lib/i18n/messages';
import type { ClientSnapshot, Money, RedFlagKind, Settings } from '@/lib/model';
import { dashboardUrl } from '@/lib/navigation';
import { browser } from 'wxt/browser';
import { reportChange } from '../changes';
import { Field, value } from '../form';
import { date, money, t } from '../text';
import { JobFit } from '../profile/JobFit';
import { CaptureVetting, KnownClientVetting } from '../vetting/PopupVetting';
import { captureFields, type FieldValue } from './capture-fields';

const MATCH_LABEL: Record<MatchReason, MessageKey> = {
  'platform-id': 'matchPlatformId',
  email: 'matchEmail',
  phone: 'matchPhone',
  'company-id': 'matchCompanyId',
  'name-country': 'matchNameCountry',
};

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

/** The client the page shows: every field with where it came from, and Save / Update. */
export const CaptureCard = ({ snapshot }: { snapshot: ClientSnapshot }) => {
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
  useEffect(() => {
    void findKnownClient(normalised).then((m) => setMatch(m ?? null));
    void loadSettings().then(setSettings);
  }, [snapshot]);
  const knownId = savedId ?? (match?.certain ? match.client.id : undefined);
  const rows = captureFields(snapshot);

  const save = async (knownId?: string) => {
    try {
      const client = await saveCaptureAsClient(snapshot, knownId, normalised.displayName ? undefined : name);
      await reportChange('clients', 'snapshots');
      setSavedId(client.id);
      setMatch({ client, reason: knownId ? (match?.reason ?? 'platform-id') : 'platform-id', certain: true });
    } catch (e) {
      setError(t('errorGeneric', (e as Error).message));
    }
  };
  const openClient = async (id: string) => {
    await browser.tabs.create({ url: dashboardUrl({ view: 'clients', id }) });
    window.close();
  };

  return (
    <section class="card capture" aria-labelledby="capture-heading" data-testid="capture">
      <h2 id="capture-heading">{t('captureHeading')}</h2>
      <p class="capture-name">{normalised.displayName || t('captureNoName')}</p>
      <p class="muted small">{t('captureFrom', platformLabel)}</p>

      {match?.certain && !savedId && (
        <p class="known" data-testid="known-client">
          {t('captureKnown', match.client.displayName)} <span class="muted">({t('captureKnownBy', t(MATCH_LABEL[match.reason]))})</span>
        </p>
      )}
      {match && !match.certain && !savedId && (
        <p class="maybe" data-testid="maybe-client">
          {t('captureMaybe', match.client.displayName, normalised.country ? t('captureMaybeCountry') : '')}
        </p>
      )}

      {snapshot.redFlags.length > 0 && (
        <div class="red-flags" role="group" aria-label={t('captureRedFlags')}>
          <h3>{t('captureRedFlags')}</h3>
          <ul>
            {snapshot.redFlags.map((flag, i) => (
              <li key={i}>
                <strong>{t(RED_FLAG_LABEL[flag.kind])}</strong>
                <q>{flag.quote}</q>
              </li>
            ))}
          </ul>
        </div>
      )}

      <details>
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

      {savedId ? (
        <p class="status" role="status">
          {t('captureSaved')}{' '}
          <button type="button" class="link" onClick={() => openClient(savedId)}>
            {t('captureOpenClient')}
          </button>
        </p>
      ) : (
        match !== undefined && (
          <div class="actions">
            {!normalised.displayName && !match && (
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
              <button type="button" class={match ? '' : 'primary'} onClick={() => save()}>
                {t('captureSaveNew')}
              </button>
            )}
          </div>
        )
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {knownId ? (
        <KnownClientVetting key={knownId} clientId={knownId} snapshot={snapshot} />
      ) : (
        match !== undefined && settings && <CaptureVetting snapshot={snapshot} settings={settings} />
      )}
      {snapshot.job && settings && <JobFit snapshot={snapshot} profile={settings.profile} />}
    </section>
  );
};
