import { z } from 'zod';

/**
 * The freelancer's legal status, as the law sees it. Each id is a row in lib/billing/rules/legal-status.ts,
 * which says what it means for VAT and for the invoice mentions.
 */
export const legalStatusId = z.enum([
  /** Micro-entrepreneur under the VAT franchise (CGI art. 293 B). */
  'fr-micro',
  /** Entrepreneur individuel liable to VAT (régime réel, or a micro-entrepreneur past the franchise). */
  'fr-ei',
  /** A French company: SAS, SASU, SARL, EURL, SA… */
  'fr-company',
  'uk-sole-trader',
  'uk-limited',
  /** Kleinunternehmer: no VAT charged (§19 UStG). */
  'de-kleinunternehmer',
  'de-regular',
  'other',
]);
export type LegalStatusId = z.infer<typeof legalStatusId>;

/** Who the client is, for the law: a business, or a private person (a consumer). */
export type DebtorKind = 'business' | 'consumer';
