import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { messageFor, type MessageKey } from '@/lib/i18n/messages';
import type { Lookup, LookupOutcome } from '@/lib/model';
import type { PlannedLookup } from '@/lib/vetting/assess';
import type { LookupGroup, LookupPlan } from '@/lib/vetting/lookups';
import { logLookupsOpened, recordLookupOutcome } from './actions';
import { Field, InlineStatus, Select, messageOptions, value } from '../form';
import { date, t } from '../text';

const GROUP_LABEL: Record<LookupGroup, MessageKey> = {
  search: 'vet_lookupsSearch',
  registry: 'vet_lookupsRegistry',
  social: 'vet_lookupsSocial',
};
export const OUTCOME_LABEL: Record<LookupOutcome, MessageKey> = {
  'nothing-found': 'vet_outcomeNothingFound',
  confirmed: 'vet_outcomeConfirmed',
  'red-flag': 'vet_outcomeRedFlag',
};

/**
 * Opens a look-up in a background tab the user asked for (the extension itself requests nothing)
 * and, for a saved client, logs the opening so its outcome can be recorded.
 */
export const openLookups = async (plans: readonly LookupPlan[], clientId?: string): Promise<void> => {
  for (const plan of plans) await browser.tabs.create({ url: plan.url, active: false });
  if (clientId) await logLookupsOpened(plans, clientId);
};

const OutcomeForm = ({ lookup, label }: { lookup: Lookup; label: string }) => {
  const [outcome, setOutcome] = useState<LookupOutcome | ''>(lookup.outcome ?? '');
  const [note, setNote] = useState(lookup.note ?? '');
  const [saved, setSaved] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!outcome) return;
    await recordLookupOutcome(lookup, outcome, note.trim());
    setSaved(true);
  };
  return (
    <form class="outcome-form" onSubmit={save} aria-label={t('vet_outcomeFor', label)}>
      <Field label={t('vet_outcome')}>
        {(p) => (
          <Select
            {...p}
            value={outcome}
            options={[{ value: '', label: t('vet_outcomeChoose') }, ...messageOptions(OUTCOME_LABEL)]}
            onChange={(next) => {
              setOutcome(next);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <Field label={t('vet_outcomeNote')}>
        {(p) => <input {...p} value={note} maxLength={2000} onInput={(e) => setNote(value(e))} />}
      </Field>
      <button type="submit" disabled={!outcome}>
        {t('vet_outcomeSave')}
      </button>
      <InlineStatus text={saved && t('vet_outcomeSaved')} />
    </form>
  );
};

const PlanRow = ({ planned, clientId, judge }: { planned: PlannedLookup; clientId?: string; judge: boolean }) => {
  const { plan, opened } = planned;
  const label = messageFor(plan.labelKey, plan.labelParams);
  return (
    <li class="lookup" data-lookup={plan.id}>
      <div class="lookup-head">
        <button type="button" onClick={() => openLookups([plan], clientId)} title={plan.url}>
          {label}
        </button>
        <span class="lookup-query">{plan.query}</span>
      </div>
      {opened && (
        <p class="small muted">
          {t('vet_openedOn', date(opened.openedAt.slice(0, 10)))}
          {opened.outcome && (
            <>
              {' · '}
              <span class={`outcome outcome-${opened.outcome}`}>{t(OUTCOME_LABEL[opened.outcome])}</span>
              {opened.note && <> — {opened.note}</>}
            </>
          )}
        </p>
      )}
      {opened && judge && <OutcomeForm key={opened.id} lookup={opened} label={label} />}
    </li>
  );
};

const List = ({ items, clientId }: { items: PlannedLookup[]; clientId?: string }) => (
  <ul class="lookup-list">
    {items.map((planned) => (
      <PlanRow key={planned.plan.id} planned={planned} clientId={clientId} judge={!!clientId} />
    ))}
  </ul>
);

/**
 * The look-ups worth one click, grouped: search engine, registries, LinkedIn. "Open all" opens a
 * group at once, in background tabs. For a saved client each opening is logged and its outcome can
 * be recorded, which fills the checklist and the risk.
 */
export const LookupsPanel = ({
  lookups,
  clientId,
  compact = false,
}: {
  lookups: PlannedLookup[];
  clientId?: string;
  compact?: boolean;
}) => {
  const groups = (['search', 'registry', 'social'] as LookupGroup[])
    .map((group) => ({ group, items: lookups.filter((l) => l.plan.group === group) }))
    .filter((g) => g.items.length > 0);
  return (
    <section class="lookups" aria-labelledby="lookups-heading" data-testid="lookups">
      <h2 id="lookups-heading" class="section-heading">
        {t('vet_lookupsHeading')}
      </h2>
      {groups.length === 0 && <p class="empty">{t('vet_lookupsNone')}</p>}
      {!clientId && groups.length > 0 && <p class="hint">{t('vet_lookupsSaveFirst')}</p>}
      {groups.map(({ group, items }) => (
        <div key={group} class="lookup-group">
          <h3>
            {t(GROUP_LABEL[group])}
            {items.length > 1 && (
              <button type="button" class="small" onClick={() => openLookups(items.map((i) => i.plan), clientId)}>
                {t('vet_openAll', items.length)}
              </button>
            )}
          </h3>
          {compact ? (
            <details>
              <summary>{t('vet_lookupsEach', items.length)}</summary>
              <List items={items} clientId={clientId} />
            </details>
          ) : (
            <List items={items} clientId={clientId} />
          )}
        </div>
      ))}
    </section>
  );
};
