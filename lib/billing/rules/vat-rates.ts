import type { Jurisdiction } from '../../model/billing';
import type { CalendarDate } from '../../model/common';
import { source, type LegalSource } from './sources';

/**
 * VAT rates a freelancer may charge, per jurisdiction, each row with the law it rests on and the dates it holds.
 * The invoice editor offers the rates in force on the invoice's issue date; lib/billing/invoice-totals applies
 * them. "EU" has no row (each member state sets its own rates: the editor asks for the rate) and the US has no
 * VAT (a state's sales tax is entered as another rate).
 */

export type VatRateKind = 'standard' | 'intermediate' | 'reduced' | 'super-reduced' | 'zero';

export interface VatRateRow {
  jurisdiction: Jurisdiction;
  ratePercent: number;
  kind: VatRateKind;
  /** First day the rate applies. */
  holdsFrom: CalendarDate;
  /** Last day it applies, when it was replaced. */
  holdsUntil?: CalendarDate;
  source: LegalSource;
}

const CGI_278 = source('CGI art. 278 (taux normal 20 %, loi 2012-1510 art. 68)', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000027524040');
const CGI_279 = source('CGI art. 278 bis à 279 (taux intermédiaire 10 %)', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048834102');
const CGI_278_0_BIS = source('CGI art. 278-0 bis (taux réduit 5,5 %)', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048834087');
const CGI_281_QUATER = source('CGI art. 281 quater à 281 nonies (taux particulier 2,1 %)', 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006069577/LEGISCTA000006179605/');
const CGI_262 = source('CGI art. 262 ter, 259-0 et 283-2 (exonérations, autoliquidation : 0 %)', 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006309513');
const USTG_12 = source('UStG §12 (Steuersätze)', 'https://www.gesetze-im-internet.de/ustg_1980/__12.html');
const USTG_28_2020 = source('UStG §28(1) i.d.F. Zweites Corona-Steuerhilfegesetz (16 % / 5 %, 1 Jul - 31 Dec 2020)', 'https://www.gesetze-im-internet.de/ustg_1980/__28.html');
const USTG_4 = source('UStG §4 (steuerfreie Umsätze), §13b (Reverse Charge): 0 %', 'https://www.gesetze-im-internet.de/ustg_1980/__4.html');
const VATA_1994 = source('VAT Act 1994 s.2 (standard 20 % since 4 Jan 2011), s.29A and Sch. 7A (reduced 5 %), s.30 and Sch. 8 (zero rate)', 'https://www.gov.uk/guidance/rates-of-vat-on-different-goods-and-services');
const US_NONE = source('United States: no federal VAT; state and local sales taxes are entered as another rate', 'https://www.irs.gov/');

export const VAT_RATES: readonly VatRateRow[] = [
  // France: the rates as set by the 2014 reform (20 % and 10 % from 1 Jan 2014; 5.5 % and 2.1 % unchanged then).
  { jurisdiction: 'FR', ratePercent: 20, kind: 'standard', holdsFrom: '2014-01-01', source: CGI_278 },
  { jurisdiction: 'FR', ratePercent: 10, kind: 'intermediate', holdsFrom: '2014-01-01', source: CGI_279 },
  { jurisdiction: 'FR', ratePercent: 5.5, kind: 'reduced', holdsFrom: '2014-01-01', source: CGI_278_0_BIS },
  { jurisdiction: 'FR', ratePercent: 2.1, kind: 'super-reduced', holdsFrom: '2014-01-01', source: CGI_281_QUATER },
  { jurisdiction: 'FR', ratePercent: 0, kind: 'zero', holdsFrom: '2014-01-01', source: CGI_262 },
  // Germany: 19 % / 7 % since 1 Jan 2007, lowered to 16 % / 5 % for the second half of 2020.
  { jurisdiction: 'DE', ratePercent: 19, kind: 'standard', holdsFrom: '2007-01-01', holdsUntil: '2020-06-30', source: USTG_12 },
  { jurisdiction: 'DE', ratePercent: 16, kind: 'standard', holdsFrom: '2020-07-01', holdsUntil: '2020-12-31', source: USTG_28_2020 },
  { jurisdiction: 'DE', ratePercent: 19, kind: 'standard', holdsFrom: '2021-01-01', source: USTG_12 },
  { jurisdiction: 'DE', ratePercent: 7, kind: 'reduced', holdsFrom: '2007-01-01', holdsUntil: '2020-06-30', source: USTG_12 },
  { jurisdiction: 'DE', ratePercent: 5, kind: 'reduced', holdsFrom: '2020-07-01', holdsUntil: '2020-12-31', source: USTG_28_2020 },
  { jurisdiction: 'DE', ratePercent: 7, kind: 'reduced', holdsFrom: '2021-01-01', source: USTG_12 },
  { jurisdiction: 'DE', ratePercent: 0, kind: 'zero', holdsFrom: '2007-01-01', source: USTG_4 },
  // United Kingdom: standard 20 % since 4 Jan 2011, reduced 5 %, zero rate.
  { jurisdiction: 'UK', ratePercent: 20, kind: 'standard', holdsFrom: '2011-01-04', source: VATA_1994 },
  { jurisdiction: 'UK', ratePercent: 5, kind: 'reduced', holdsFrom: '2011-01-04', source: VATA_1994 },
  { jurisdiction: 'UK', ratePercent: 0, kind: 'zero', holdsFrom: '2011-01-04', source: VATA_1994 },
  { jurisdiction: 'US', ratePercent: 0, kind: 'zero', holdsFrom: '2000-01-01', source: US_NONE },
];

/** The rates in force in `jurisdiction` on `on`, highest first (the standard rate leads). */
export const vatRatesOn = (jurisdiction: Jurisdiction, on: CalendarDate, table: readonly VatRateRow[] = VAT_RATES): VatRateRow[] =>
  table
    .filter((row) => row.jurisdiction === jurisdiction && row.holdsFrom <= on && (!row.holdsUntil || on <= row.holdsUntil))
    .sort((a, b) => b.ratePercent - a.ratePercent);
