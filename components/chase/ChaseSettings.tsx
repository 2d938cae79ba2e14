import { useState } from 'preact/hooks';
import type { HalfYear } from '@/lib/calendar';
import type { ReferenceRateId } from '@/lib/billing/rules/reference-rates';
import {
  CHANNELS,
  LETTER_TEMPLATES,
  RATE_TABLE_IDS,
  TEMPLATE_LABEL_KEYS,
  defaultLadderSettings,
  isHalfYear,
  ladderFor,
  newStepId,
  nextHalfYearOf,
  observedOnFor,
  ratesWith,
  type LadderStepSetting,
  type LetterTemplate,
} from '@/lib/chase/settings';
import { messageFor } from '@/lib/i18n/messages';
import type { ContactChannel, Settings } from '@/lib/model';
import { Actions, Field, FormActions, Select, Status, messageOptions, value } from '../form';
import { DateText, t } from '../text';
import { TableHead } from '../table';
import { saveChaseSettings } from './actions';
import { percent } from './format';
import { CHANNEL_LABEL } from './labels';

/** Settings › Chasing: the ladder's steps and the reference-rate tables. The letters' sender is Settings › Your business. */
export const ChaseSettings = ({ settings }: { settings: Settings }) => (
  <section class="card" aria-labelledby="settings-chase">
    <h2 id="settings-chase">{t('chase_settings_heading')}</h2>
    <p class="muted">{t('chase_settings_intro')}</p>
    <LadderEditor settings={settings} />
    <RateTables settings={settings} />
  </section>
);

interface StepDraft {
  id: string;
  offsetDays: string;
  channel: ContactChannel;
  template: LetterTemplate;
  enabled: boolean;
}

const toDraft = (rows: readonly LadderStepSetting[]): StepDraft[] => rows.map((r) => ({ ...r, offsetDays: String(r.offsetDays) }));

const LadderEditor = ({ settings }: { settings: Settings }) => {
  const current = ladderFor(settings.homeJurisdiction, settings.chase);
  const fromSettings = settings.chase?.ladder ?? defaultLadderSettings(settings.homeJurisdiction);
  const [rows, setRows] = useState<StepDraft[]>(() => toDraft(fromSettings));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [status, setStatus] = useState('');
  const set = (index: number, patch: Partial<StepDraft>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const save = async (event: Event) => {
    event.preventDefault();
    const next: Record<number, string> = {};
    rows.forEach((r, i) => {
      const n = Number(r.offsetDays);
      if (r.offsetDays.trim() === '' || !Number.isInteger(n) || n < -60 || n > 730) next[i] = t('chase_settings_error_offset');
    });
    setErrors(next);
    if (Object.keys(next).length > 0 || rows.length === 0) return;
    const ladder = rows
      .map((r) => ({ id: r.id, offsetDays: Number(r.offsetDays), channel: r.channel, template: r.template, enabled: r.enabled }))
      .sort((a, b) => a.offsetDays - b.offsetDays);
    await saveChaseSettings((chase) => ({ ...chase, ladder }));
    setRows(toDraft(ladder));
    setStatus(t('chase_settings_ladder_saved'));
  };
  const restore = async () => {
    await saveChaseSettings(({ ladder: _ladder, ...chase }) => chase);
    setRows(toDraft(defaultLadderSettings(settings.homeJurisdiction)));
    setErrors({});
    setStatus(t('chase_settings_ladder_restored'));
  };
  return (
    <form onSubmit={save} aria-labelledby="settings-chase-ladder" class="chase-settings-block">
      <h3 id="settings-chase-ladder">{t('chase_settings_ladder')}</h3>
      <p class="muted">
        {current.edited ? t('chase_settings_ladder_edited') : t('chase_settings_ladder_default', t(`jurisdiction${settings.homeJurisdiction}` as 'jurisdictionFR'))}
      </p>
      {/* Focusable, so a keyboard can scroll a table wider than the page. */}
      <div class="table-scroll" role="region" aria-labelledby="settings-chase-ladder" tabIndex={0}>
        <table class="table ladder-table">
          <caption class="visually-hidden">{t('chase_settings_ladder')}</caption>
          <TableHead
            columns={[
              t('chase_settings_step'),
              t('chase_settings_offset'),
              t('chase_channel'),
              t('chase_settings_template'),
              t('chase_settings_enabled'),
              { label: t('chase_settings_actions'), hidden: true },
            ]}
          />
          <tbody>
            {rows.map((row, i) => {
              const label = messageFor(current.steps.find((s) => s.id === row.id && s.template === row.template)?.labelKey ?? TEMPLATE_LABEL_KEYS[row.template]);
              return (
                <tr key={row.id}>
                  <th scope="row">{label}</th>
                  <td>
                    <input
                      type="number"
                      min={-60}
                      max={730}
                      class="narrow"
                      aria-label={t('chase_settings_offset_of', label)}
                      aria-invalid={errors[i] ? 'true' : undefined}
                      value={row.offsetDays}
                      onInput={(e) => set(i, { offsetDays: value(e) })}
                    />
                    {errors[i] && (
                      <p class="error" role="alert">
                        {errors[i]}
                      </p>
                    )}
                  </td>
                  <td>
                    <Select aria-label={t('chase_settings_channel_of', label)} value={row.channel} options={messageOptions(CHANNEL_LABEL, CHANNELS)} onChange={(channel) => set(i, { channel })} />
                  </td>
                  <td>
                    <Select
                      aria-label={t('chase_settings_template_of', label)}
                      value={row.template}
                      options={messageOptions(TEMPLATE_LABEL_KEYS, LETTER_TEMPLATES)}
                      onChange={(template) => set(i, { template })}
                    />
                  </td>
                  <td>
                    <input type="checkbox" aria-label={t('chase_settings_enabled_of', label)} checked={row.enabled} onChange={(e) => set(i, { enabled: e.currentTarget.checked })} />
                  </td>
                  <td>
                    <button type="button" class="link" disabled={rows.length === 1} onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={t('chase_settings_remove_of', label)}>
                      {t('chase_remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="hint">{t('chase_settings_offset_hint')}</p>
      <Actions>
        <button
          type="button"
          onClick={() => {
            const last = rows.reduce((max, r) => Math.max(max, Number(r.offsetDays) || 0), 0);
            setRows([...rows, { id: newStepId(rows.map((r) => r.id)), offsetDays: String(last + 7), channel: 'email', template: 'friendly', enabled: true }]);
          }}
        >
          {t('chase_settings_add_step')}
        </button>
        <button type="submit" class="primary">
          {t('chase_settings_save_ladder')}
        </button>
        <button type="button" onClick={restore}>
          {t('chase_settings_restore')}
        </button>
      </Actions>
      <Status text={status} />
    </form>
  );
};

const RATE_NAME_KEYS = {
  'ecb-mro': 'chase_settings_rate_ecb_mro',
  'de-basiszinssatz': 'chase_settings_rate_de_basiszinssatz',
  'boe-bank-rate': 'chase_settings_rate_boe_bank_rate',
  'fr-legal-interest-professional': 'chase_settings_rate_fr_legal_interest',
} as const satisfies Record<ReferenceRateId, string>;

const RateTables = ({ settings }: { settings: Settings }) => {
  const tables = ratesWith(settings.chase);
  const mine = settings.chase?.rates ?? [];
  return (
    <div class="chase-settings-block">
      <h3>{t('chase_settings_rates')}</h3>
      <p class="muted">{t('chase_settings_rates_intro')}</p>
      {RATE_TABLE_IDS.map((id, index) => {
        const table = tables[id];
        const recent = [...table.rows].reverse();
        return (
          <details key={id} open={index === 0} class="rate-table">
            <summary>{t(RATE_NAME_KEYS[id])}</summary>
            <p class="hint">
              {table.publisher} — {table.rule}
            </p>
            <div class="table-scroll" role="region" aria-label={t(RATE_NAME_KEYS[id])} tabIndex={0}>
              <table class="table" data-testid={`rates-${id}`}>
                <caption class="visually-hidden">{t(RATE_NAME_KEYS[id])}</caption>
                <TableHead
                  columns={[
                    t('chase_settings_half_year'),
                    { label: t('chase_settings_rate'), num: true },
                    t('chase_settings_observed_on'),
                    t('chase_settings_source'),
                    { label: t('chase_settings_actions'), hidden: true },
                  ]}
                />
                <tbody>
                  {recent.map((row) => {
                    const added = mine.find((r) => r.table === id && r.halfYear === row.halfYear);
                    return (
                      <tr key={row.halfYear}>
                        <th scope="row">{row.halfYear}</th>
                        <td class="num">{percent(row.ratePercent)}</td>
                        <td>
                          <DateText date={row.observedOn} />
                        </td>
                        <td class="wrap">
                          {row.source}
                          {added && <span class="tag tag-plan">{t('chase_settings_rate_yours')}</span>}
                          {row.toVerify && <span class="block hint">{t('chase_settings_rate_verify', row.toVerify)}</span>}
                        </td>
                        <td>
                          {added && (
                            <button
                              type="button"
                              class="link"
                              aria-label={t('chase_settings_rate_remove_of', row.halfYear)}
                              onClick={async () => {
                                await saveChaseSettings((chase) => ({ ...chase, rates: (chase.rates ?? []).filter((r) => !(r.table === id && r.halfYear === row.halfYear)) }));
                              }}
                            >
                              {t('chase_remove')}
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <AddRate id={id} next={nextHalfYearOf(table.rows)} />
          </details>
        );
      })}
    </div>
  );
};

const AddRate = ({ id, next }: { id: ReferenceRateId; next: HalfYear }) => {
  const [halfYear, setHalfYear] = useState<string>(next);
  const [rate, setRate] = useState('');
  const [observedOn, setObservedOn] = useState(observedOnFor(id, next));
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const ratePercent = Number(rate.replace(',', '.').replace('%', '').trim());
    const next: Record<string, string> = {};
    if (!isHalfYear(halfYear)) next.halfYear = t('chase_settings_error_half_year');
    if (rate.trim() === '' || !Number.isFinite(ratePercent) || ratePercent < -5 || ratePercent > 50) next.rate = t('chase_settings_error_rate');
    if (!observedOn) next.observedOn = t('chase_error_required');
    if (!source.trim()) next.source = t('chase_settings_error_source');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    await saveChaseSettings((chase) => ({
      ...chase,
      rates: [
        ...(chase.rates ?? []).filter((r) => !(r.table === id && r.halfYear === halfYear)),
        { table: id, halfYear, ratePercent, observedOn, source: source.trim() },
      ],
    }));
    setRate('');
    setSource('');
    setStatus(t('chase_settings_rate_added', halfYear));
  };
  return (
    <form class="form-grid add-rate" onSubmit={submit} aria-label={t('chase_settings_add_rate_to', t(RATE_NAME_KEYS[id]))}>
      <Field label={t('chase_settings_half_year')} hint={t('chase_settings_half_year_hint')} error={errors.halfYear}>
        {(p) => (
          <input
            {...p}
            type="text"
            value={halfYear}
            onInput={(e) => {
              setHalfYear(value(e));
              if (isHalfYear(value(e))) setObservedOn(observedOnFor(id, value(e) as HalfYear));
            }}
          />
        )}
      </Field>
      <Field label={t('chase_settings_rate_percent')} error={errors.rate}>
        {(p) => <input {...p} type="text" inputMode="decimal" value={rate} onInput={(e) => setRate(value(e))} />}
      </Field>
      <Field label={t('chase_settings_observed_on')} error={errors.observedOn}>
        {(p) => <input {...p} type="date" value={observedOn} onInput={(e) => setObservedOn(value(e))} />}
      </Field>
      <Field label={t('chase_settings_source')} hint={t('chase_settings_source_hint')} error={errors.source}>
        {(p) => <input {...p} type="text" maxLength={500} value={source} onInput={(e) => setSource(value(e))} />}
      </Field>
      <FormActions plain saveLabel={t('chase_settings_add_rate')}>
        <Status text={status} />
      </FormActions>
    </form>
  );
};
