import type { CalendarDate } from '../../model/common';
import type { HalfYear } from '../../calendar';

/**
 * Reference rates by half-year, as data. Late-payment interest is "reference rate + points", and the reference
 * is re-read every 1 January and 1 July. Settings will let the user add the next half-year's row: every function
 * that reads a rate takes the table as a parameter with `REFERENCE_RATES` as its default.
 */

export type ReferenceRateId = 'ecb-mro' | 'de-basiszinssatz' | 'boe-bank-rate' | 'fr-legal-interest-professional';

export interface ReferenceRateRow {
  halfYear: HalfYear;
  ratePercent: number;
  /** The day whose rate this is: 1 Jan / 1 Jul for the ECB, 31 Dec / 30 Jun for the Bank of England. */
  observedOn: CalendarDate;
  source: string;
  /** Set while the figure is not confirmed against its publisher: calculations using it say so. */
  toVerify?: string;
}

export interface ReferenceRateTable {
  id: ReferenceRateId;
  name: string;
  publisher: string;
  url?: string;
  /** Which day's rate a half-year takes. */
  rule: string;
  rows: readonly ReferenceRateRow[];
}

export type ReferenceRateTables = Readonly<Record<ReferenceRateId, ReferenceRateTable>>;

const ECB = 'ECB key interest rates, main refinancing operations (fixed rate)';

export const ECB_MRO: ReferenceRateTable = {
  id: 'ecb-mro',
  name: 'ECB main refinancing operations rate',
  publisher: 'European Central Bank',
  url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html',
  rule: 'Rate in force on 1 January for the first half-year, on 1 July for the second (C. com. L441-10; Directive 2011/7/EU).',
  rows: [
    { halfYear: '2021-H1', ratePercent: 0, observedOn: '2021-01-01', source: `${ECB}: 0.00% since 16 Mar 2016` },
    { halfYear: '2021-H2', ratePercent: 0, observedOn: '2021-07-01', source: `${ECB}: 0.00% since 16 Mar 2016` },
    { halfYear: '2022-H1', ratePercent: 0, observedOn: '2022-01-01', source: `${ECB}: 0.00% since 16 Mar 2016` },
    // The first rise (to 0.50%) took effect on 27 Jul 2022, after the 1 July reading.
    { halfYear: '2022-H2', ratePercent: 0, observedOn: '2022-07-01', source: `${ECB}: 0.00% since 16 Mar 2016` },
    { halfYear: '2023-H1', ratePercent: 2.5, observedOn: '2023-01-01', source: `${ECB}: 2.50% from 21 Dec 2022` },
    { halfYear: '2023-H2', ratePercent: 4, observedOn: '2023-07-01', source: `${ECB}: 4.00% from 21 Jun 2023` },
    { halfYear: '2024-H1', ratePercent: 4.5, observedOn: '2024-01-01', source: `${ECB}: 4.50% from 20 Sep 2023` },
    { halfYear: '2024-H2', ratePercent: 4.25, observedOn: '2024-07-01', source: `${ECB}: 4.25% from 12 Jun 2024` },
    { halfYear: '2025-H1', ratePercent: 3.15, observedOn: '2025-01-01', source: `${ECB}: 3.15% from 18 Dec 2024` },
    { halfYear: '2025-H2', ratePercent: 2.15, observedOn: '2025-07-01', source: `${ECB}: 2.15% from 11 Jun 2025` },
    { halfYear: '2026-H1', ratePercent: 2.15, observedOn: '2026-01-01', source: `${ECB}: 2.15% from 11 Jun 2025, unchanged at 22 Dec 2025` },
    {
      halfYear: '2026-H2',
      ratePercent: 2.15,
      observedOn: '2026-07-01',
      source: `${ECB}: 2.15% from 11 Jun 2025`,
      toVerify: 'carried from 11 Jun 2025; confirm the rate in force on 1 Jul 2026',
    },
  ],
};

const BUBA = 'Deutsche Bundesbank, Basiszinssatz (§247 BGB), Bundesanzeiger';

export const DE_BASISZINSSATZ: ReferenceRateTable = {
  id: 'de-basiszinssatz',
  name: 'Basiszinssatz (§247 BGB)',
  publisher: 'Deutsche Bundesbank',
  url: 'https://www.gesetze-im-internet.de/bgb/__247.html',
  rule: 'Moves on 1 January and 1 July by the change in the ECB main refinancing rate since its last change (§247(1) BGB).',
  rows: [
    { halfYear: '2021-H1', ratePercent: -0.88, observedOn: '2021-01-01', source: `${BUBA}: -0.88% since 1 Jul 2016` },
    { halfYear: '2021-H2', ratePercent: -0.88, observedOn: '2021-07-01', source: `${BUBA}: -0.88% since 1 Jul 2016` },
    { halfYear: '2022-H1', ratePercent: -0.88, observedOn: '2022-01-01', source: `${BUBA}: -0.88% since 1 Jul 2016` },
    { halfYear: '2022-H2', ratePercent: -0.88, observedOn: '2022-07-01', source: `${BUBA}: -0.88% since 1 Jul 2016` },
    { halfYear: '2023-H1', ratePercent: 1.62, observedOn: '2023-01-01', source: `${BUBA}: 1.62% from 1 Jan 2023` },
    { halfYear: '2023-H2', ratePercent: 3.12, observedOn: '2023-07-01', source: `${BUBA}: 3.12% from 1 Jul 2023` },
    { halfYear: '2024-H1', ratePercent: 3.62, observedOn: '2024-01-01', source: `${BUBA}: 3.62% from 1 Jan 2024` },
    { halfYear: '2024-H2', ratePercent: 3.37, observedOn: '2024-07-01', source: `${BUBA}: 3.37% from 1 Jul 2024` },
    { halfYear: '2025-H1', ratePercent: 2.27, observedOn: '2025-01-01', source: `${BUBA}: 2.27% from 1 Jan 2025` },
    { halfYear: '2025-H2', ratePercent: 1.27, observedOn: '2025-07-01', source: `${BUBA}: 1.27% from 1 Jul 2025` },
    { halfYear: '2026-H1', ratePercent: 1.27, observedOn: '2026-01-01', source: `${BUBA}: unchanged at 1.27%, announced 24 Dec 2025` },
    {
      halfYear: '2026-H2',
      ratePercent: 1.27,
      observedOn: '2026-07-01',
      source: `${BUBA}: 1.27% from 1 Jul 2025`,
      toVerify: 'unchanged only if the ECB rate was still 2.15% before 1 Jul 2026; confirm the Bundesbank notice',
    },
  ],
};

const BOE = 'Bank of England, Official Bank Rate history';

export const BOE_BANK_RATE: ReferenceRateTable = {
  id: 'boe-bank-rate',
  name: 'Bank of England base rate',
  publisher: 'Bank of England',
  url: 'https://www.bankofengland.co.uk/boeapps/database/Bank-Rate.asp',
  rule: 'Base rate on 31 December for January–June, on 30 June for July–December (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002).',
  rows: [
    { halfYear: '2021-H1', ratePercent: 0.1, observedOn: '2020-12-31', source: `${BOE}: 0.10% from 19 Mar 2020` },
    { halfYear: '2021-H2', ratePercent: 0.1, observedOn: '2021-06-30', source: `${BOE}: 0.10% from 19 Mar 2020` },
    { halfYear: '2022-H1', ratePercent: 0.25, observedOn: '2021-12-31', source: `${BOE}: 0.25% from 16 Dec 2021` },
    { halfYear: '2022-H2', ratePercent: 1.25, observedOn: '2022-06-30', source: `${BOE}: 1.25% from 16 Jun 2022` },
    { halfYear: '2023-H1', ratePercent: 3.5, observedOn: '2022-12-31', source: `${BOE}: 3.50% from 15 Dec 2022` },
    { halfYear: '2023-H2', ratePercent: 5, observedOn: '2023-06-30', source: `${BOE}: 5.00% from 22 Jun 2023` },
    { halfYear: '2024-H1', ratePercent: 5.25, observedOn: '2023-12-31', source: `${BOE}: 5.25% from 3 Aug 2023` },
    { halfYear: '2024-H2', ratePercent: 5.25, observedOn: '2024-06-30', source: `${BOE}: 5.25% from 3 Aug 2023` },
    { halfYear: '2025-H1', ratePercent: 4.75, observedOn: '2024-12-31', source: `${BOE}: 4.75% from 7 Nov 2024` },
    { halfYear: '2025-H2', ratePercent: 4.25, observedOn: '2025-06-30', source: `${BOE}: 4.25% from 8 May 2025` },
    { halfYear: '2026-H1', ratePercent: 3.75, observedOn: '2025-12-31', source: `${BOE}: 3.75% from 18 Dec 2025` },
    {
      halfYear: '2026-H2',
      ratePercent: 3.75,
      observedOn: '2026-06-30',
      source: `${BOE}: 3.75% from 18 Dec 2025 (held on 5 Feb and 19 Mar 2026)`,
      toVerify: 'carried from 18 Dec 2025; confirm the rate on 30 Jun 2026',
    },
  ],
};

const ARRETE = 'Taux de l’intérêt légal, « autres cas » (C. monétaire et financier L313-2, D313-1-A), arrêté semestriel';

/**
 * The French legal interest rate for creditors acting professionally ("autres cas"). Between businesses it is
 * not the late-payment rate itself: a contract rate may not be set below three times it (C. com. L441-10).
 * Against a consumer it is the late-payment rate, from the formal notice (C. civ. 1231-6).
 */
export const FR_LEGAL_INTEREST_PROFESSIONAL: ReferenceRateTable = {
  id: 'fr-legal-interest-professional',
  name: 'Taux de l’intérêt légal (créanciers professionnels)',
  publisher: 'Ministère de l’Économie (arrêté), calculé par la Banque de France',
  rule: 'Fixed by arrêté for each half-year (C. monétaire et financier L313-2).',
  rows: [
    { halfYear: '2021-H1', ratePercent: 0.79, observedOn: '2021-01-01', source: ARRETE },
    { halfYear: '2021-H2', ratePercent: 0.76, observedOn: '2021-07-01', source: ARRETE },
    { halfYear: '2022-H1', ratePercent: 0.76, observedOn: '2022-01-01', source: ARRETE },
    { halfYear: '2022-H2', ratePercent: 0.77, observedOn: '2022-07-01', source: ARRETE },
    { halfYear: '2023-H1', ratePercent: 2.06, observedOn: '2023-01-01', source: ARRETE },
    { halfYear: '2023-H2', ratePercent: 4.22, observedOn: '2023-07-01', source: ARRETE },
    { halfYear: '2024-H1', ratePercent: 5.07, observedOn: '2024-01-01', source: ARRETE },
    { halfYear: '2024-H2', ratePercent: 4.92, observedOn: '2024-07-01', source: ARRETE },
    { halfYear: '2025-H1', ratePercent: 3.71, observedOn: '2025-01-01', source: ARRETE },
    { halfYear: '2025-H2', ratePercent: 2.76, observedOn: '2025-07-01', source: `${ARRETE}, 19 Jun 2025 (JO 24 Jun 2025)` },
    { halfYear: '2026-H1', ratePercent: 2.62, observedOn: '2026-01-01', source: `${ARRETE}, 15 Dec 2025 (JO 26 Dec 2025)` },
    {
      halfYear: '2026-H2',
      ratePercent: 2.62,
      observedOn: '2026-07-01',
      source: `${ARRETE}, 15 Dec 2025 (JO 26 Dec 2025), carried`,
      toVerify: 'the arrêté for the second half of 2026 was not at hand; 2.62% carried from the first half: confirm it',
    },
  ],
};

export const REFERENCE_RATES: ReferenceRateTables = {
  'ecb-mro': ECB_MRO,
  'de-basiszinssatz': DE_BASISZINSSATZ,
  'boe-bank-rate': BOE_BANK_RATE,
  'fr-legal-interest-professional': FR_LEGAL_INTEREST_PROFESSIONAL,
};

/** A rate looked up for a half-year, saying whether it came from that half-year's own row. */
export interface ReferenceRateLookup {
  table: ReferenceRateId;
  /** The half-year asked for. */
  halfYear: HalfYear;
  ratePercent: number;
  row: ReferenceRateRow;
  /**
   * `exact`: the half-year's own row. `carried-forward`: the table stops earlier, the latest row is used.
   * `carried-back`: the table starts later, its first row is used. Either way the user should add the row.
   */
  match: 'exact' | 'carried-forward' | 'carried-back';
  toVerify?: string;
}

const halfYearKey = (h: HalfYear): number => {
  const [year, half] = h.split('-H');
  return Number(year) * 2 + Number(half) - 1;
};

/**
 * The rate a table gives for a half-year. Never fails on a valid table: a half-year outside it takes the nearest
 * row and says so, so a calculation can still be shown with a visible caveat.
 */
export const referenceRateFor = (table: ReferenceRateTable, halfYear: HalfYear): ReferenceRateLookup => {
  if (table.rows.length === 0) throw new Error(`reference rate table ${table.id} has no rows`);
  const wanted = halfYearKey(halfYear);
  let before: ReferenceRateRow | undefined;
  let first = table.rows[0];
  for (const row of table.rows) {
    const key = halfYearKey(row.halfYear);
    if (key === wanted) {
      return { table: table.id, halfYear, ratePercent: row.ratePercent, row, match: 'exact', toVerify: row.toVerify };
    }
    if (key < wanted && (!before || key > halfYearKey(before.halfYear))) before = row;
    if (key < halfYearKey(first.halfYear)) first = row;
  }
  const row = before ?? first;
  return {
    table: table.id,
    halfYear,
    ratePercent: row.ratePercent,
    row,
    match: before ? 'carried-forward' : 'carried-back',
    toVerify: row.toVerify,
  };
};
