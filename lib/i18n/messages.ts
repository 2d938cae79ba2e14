import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import type { UiLanguage } from '../model/settings';

/**
 * UI strings come from `public/_locales/<lang>/messages.json`, the browser's own format, so the
 * manifest and the pages share one source. We read the files ourselves (rather than through
 * `i18n.getMessage`) so that Settings can override the browser's language.
 */
export type Language = 'en' | 'fr';
export type MessageKey = keyof typeof en;

type Dictionary = Record<string, { message: string }>;
const dictionaries: Record<Language, Dictionary> = { en, fr };

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

/** The message for `key`, with `$1`…`$9` replaced; English when a French string is missing. */
export const message = (key: MessageKey, substitutions: string[] = [], language: Language = current): string => {
  const entry = dictionaries[language][key] ?? dictionaries.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
};

export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(dictionaries.en, key);

export const allKeys = (language: Language): string[] => Object.keys(dictionaries[language]);
