import type { ClientSnapshot, Money } from '@/lib/model';
import type { MessageKey } from '@/lib/i18n/messages';

/** What a capture holds, as labelled rows with their source on the page, in display order. */
export type FieldValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'yes-no'; yes: boolean }
  | { kind: 'money'; money: Money }
  | { kind: 'number'; value: number; suffix?: string }
  | { kind: 'date'; date: string }
  | { kind: 'budget'; type: 'fixed' | 'hourly' | 'daily'; min?: Money; max?: Money };

export interface FieldRow {
  path: string;
  label: MessageKey;
  value: FieldValue;
  source?: string;
}

const CLIENT_FIELDS: [keyof ClientSnapshot['client'], MessageKey][] = [
  ['displayName', 'field_displayName'],
  ['legalName', 'field_legalName'],
  ['contactName', 'field_contactName'],
  ['emails', 'field_emails'],
  ['phones', 'field_phones'],
  ['website', 'field_website'],
  ['street', 'field_street'],
  ['postalCode', 'field_postalCode'],
  ['city', 'field_city'],
  ['countryName', 'field_country'],
  ['siren', 'field_siren'],
  ['siret', 'field_siret'],
  ['vat', 'field_vat'],
  ['companyNumber', 'field_companyNumber'],
];

const SIGNAL_FIELDS: [keyof ClientSnapshot['signals'], MessageKey][] = [
  ['paymentVerified', 'field_paymentVerified'],
  ['phoneVerified', 'field_phoneVerified'],
  ['identityVerified', 'field_identityVerified'],
  ['emailVerified', 'field_emailVerified'],
  ['depositMade', 'field_depositMade'],
  ['rating', 'field_rating'],
  ['reviewsCount', 'field_reviewsCount'],
  ['jobsPosted', 'field_jobsPosted'],
  ['hireRatePercent', 'field_hireRate'],
  ['openJobs', 'field_openJobs'],
  ['totalSpent', 'field_totalSpent'],
  ['hires', 'field_hires'],
  ['activeHires', 'field_activeHires'],
  ['avgHourlyRate', 'field_avgHourlyRate'],
  ['hoursBilled', 'field_hoursBilled'],
  ['memberSince', 'field_memberSince'],
  ['industry', 'field_industry'],
  ['companySize', 'field_companySize'],
  ['localTime', 'field_localTime'],
];

const valueOf = (value: unknown, path: string): FieldValue | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return { kind: 'yes-no', yes: value };
  if (typeof value === 'number') return { kind: 'number', value, suffix: path.endsWith('Percent') ? '%' : undefined };
  if (Array.isArray(value)) return value.length ? { kind: 'list', items: value.map(String) } : undefined;
  if (typeof value === 'object' && 'amount' in value && 'currency' in value) return { kind: 'money', money: value as Money };
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: 'date', date: value };
  return { kind: 'text', text: String(value) };
};

export const captureFields = (snapshot: ClientSnapshot): FieldRow[] => {
  const rows: FieldRow[] = [];
  const add = (path: string, label: MessageKey, raw: unknown) => {
    const value = valueOf(raw, path);
    if (value) rows.push({ path, label, value, source: snapshot.fieldSources[path] });
  };
  for (const [key, label] of CLIENT_FIELDS) add(`client.${key}`, label, snapshot.client[key]);
  for (const [key, label] of SIGNAL_FIELDS) add(`signals.${key}`, label, snapshot.signals[key]);
  const job = snapshot.job;
  if (job?.title) add('job.title', 'field_jobTitle', job.title);
  if (job?.budget) {
    rows.push({
      path: 'job.budget',
      label: 'field_budget',
      value: { kind: 'budget', ...job.budget },
      source: snapshot.fieldSources['job.budget'],
    });
  }
  if (job?.skills?.length) add('job.skills', 'field_skills', job.skills);
  if (job?.history?.length) add('job.history', 'field_history', job.history.length);
  return rows;
};
