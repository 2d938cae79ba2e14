import { useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Client } from '@/lib/model';
import { Field, FormActions, Select, messageOptions, value } from '../../form';
import { t } from '../../text';
import { KIND_LABEL } from '../client-labels';
import { saveClientEdits, type ClientEdits } from './actions';

const CIVILITY_LABEL = { '': 'clientCivilityNone', ms: 'clientCivilityMs', mr: 'clientCivilityMr' } as const satisfies Record<string, MessageKey>;

/**
 * Everything the client gave: the checklist and the missing-info message read these fields. Phones
 * are stored in E.164 when they can be read (the client's country helps with national numbers).
 * A bad value is refused with its field named, and nothing is lost from the form.
 */
export const ClientEditor = ({ client, onDone }: { client: Client; onDone: () => void }) => {
  const [form, setForm] = useState<ClientEdits>({
    kind: client.kind,
    displayName: client.displayName,
    legalName: client.legalName ?? '',
    contactName: client.contactName ?? '',
    civility: client.civility ?? '',
    emails: client.emails.join(', '),
    phones: client.phones.join(', '),
    website: client.website ?? '',
    street: client.address?.street ?? '',
    postalCode: client.address?.postalCode ?? '',
    city: client.address?.city ?? '',
    country: client.address?.country ?? '',
    siren: client.identifiers.siren ?? '',
    siret: client.identifiers.siret ?? '',
    vat: client.identifiers.vat ?? '',
    companyNumber: client.identifiers.companyNumber ?? '',
    other: client.identifiers.other ?? '',
    notes: client.notes ?? '',
  });
  const [error, setError] = useState<string>();
  const set = (key: keyof typeof form) => (event: Event) =>
    setForm({ ...form, [key]: value(event as unknown as Parameters<typeof value>[0]) });

  const save = async (event: Event) => {
    event.preventDefault();
    if (!form.displayName.trim()) return setError(t('required'));
    const country = form.country.trim().toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country)) return setError(t('clientCountryInvalid'));
    try {
      await saveClientEdits(client, form);
      onDone();
    } catch (e) {
      setError(t('errorGeneric', (e as Error).message));
    }
  };

  const input = (key: keyof typeof form, label: string, more: Record<string, unknown> = {}) => (
    <Field label={label}>{(p) => <input {...p} {...more} value={form[key]} onInput={set(key)} />}</Field>
  );
  return (
    <form class="card" onSubmit={save} aria-label={t('clientEdit')}>
      <h2>{t('clientEdit')}</h2>
      <div class="form-grid">
        {input('displayName', t('clientName'), { required: true, maxLength: 300 })}
        <Field label={t('clientKind')}>
          {(p) => <Select {...p} value={form.kind} options={messageOptions(KIND_LABEL)} onChange={(kind) => setForm({ ...form, kind })} />}
        </Field>
        {input('legalName', t('clientLegalName'), { maxLength: 300 })}
        {input('contactName', t('clientContactName'), { maxLength: 300 })}
        <Field label={t('clientCivility')}>
          {(p) => <Select {...p} value={form.civility} options={messageOptions(CIVILITY_LABEL)} onChange={(civility) => setForm({ ...form, civility })} />}
        </Field>
        {input('emails', t('clientEmails'), { maxLength: 2000 })}
        {input('phones', t('clientPhones'), { maxLength: 1000 })}
        {input('website', t('clientWebsite'), { maxLength: 500 })}
      </div>
      <fieldset>
        <legend>{t('clientAddress')}</legend>
        <div class="form-grid">
          {input('street', t('clientStreet'), { maxLength: 500 })}
          {input('postalCode', t('clientPostalCode'), { maxLength: 32 })}
          {input('city', t('clientCity'), { maxLength: 200 })}
          {input('country', t('clientCountry'), { maxLength: 2, pattern: '[A-Za-z]{2}' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('clientIdentifiers')}</legend>
        <div class="form-grid">
          {input('siren', 'SIREN', { maxLength: 32, inputMode: 'numeric' })}
          {input('siret', 'SIRET', { maxLength: 32, inputMode: 'numeric' })}
          {input('vat', t('clientVat'), { maxLength: 32 })}
          {input('companyNumber', t('clientCompanyNumber'), { maxLength: 64 })}
          {input('other', t('clientOtherIds'), { maxLength: 200 })}
        </div>
      </fieldset>
      <Field label={t('clientNotes')}>
        {(p) => <textarea {...p} rows={3} maxLength={20000} value={form.notes} onInput={set('notes')} />}
      </Field>
      <FormActions onCancel={onDone} error={error} />
    </form>
  );
};
