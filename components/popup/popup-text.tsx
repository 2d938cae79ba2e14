import catalogue from 'virtual:first-paint-messages';
import { formatDate, formatMoney } from '@/lib/format';
import type { FirstPaintKey } from '@/lib/i18n/first-paint-keys';
import { renderEntry } from '@/lib/i18n/render';

/**
 * Text for the popup's first paint (components/text.tsx for everything else): the words it shows,
 * cut from the catalogues at build time (lib/i18n/first-paint-keys.ts), so the first screen does not
 * wait for the catalogues of every other screen. Once those are loaded (after the first paint), every
 * look-up goes through them. Captured text still reaches the screen only as text nodes.
 */
export type PopupLanguage = 'en' | 'fr';
type FullCatalogue = (key: string, substitutions: readonly string[], language: PopupLanguage) => string;

let language: PopupLanguage = 'en';
let full: FullCatalogue | undefined;

/** The language Settings asked for, or the browser's (`auto`), as lib/i18n/messages.ts decides it. */
export const popupLanguageOf = (setting: 'auto' | 'en' | 'fr'): PopupLanguage => {
  if (setting !== 'auto') return setting;
  const ui = globalThis.navigator?.language || Intl.DateTimeFormat().resolvedOptions().locale;
  return ui.toLowerCase().startsWith('fr') ? 'fr' : 'en';
};
export const setPopupLanguage = (next: PopupLanguage): void => {
  language = next;
};
export const popupLanguage = (): PopupLanguage => language;

/** After the first paint: the full catalogues answer from now on. */
export const adoptFullCatalogue = (lookup: FullCatalogue): void => {
  full = lookup;
};

const lookup = (key: string, substitutions: readonly string[]): string => {
  if (full) return full(key, substitutions, language);
  const entry = catalogue[language][key] ?? catalogue.en[key];
  return entry ? renderEntry(entry, substitutions) : key;
};

export const t = (key: FirstPaintKey, ...substitutions: (string | number)[]): string => lookup(key, substitutions.map(String));

/** For keys carried as data (a risk reason's sentence, a chase step's label). */
export const messageText = (key: string, substitutions: readonly string[] = []): string => lookup(key, substitutions);

const plurals = new Map<PopupLanguage, Intl.PluralRules>();
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;
/** "1 more reason", "2 more reasons": `<key>_one` or `<key>_other` by Intl.PluralRules (in French 0 and 1 take the singular), the count as $1. */
export const tn = (key: PluralBase<FirstPaintKey>, count: number, ...more: (string | number)[]): string => {
  let rules = plurals.get(language);
  if (!rules) plurals.set(language, (rules = new Intl.PluralRules(language)));
  const form = `${key}_${rules.select(count) === 'one' ? 'one' : 'other'}` as FirstPaintKey;
  return t(form, count, ...more);
};

const locale = (): string => (language === 'fr' ? 'fr-FR' : 'en-GB');
export const money = (amount: number, currency: string): string => formatMoney(amount, currency, locale());
export const date = (d: string): string => formatDate(d, locale());
export const Money = ({ amount, currency }: { amount: number; currency: string }) => <span class="money">{money(amount, currency)}</span>;
export const DateText = ({ date: d }: { date: string }) => <time dateTime={d}>{date(d)}</time>;
export const daysLateText = (days: number): string => tn('daysLate', days);
