import { useRef, useState } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import { amountInputText, parseAmountInput } from '@/lib/format';
import type { Settings } from '@/lib/model';
import { emptyProfile, pairKey, type FreelancerProfile } from '@/lib/profile/profile';
import { skillKey } from '@/lib/profile/skills-fit';
import { Actions, Field, FormActions, Status, value } from '../form';
import { date, t } from '../text';
import { updateProfile } from './actions';
import { decimalText } from './JobFit';

/**
 * Settings › Your profile: strengths, services and languages as chips, minimum rates per currency,
 * and the exchange rates the freelancer types in. Friendly to a first visit: every part starts
 * empty, with the default currency offered, and each change is saved as it is made.
 */

/** A change to the profile, applied to the stored one: two quick edits never undo each other. */
type Save = (update: (profile: FreelancerProfile) => FreelancerProfile) => void;

const CURRENCY = /^[A-Z]{3}$/;
const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD'];
const chipList = { listStyle: 'none', padding: 0, margin: '0.4rem 0 0', display: 'flex', flexWrap: 'wrap', gap: '0.35rem' } as const;


type ListKey = 'strengths' | 'services' | 'languages';
const LIST_MAX: Record<ListKey, number> = { strengths: 100, services: 50, languages: 30 };

/** The same skill spelled again ("ReactJS" after "React.js") is the same item. */
const sameItem = (a: string, b: string): boolean => a === b || (skillKey(a) !== '' && skillKey(a) === skillKey(b));

/** One field and its Add button on a line: a chip, a currency. */
const AddOne = (props: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  maxLength: number;
  list?: string;
  addLabel: string;
  formLabel?: string;
  onInput: (typed: string) => void;
  onAdd: (event: Event) => void;
}) => (
  <form class="actions" onSubmit={props.onAdd} aria-label={props.formLabel}>
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(p) => <input {...p} value={props.value} maxLength={props.maxLength} list={props.list} onInput={(e) => props.onInput(value(e))} />}
    </Field>
    <button type="submit">{props.addLabel}</button>
  </form>
);

const Chips = ({ list, label, hint, items, save }: { list: ListKey; label: string; hint: string; items: string[]; save: Save }) => {
  const [draft, setDraft] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const item = draft.trim();
    if (!item) return;
    save((profile) =>
      profile[list].some((existing) => sameItem(existing, item)) || profile[list].length >= LIST_MAX[list] ? profile : { ...profile, [list]: [...profile[list], item] },
    );
    setDraft('');
  };
  const remove = (item: string) => save((profile) => ({ ...profile, [list]: profile[list].filter((existing) => existing !== item) }));
  return (
    <div class="chips-field">
      <AddOne label={label} hint={hint} value={draft} maxLength={100} addLabel={t('profile_add')} onInput={setDraft} onAdd={add} />
      {items.length === 0 ? (
        <p class="muted small">{t('profile_noneYet')}</p>
      ) : (
        <ul style={chipList} aria-label={label}>
          {items.map((item) => (
            <li key={item} class="tag">
              {item}{' '}
              <button type="button" class="link" aria-label={t('profile_remove', item)} onClick={() => remove(item)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

/** An amount in one currency; empty removes it. Saved when the field is left. */
const AmountField = ({ label, amount, currency, onSave }: { label: string; amount?: number; currency: string; onSave: (next: number | undefined) => void }) => {
  const [error, setError] = useState<string>();
  return (
    <Field label={label} error={error}>
      {(p) => (
        <input
          {...p}
          inputMode="decimal"
          value={amount === undefined ? '' : amountInputText(amount, currency)}
          onChange={(e) => {
            const typed = value(e).trim();
            if (typed === '') {
              setError(undefined);
              return onSave(undefined);
            }
            const parsed = parseAmountInput(typed, currency);
            if (parsed === undefined || parsed <= 0) return setError(t('profile_errorAmount'));
            setError(undefined);
            onSave(parsed);
          }}
        />
      )}
    </Field>
  );
};

type RateKind = 'hourly' | 'daily' | 'project';

const withAmount = (profile: FreelancerProfile, currency: string, kind: RateKind, amount: number | undefined): FreelancerProfile => {
  if (kind === 'project') {
    const { [currency]: _old, ...others } = profile.minimumProject;
    return { ...profile, minimumProject: amount === undefined ? others : { ...others, [currency]: amount } };
  }
  const { [kind]: _old, ...rest } = profile.minimumRates[currency] ?? {};
  return { ...profile, minimumRates: { ...profile.minimumRates, [currency]: amount === undefined ? rest : { ...rest, [kind]: amount } } };
};

const withoutCurrency = (profile: FreelancerProfile, currency: string): FreelancerProfile => {
  const { [currency]: _rates, ...minimumRates } = profile.minimumRates;
  const { [currency]: _project, ...minimumProject } = profile.minimumProject;
  return { ...profile, minimumRates, minimumProject };
};

const MinimumRates = ({ profile, defaultCurrency, save }: { profile: FreelancerProfile; defaultCurrency: string; save: Save }) => {
  const [newCurrency, setNewCurrency] = useState('');
  const [error, setError] = useState<string>();
  const currencies = [...new Set([...Object.keys(profile.minimumRates), ...Object.keys(profile.minimumProject)])];
  // A first visit shows one row in the default currency, saved once an amount is typed.
  const rows = currencies.length > 0 ? currencies : [defaultCurrency];
  const add = (event: Event) => {
    event.preventDefault();
    const code = newCurrency.trim().toUpperCase();
    if (!CURRENCY.test(code)) return setError(t('profile_errorCurrency'));
    setError(undefined);
    setNewCurrency('');
    if (!rows.includes(code)) save((p) => ({ ...p, minimumRates: { ...p.minimumRates, [code]: p.minimumRates[code] ?? {} } }));
  };
  return (
    <fieldset>
      <legend>{t('profile_ratesHeading')}</legend>
      <p class="hint">{t('profile_ratesHint')}</p>
      {rows.map((currency) => (
        <div key={currency} class="form-grid" data-currency={currency}>
          <AmountField
            label={t('profile_hourly', currency)}
            currency={currency}
            amount={profile.minimumRates[currency]?.hourly}
            onSave={(amount) => save((p) => withAmount(p, currency, 'hourly', amount))}
          />
          <AmountField
            label={t('profile_daily', currency)}
            currency={currency}
            amount={profile.minimumRates[currency]?.daily}
            onSave={(amount) => save((p) => withAmount(p, currency, 'daily', amount))}
          />
          <AmountField
            label={t('profile_project', currency)}
            currency={currency}
            amount={profile.minimumProject[currency]}
            onSave={(amount) => save((p) => withAmount(p, currency, 'project', amount))}
          />
          {currencies.includes(currency) && (
            <Actions>
              <button type="button" class="danger-outline" onClick={() => save((p) => withoutCurrency(p, currency))}>
                {t('profile_removeCurrency', currency)}
              </button>
            </Actions>
          )}
        </div>
      ))}
      <AddOne
        label={t('profile_newCurrency')}
        error={error}
        value={newCurrency}
        maxLength={3}
        list="profile-currencies"
        addLabel={t('profile_addCurrency')}
        formLabel={t('profile_addCurrency')}
        onInput={setNewCurrency}
        onAdd={add}
      />
    </fieldset>
  );
};

const ExchangeRates = ({ profile, save }: { profile: FreelancerProfile; save: Save }) => {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rate, setRate] = useState('');
  const [error, setError] = useState<{ field: 'pair' | 'rate'; text: string }>();
  const add = (event: Event) => {
    event.preventDefault();
    const a = from.trim().toUpperCase();
    const b = to.trim().toUpperCase();
    if (!CURRENCY.test(a) || !CURRENCY.test(b) || a === b) return setError({ field: 'pair', text: t('profile_errorPair') });
    const parsed = Number(rate.trim().replace(',', '.'));
    if (!/^\d+([.,]\d+)?$/.test(rate.trim()) || !Number.isFinite(parsed) || parsed <= 0) return setError({ field: 'rate', text: t('profile_errorRate') });
    setError(undefined);
    // One rate per pair, the latest typed: the pair entered the other way round is replaced too.
    const enteredOn = todayIn();
    save((p) => {
      const { [pairKey(a, b)]: _same, [pairKey(b, a)]: _reverse, ...others } = p.exchangeRates;
      return { ...p, exchangeRates: { ...others, [pairKey(a, b)]: { rate: parsed, enteredOn } } };
    });
    setRate('');
  };
  const remove = (pair: string) =>
    save((p) => {
      const { [pair]: _removed, ...others } = p.exchangeRates;
      return { ...p, exchangeRates: others };
    });
  const pairs = Object.entries(profile.exchangeRates);
  return (
    <fieldset>
      <legend>{t('profile_exchangeHeading')}</legend>
      <p class="hint">{t('profile_exchangeHint')}</p>
      {pairs.length === 0 ? (
        <p class="muted small">{t('profile_noExchangeRates')}</p>
      ) : (
        <ul class="plain-list" data-testid="exchange-rates">
          {pairs.map(([pair, entry]) => {
            const [a, b] = pair.split('/');
            return (
              <li key={pair}>
                {t('profile_exchangeLine', a, decimalText(entry.rate), b, date(entry.enteredOn))}{' '}
                <button type="button" class="link" aria-label={t('profile_remove', pair)} onClick={() => remove(pair)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="form-grid" onSubmit={add} aria-label={t('profile_exchangeHeading')}>
        <Field label={t('profile_exchangeFrom')} error={error?.field === 'pair' ? error.text : undefined}>
          {(p) => <input {...p} value={from} maxLength={3} list="profile-currencies" onInput={(e) => setFrom(value(e))} />}
        </Field>
        <Field label={t('profile_exchangeTo')}>
          {(p) => <input {...p} value={to} maxLength={3} list="profile-currencies" onInput={(e) => setTo(value(e))} />}
        </Field>
        <Field label={t('profile_exchangeRate')} hint={t('profile_exchangeRateHint')} error={error?.field === 'rate' ? error.text : undefined}>
          {(p) => <input {...p} value={rate} inputMode="decimal" onInput={(e) => setRate(value(e))} />}
        </Field>
        <FormActions plain saveLabel={t('profile_addExchangeRate')} />
      </form>
    </fieldset>
  );
};

export const ProfileSettings = ({ settings }: { settings: Settings }) => {
  const [status, setStatus] = useState('');
  const profile = settings.profile ?? emptyProfile();
  // Saves run one after another, each on the row as stored, so none is lost to a view not yet refreshed.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save: Save = (update) => {
    queue.current = queue.current
      .then(async () => {
        await updateProfile(update);
        setStatus(t('profile_saved'));
      })
      .catch((error: unknown) => setStatus(t('errorGeneric', (error as Error).message)));
  };
  return (
    <section class="card" aria-labelledby="settings-profile" data-testid="profile-settings">
      <h2 id="settings-profile">{t('profile_heading')}</h2>
      <p class="muted">{t('profile_intro')}</p>
      <datalist id="profile-currencies">
        {COMMON_CURRENCIES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      <Chips list="strengths" label={t('profile_strengths')} hint={t('profile_strengthsHint')} items={profile.strengths} save={save} />
      <Chips list="services" label={t('profile_services')} hint={t('profile_servicesHint')} items={profile.services} save={save} />
      <MinimumRates profile={profile} defaultCurrency={settings.defaultCurrency} save={save} />
      <ExchangeRates profile={profile} save={save} />
      <Chips list="languages" label={t('profile_languages')} hint={t('profile_languagesHint')} items={profile.languages} save={save} />
      <Status text={status} />
    </section>
  );
};
