import { z } from 'zod';
import { currencyCode, postalAddress, text } from './common';
import { jurisdiction, paymentTerms } from './billing';
import { SETTINGS_DEFAULTS } from './settings-defaults';

export { SETTINGS_DEFAULTS };

export const uiLanguage = z.enum(['auto', 'en', 'fr']);
export type UiLanguage = z.infer<typeof uiLanguage>;

export const searchEngine = z.enum(['google', 'duckduckgo', 'bing', 'qwant', 'ecosia', 'startpage']);
export type SearchEngine = z.infer<typeof searchEngine>;


/** The single settings row. Every field has a default so an empty or older row still parses. */
export const settings = z.object({
  id: z.literal('settings').default('settings'),
  language: uiLanguage.default(SETTINGS_DEFAULTS.language),
  homeJurisdiction: jurisdiction.default('FR'),
  defaultCurrency: currencyCode.default('EUR'),
  defaultTerms: paymentTerms.default({ days: 30, endOfMonth: false }),
  /** Invoices falling due within this many days show as "due soon". */
  dueSoonDays: z.number().int().min(1).max(90).default(SETTINGS_DEFAULTS.dueSoonDays),
  searchEngine: searchEngine.default('duckduckgo'),
  freelancer: z
    .object({
      name: text(300).optional(),
      address: postalAddress.optional(),
      siren: text(32).optional(),
      siret: text(32).optional(),
      vat: text(32).optional(),
      microEntrepreneur: z.boolean().default(false),
    })
    .default({ microEntrepreneur: false }),
});
export type Settings = z.infer<typeof settings>;

export const defaultSettings = (): Settings => settings.parse({});
