import { useState } from 'preact/hooks';
import { clients } from '@/lib/db/repositories';
import { nowInstant, type Client, type ClientKind, type PostalAddress } from '@/lib/model';
import { toE164 } from '@/lib/platforms/parse/phone';
import { reportChange } from '../changes';
import { Field, FormActions, value } from '../form';
import { t } from '../text';
import { KIND_LABEL } from './client-labels';

/** Comma- or line-separated values, trimmed, without blanks or repeats. */
const listOf = (text: string): string[] => [...new Set(text.split(/[,;\n]/).map((v) => v.trim()).filter(Boolean))];
const optional = (text: string): string | undefined => text.trim() || undefined;

const addressOf = (street: string, postalCode: string, city: string, country: string): PostalAddress | undefined => {
  const address: PostalAddress = {
    ...(optional(street) ? { street: street.trim() } : {}),
    ...(optional(postalCode) ? { postalCode: postalCode.trim() } : {}),
    ...(optional(city) ? { city: city.trim() } : {}),
    ...(optional(country) ? { country: country.trim().toUpperCase() } : {}),
  };
  return Object.keys(address).length > 0 ? address : undefined;
};

/**
 * Everything the client gave: the checklist and the missing-info message read these fields. Phones
 * are stored in E.164 when they can be read (the client's country helps with national numbers).
 * A bad value is refused with its field named, and nothing is lost from the form.
 */
export const ClientEditor = ({ client, onDone }: { client: Client; onDone: () => void }) => {
  const [form, setForm] = useState({
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
    const website = optional(form.website);
    const withScheme = website && !/^https?:\/\//i.test(website) ? `https://${website}` : website;
    try {
      await clients.put({
        ...client,
        kind: form.kind,
        displayName: form.displayName.trim(),
        legalName: optional(form.legalName),
        contactName: optional(form.contactName),
        civility: form.civility === 'ms' || form.civility === 'mr' ? form.civility : undefined,
        emails: listOf(form.emails),
        phones: listOf(form.phones).map((phone) => toE164(phone, country || undefined) ?? phone),
        website: withScheme,
        address: addressOf(form.street, form.postalCode, form.city, country),
        identifiers: {
          siren: optional(form.siren),
          siret: optional(form.siret),
          vat: optional(form.vat),
          companyNumber: optional(form.companyNumber),
          other: optional(form.other),
        },
        notes: optional(form.notes),
        updatedAt: nowInstant(),
      });
      await reportChange('clients');
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
          {(p) => (
            <select {...p} value={form.kind} onChange={(e) => setForm({ ...form, kind: value(e) as ClientKind })}>
              {(Object.keys(KIND_LABEL) as ClientKind[]).map((k) => (
                <option key={k} value={k}>
                  {t(KIND_LABEL[k])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('legalName', t('clientLegalName'), { maxLength: 300 })}
        {input('contactName', t('clientContactName'), { maxLength: 300 })}
        <Field label={t('clientCivility')}>
          {(p) => (
            <select {...p} value={form.civility} onChange={set('civility')}>
              <option value="">{t('clientCivilityNone')}</option>
              <option value="ms">{t('clientCivilityMs')}</option>
              <option value="mr">{t('clientCivilityMr')}</option>
            </select>
          )}
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
