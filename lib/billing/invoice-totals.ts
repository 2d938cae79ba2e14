import type { InvoiceLine } from '../model/billing';

/**
 * An invoice's figures from what the freelancer entered: lines (quantity × unit price before VAT, each with its
 * rate) or one amount before VAT and a rate. Everything is in minor units (cents) and integer arithmetic.
 *
 * Rounding rule: a line's net is quantity × unit price rounded half-up to the cent; nets are summed per rate,
 * and the VAT of each rate is that rate's net × rate, rounded half-up to the cent once per rate (never per line),
 * as the VAT Directive art. 226(8)-(10) and CGI annexe II art. 242 nonies A ask: "taxable amount per rate, VAT per rate".
 * The total is the nets plus the VAT of each rate.
 */

export interface VatGroup {
  /** Undefined when no VAT is charged (franchise, reverse charge, outside the scope). */
  ratePercent: number | undefined;
  net: number;
  vat: number;
}

export interface InvoiceTotals {
  net: number;
  vat: number;
  total: number;
  /** One group per rate, highest rate first, the group with no VAT last. */
  byRate: VatGroup[];
}

/** Half-up division of a non-negative integer. */
const divideHalfUp = (numerator: number, denominator: number): number => Math.floor((numerator * 2 + denominator) / (denominator * 2));

/** Rates are held in hundredths of a percent so that 5.5 % and 2.1 % stay integers. */
const rateHundredths = (ratePercent: number): number => Math.round(ratePercent * 100);

/** VAT on `net` minor units at `ratePercent`, half-up to the cent. */
export const vatOn = (net: number, ratePercent: number | undefined): number =>
  ratePercent === undefined || net <= 0 ? 0 : divideHalfUp(net * rateHundredths(ratePercent), 10_000);

/** A line's amount before VAT: quantity (in thousandths) × unit price, half-up to the cent. */
export const lineNet = (line: Pick<InvoiceLine, 'quantityThousandths' | 'unitPrice'>): number =>
  divideHalfUp(line.quantityThousandths * line.unitPrice, 1000);

const totalsOf = (groups: Map<number | undefined, number>): InvoiceTotals => {
  const byRate = [...groups.entries()]
    .map(([ratePercent, net]) => ({ ratePercent, net, vat: vatOn(net, ratePercent) }))
    .sort((a, b) => (b.ratePercent ?? -1) - (a.ratePercent ?? -1));
  const net = byRate.reduce((sum, g) => sum + g.net, 0);
  const vat = byRate.reduce((sum, g) => sum + g.vat, 0);
  if (!Number.isSafeInteger(net + vat)) throw new RangeError('invoice total too large');
  return { net, vat, total: net + vat, byRate };
};

export const totalsFromLines = (lines: readonly Pick<InvoiceLine, 'quantityThousandths' | 'unitPrice' | 'vatRatePercent'>[]): InvoiceTotals => {
  const groups = new Map<number | undefined, number>();
  for (const line of lines) groups.set(line.vatRatePercent, (groups.get(line.vatRatePercent) ?? 0) + lineNet(line));
  return totalsOf(groups);
};

/** One amount before VAT and its rate (undefined: no VAT charged). */
export const totalsFromNet = (net: number, ratePercent: number | undefined): InvoiceTotals =>
  totalsOf(new Map([[ratePercent, net]]));

/**
 * The rate an invoice stored only as a total and a VAT amount was charged at, when one of `candidates` gives
 * exactly that VAT on the amount before VAT (`amount - taxAmount`); undefined otherwise (several rates, rounded
 * differently, or a rate not offered). No VAT at all gives undefined too: whether it is 0 % or none is not known.
 */
export const exactRateOf = (amount: number, taxAmount: number, candidates: readonly number[]): number | undefined => {
  if (taxAmount === 0) return undefined;
  const net = amount - taxAmount;
  return candidates.find((rate) => rate > 0 && vatOn(net, rate) === taxAmount);
};
