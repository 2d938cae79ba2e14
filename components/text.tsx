import { formatDate, formatInstant, formatMoney } from '@/lib/format';
import { displayLocale, message, tn as plural, type MessageKey, type PluralKey } from '@/lib/i18n/messages';

/** Captured and stored text is only ever rendered as text nodes through these and JSX. */

export const t = (key: MessageKey, ...substitutions: (string | number)[]): string =>
  message(key, substitutions.map(String));

const locale = displayLocale;

export const Money = ({ amount, currency }: { amount: number; currency: string }) => (
  <span class="money">{formatMoney(amount, currency, locale())}</span>
);

export const DateText = ({ date }: { date: string }) => <time dateTime={date}>{formatDate(date, locale())}</time>;

export const money = (amount: number, currency: string): string => formatMoney(amount, currency, locale());
export const date = (d: string): string => formatDate(d, locale());
export const dateTime = (instant: string): string => formatInstant(instant, locale());

/** A message for `count` things, in the form the language's plural rules choose ("1 invoice", "2 invoices"). */
export const tn = (key: PluralKey, count: number, ...substitutions: (string | number)[]): string =>
  plural(key, count, substitutions.map(String));

export const daysLateText = (days: number): string => tn('daysLate', days);
