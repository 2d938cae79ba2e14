import shellEn from '../../public/_locales/en/messages.json';
import shellFr from '../../public/_locales/fr/messages.json';
import billingEn from '../billing/messages.en.json';
import billingFr from '../billing/messages.fr.json';
import chaseEn from '../chase/messages.en.json';
import chaseFr from '../chase/messages.fr.json';
import dataEn from '../db/messages.en.json';
import dataFr from '../db/messages.fr.json';
import profileEn from '../profile/messages.en.json';
import profileFr from '../profile/messages.fr.json';
import importEn from '../import/messages.en.json';
import importFr from '../import/messages.fr.json';
import vettingEn from '../vetting/messages.en.json';
import vettingFr from '../vetting/messages.fr.json';
import vettingViewEn from '../vetting/view-messages.en.json';
import vettingViewFr from '../vetting/view-messages.fr.json';
import type { UiLanguage } from '../model/settings';
import { renderEntry, type Entry, type Substitutions } from './render';

export type { Substitutions } from './render';

/**
 * UI strings are in the browser's `messages.json` format. The shell's (and the manifest's) sit in
 * `public/_locales/<lang>`; each feature keeps its own beside its rules (`lib/vetting/messages.en.json`),
 * so a feature brings its words with it. We read the files ourselves (rather than through
 * `i18n.getMessage`) so that Settings can override the browser's language.
 */
export type Language = 'en' | 'fr';

/** Every catalogue, by name; a key may be defined in only one of them (a unit test checks). */
export const CATALOGUES = {
  shell: { en: shellEn, fr: shellFr },
  vetting: { en: vettingEn, fr: vettingFr },
  /** The vetting views' own words (the rules' sentences are in `vetting`). */
  vettingView: { en: vettingViewEn, fr: vettingViewFr },
  billing: { en: billingEn, fr: billingFr },
  chase: { en: chaseEn, fr: chaseFr },
  profile: { en: profileEn, fr: profileFr },
  /** Keeping the data safe: the database failing, backups, dates a record may hold. */
  data: { en: dataEn, fr: dataFr },
  /** Invoice import (Factur-X, UBL, CII, CSV): the import screen's words and its problems. */
  import: { en: importEn, fr: importFr },
} as const;

const en = { ...shellEn, ...vettingEn, ...vettingViewEn, ...billingEn, ...chaseEn, ...profileEn, ...dataEn, ...importEn };
export type MessageKey = keyof typeof en;

type Dictionary = Record<string, Entry>;
const dictionaries: Record<Language, Dictionary> = {
  en,
  fr: { ...shellFr, ...vettingFr, ...vettingViewFr, ...billingFr, ...chaseFr, ...profileFr, ...dataFr, ...importFr },
};

let current: Language = 'en';

export const browserLanguage = (): Language => {
  const ui =
    (typeof globalThis.navigator !== 'undefined' && globalThis.navigator.language) ||
    Intl.DateTimeFormat().resolvedOptions().locale;
  return ui.toLowerCase().startsWith('fr') ? 'fr' : 'en';
};

export const resolveLanguage = (setting: UiLanguage): Language => (setting === 'auto' ? browserLanguage() : setting);

export const setLanguage = (language: Language): void => {
  current = language;
};

export const currentLanguage = (): Language => current;

/** The locale money and dates are written in for the current language. */
export const displayLocale = (): string => (current === 'fr' ? 'fr-FR' : 'en-GB');

/** The message for `key` with its values filled in; English when a French string is missing. */
export const message = (key: MessageKey, substitutions: Substitutions = [], language: Language = current): string => {
  const entry = dictionaries[language][key] ?? dictionaries.en[key];
  return entry ? renderEntry(entry, substitutions) : key;
};

/**
 * Plural messages are pairs of entries, `<key>_one` and `<key>_other` (more forms such as `_few` may be added
 * where a language has them), in every language: the catalogue test checks both forms exist in English and in
 * French. The form is chosen by `Intl.PluralRules` (French "one" covers 0 and 1); a form a language lacks reads
 * as `_other`.
 */
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

const pluralRules = new Map<Language, Intl.PluralRules>();
const pluralOf = (count: number, language: Language): string => {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language === 'fr' ? 'fr-FR' : 'en-GB')));
  return rules.select(count);
};

/** A count in the language's digits ("1 440" in French, "1,440" in English). */
export const formatCount = (count: number, language: Language = current): string =>
  new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(count);

/**
 * The message for `count` things: the count is `$1` (or the placeholder `count`), further values follow as
 * `$2`, `$3`… or by name.
 */
export const tn = (key: PluralKey, count: number, substitutions: Substitutions = [], language: Language = current): string => {
  const form = `${key}_${pluralOf(count, language)}`;
  const chosen = Object.hasOwn(dictionaries.en, form) ? form : `${key}_other`;
  const counted = formatCount(count, language);
  const values: Substitutions = Array.isArray(substitutions)
    ? [counted, ...(substitutions as readonly string[])]
    : { count: counted, ...(substitutions as Record<string, string | number>) };
  return message(chosen as MessageKey, values, language);
};

export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(dictionaries.en, key);

/** `message` for keys computed at run time (rules carry their key as data); the key itself when unknown. */
export const messageFor = (key: string, substitutions: Substitutions = [], language: Language = current): string =>
  hasMessage(key) ? message(key, substitutions, language) : key;

export const allKeys = (language: Language): string[] => Object.keys(dictionaries[language]);
