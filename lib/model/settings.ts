import { z } from 'zod';
import { currencyCode, httpUrl, money, postalAddress, text } from './common';
import { legalStatusId } from './legal-status';
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
  /** Days after a delivery or the last payment before asking the client how it went (lib/billing/check-in.ts). */
  checkInDays: z.number().int().min(1).max(365).default(SETTINGS_DEFAULTS.checkInDays),
  searchEngine: searchEngine.default('duckduckgo'),
  /** Days changes may wait in no backup before the dashboard offers one; 0 never offers (lib/db/backup-status.ts). */
  backupReminderDays: z.number().int().min(0).max(365).default(SETTINGS_DEFAULTS.backupReminderDays),
  /**
   * The user's changes to the risk assessment's thresholds and weights, and only those: the defaults
   * live with the rules (lib/vetting/risk.ts), so a new reason in a later version gets its default weight.
   */
  risk: z
    .object({
      thresholds: z.object({ medium: z.number().min(0).max(1_000), high: z.number().min(0).max(1_000) }).optional(),
      weights: z.record(text(64), z.number().min(0).max(1_000)).optional(),
    })
    .optional(),
  /**
   * What the freelancer excels at and charges, compared with each job page (lib/profile). Amounts in
   * minor units per currency; exchange rates are typed in by the user, never fetched.
   */
  profile: z
    .object({
      strengths: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
      services: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
      minimumRates: z
        .record(currencyCode, z.object({ hourly: z.number().int().positive().safe().optional(), daily: z.number().int().positive().safe().optional() }))
        .default({}),
      minimumProject: z.record(currencyCode, z.number().int().positive().safe()).default({}),
      languages: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
      /** `'USD/EUR': { rate: 0.92 }` reads 1 USD = 0.92 EUR, as the user entered it on `enteredOn`. */
      exchangeRates: z
        .record(z.string().regex(/^[A-Z]{3}\/[A-Z]{3}$/, 'expected a pair such as USD/EUR'), z.object({ rate: z.number().positive().finite(), enteredOn: z.iso.date() }))
        .default({}),
    })
    .optional(),
  /**
   * Chasing, as edited in Settings (lib/chase/settings.ts reads it): the ladder's steps, replacing the shipped
   * ones when present, and reference-rate rows added or corrected by the user. Enums mirror `contactChannel` and
   * `ReferenceRateId` (a unit test in tests/unit/chase keeps them equal).
   */
  chase: z
    .object({
      ladder: z
        .array(
          z.object({
            /** Stored in `invoice.chase.stepsDone[].step`: never renamed once used. */
            id: text(64).min(1),
            offsetDays: z.number().int().min(-60).max(730),
            channel: z.enum(['call', 'email', 'letter', 'registered-letter', 'platform']),
            template: z.enum(['courtesy', 'friendly', 'firm', 'final', 'formal-notice', 'none']),
            enabled: z.boolean(),
          }),
        )
        .min(1)
        .max(30)
        .optional(),
      rates: z
        .array(
          z.object({
            table: z.enum(['ecb-mro', 'de-basiszinssatz', 'boe-bank-rate', 'fr-legal-interest-professional']),
            halfYear: z.string().regex(/^\d{4}-H[12]$/, 'expected a half-year as YYYY-H1 or YYYY-H2'),
            ratePercent: z.number().min(-5).max(50),
            observedOn: z.iso.date(),
            source: text(500).min(1, 'a rate needs its source'),
          }),
        )
        .max(200)
        .optional(),
    })
    .optional(),
  /**
   * Invoice import: the CSV column mapping last used with each preset (lib/import/csv-presets.ts), by the
   * header of the column each field is read from. Enums mirror `CSV_FIELDS` and `CsvPresetId` (a unit test in
   * tests/unit/import keeps them equal).
   */
  import: z
    .object({
      csvMappings: z
        .partialRecord(
          z.enum(['clientcheck', 'invoice-ninja', 'spreadsheet-fr', 'spreadsheet-en', 'custom']),
          z.object({
            columns: z.partialRecord(
              z.enum(['number', 'clientName', 'clientEmail', 'clientSiren', 'clientVat', 'issueDate', 'dueDate', 'terms', 'amount', 'taxAmount', 'netAmount', 'currency', 'paid', 'balance', 'status', 'poNumber', 'description']),
              text(200),
            ),
            dateOrder: z.enum(['ymd', 'dmy', 'mdy']),
            decimal: z.enum(['.', ',', 'auto']),
            currency: currencyCode.optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  /**
   * Who the freelancer is: the legal status decides the invoice mentions, whether VAT is charged and the
   * letters' wording (lib/billing/rules/legal-status.ts). `status` is unset until the user says it; the
   * first-run screen and Settings › Your business ask.
   */
  freelancer: z
    .object({
      status: legalStatusId.optional(),
      /** Before `status` existed: read as `fr-micro` when true and no status is set (legalStatusOf). */
      microEntrepreneur: z.boolean().optional(),
      name: text(300).optional(),
      /** "Dupont Consulting": a trade name beside the legal name, when there is one. */
      tradeName: text(300).optional(),
      address: postalAddress.optional(),
      siren: text(32).optional(),
      siret: text(32).optional(),
      vat: text(32).optional(),
      /** DE Steuernummer, printed when there is no USt-IdNr (UStG §14(4) Nr. 2). */
      taxNumber: text(32).optional(),
      /** UK Companies House or DE Handelsregister number. */
      companyNumber: text(32).optional(),
      /** A company's legal form as printed: SAS, SARL, Ltd, GmbH… */
      legalForm: text(60).optional(),
      /** Share capital, minor units, for a company's invoice mention. */
      shareCapital: money.optional(),
      /** "RCS Lyon" / "RM 69": the registry and its city; for a UK company, its place of registration. */
      registration: text(100).optional(),
      /** The consumer mediator the freelancer offers private clients (C. consom. L612-1). */
      consumerMediator: z.object({ name: text(300).min(1), url: httpUrl.optional() }).optional(),
    })
    .default({}),
});
export type Settings = z.infer<typeof settings>;

export const defaultSettings = (): Settings => settings.parse({});
