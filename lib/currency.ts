/**
 * ISO 4217 minor units: money is stored in them (`450000` EUR is EUR 4,500.00). One table for the
 * content scripts' money parser and for display, so the two can never disagree.
 */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0, VUV: 0,
  XAF: 0, XOF: 0, XPF: 0, BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

/** Minor units per major unit, as a power of ten: 2 for EUR, 0 for JPY, 3 for KWD. */
export const minorUnitDigits = (currency: string): number => MINOR_DIGITS[currency] ?? 2;
