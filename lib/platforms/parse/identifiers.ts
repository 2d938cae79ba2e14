/**
 * Company identifiers: French SIREN/SIRET and VAT, EU VAT numbers, UK Companies House numbers, and finders
 * for them in free text (legal notices, signatures, invoices).
 *
 * A valid format or checksum proves nothing about who holds a number (RULES.md): callers show "format
 * valid" and "found in the registry" as two different facts.
 */

/** Digits of `s`, everything else dropped ("732 829 320" → "732829320"). */
export function digitsOnly(s: string | null | undefined): string {
  return (s ?? '').replace(/\D/g, '');
}

/** Only visual separators may sit between the digits of an identifier: spaces, dots, dashes. */
const compactDigits = (s: string | null | undefined): string | undefined => {
  const compact = (s ?? '').replace(/[\s.\-\u00a0\u202f\u2009]/g, '');
  return /^\d+$/.test(compact) ? compact : undefined;
};

/** Luhn (mod 10) over a digit string. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** SIREN: 9 digits, Luhn. */
export function isValidSiren(s: string | null | undefined): boolean {
  const d = compactDigits(s);
  return d !== undefined && d.length === 9 && luhnValid(d);
}

const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/**
 * SIRET: 14 digits, Luhn. La Poste's establishments (SIREN 356000000, other than the head office
 * 35600000000048) instead have a digit sum that is a multiple of 5 (INSEE rule, RULES.md).
 */
export function isValidSiret(s: string | null | undefined): boolean {
  const d = compactDigits(s);
  if (d === undefined || d.length !== 14) return false;
  if (d.startsWith(LA_POSTE_SIREN) && d !== LA_POSTE_HEAD_OFFICE) {
    let sum = 0;
    for (const c of d) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnValid(d);
}

/** Uppercase, separators removed ("fr 44 732.829.320" → "FR44732829320"), Greece's GR written EL. */
export function normaliseVat(s: string | null | undefined): string {
  const compact = (s ?? '').toUpperCase().replace(/[\s.\-/:()\u00a0\u202f\u2009]/g, '');
  return compact.startsWith('GR') ? `EL${compact.slice(2)}` : compact;
}

/** French VAT key: (12 + 3 × (SIREN mod 97)) mod 97. */
const frenchVatKey = (siren: string): number => (12 + 3 * (Number(siren) % 97)) % 97;

/** "732829320" → "FR44732829320"; undefined when the SIREN is not valid. */
export function frenchVatFromSiren(siren: string | null | undefined): string | undefined {
  const d = compactDigits(siren);
  if (d === undefined || !isValidSiren(d)) return undefined;
  return `FR${String(frenchVatKey(d)).padStart(2, '0')}${d}`;
}

/**
 * A French VAT number whose numeric key matches its SIREN. The 9 digits must be a valid SIREN, except
 * for numbers starting "000" (Monaco companies registered for French VAT have no SIREN). Keys with
 * letters (businesses without a SIREN) cannot be checked this way and return false.
 */
export function isValidFrenchVat(s: string | null | undefined): boolean {
  const v = normaliseVat(s);
  const m = /^FR(\d{2})(\d{9})$/.exec(v);
  if (!m) return false;
  const siren = m[2]!;
  if (!siren.startsWith('000') && !luhnValid(siren)) return false;
  return Number(m[1]) === frenchVatKey(siren);
}

export type ChecksumResult = 'valid' | 'invalid' | 'not-checked';

export interface EuVatCheck {
  formatValid: boolean;
  checksum: ChecksumResult;
  /** ISO 3166-1 alpha-2 of the issuing country: GR for an EL number, GB for XI (Northern Ireland). */
  country: string;
}

/**
 * Number formats after the country prefix, per the European Commission's VIES documentation. Checksums
 * are verified for FR, DE, IT, BE, NL and ES; every other country is checked for format only.
 */
const VAT_FORMATS: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^[1-9]\d{8}$/,
  DK: /^\d{8}$/,
  EE: /^10\d{7}$/,
  EL: /^\d{8,9}$/,
  ES: /^(?:[A-Z]\d{7}[A-Z0-9]|\d{8}[A-Z])$/,
  FI: /^\d{8}$/,
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(?:\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B(?:0[1-9]|[1-9]\d)$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^(?:[1-9]\d{1,9}|[1-9]\d{12})$/,
  SE: /^\d{10}01$/,
  SI: /^[1-9]\d{7}$/,
  SK: /^[1-9]\d{9}$/,
  XI: /^(?:\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/,
};

/** The VAT prefixes of the 27 member states plus XI (Northern Ireland). */
export const EU_VAT_PREFIXES: readonly string[] = Object.keys(VAT_FORMATS);

const VAT_COUNTRY: Readonly<Record<string, string>> = { EL: 'GR', XI: 'GB' };

/** Germany: ISO 7064 MOD 11,10 on the first 8 digits. */
function germanCheck(n: string): boolean {
  let product = 10;
  for (let i = 0; i < 8; i++) {
    let sum = (Number(n[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === Number(n[8]);
}

/** Italy: Luhn over the 11 digits, and an office code (digits 8–10) that exists. */
function italianCheck(n: string): boolean {
  const office = Number(n.slice(7, 10));
  const officeKnown = (office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999;
  return officeKnown && n.slice(0, 7) !== '0000000' && luhnValid(n);
}

/** Belgium: the last two digits are 97 − (the first eight mod 97). */
const belgianCheck = (n: string): boolean => 97 - (Number(n.slice(0, 8)) % 97) === Number(n.slice(8));

/**
 * Netherlands: the "elfproef" (weights 9..2, mod 11) used by company numbers, or, for the numbers sole
 * traders received from 2020, ISO 7064 mod 97 over "NL" + number (N=23, L=21, B=11).
 */
function dutchCheck(n: string): boolean {
  const digits = n.slice(0, 9);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const elfproef = sum % 11 !== 10 && sum % 11 === Number(digits[8]);
  const numeric = `2321${digits}11${n.slice(10)}`;
  let rest = 0;
  for (const c of numeric) rest = (rest * 10 + Number(c)) % 97;
  return elfproef || rest === 1;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spain: DNI/NIE control letter for people, the CIF control character for companies. */
function spanishCheck(n: string): boolean {
  const head = n[0]!;
  if (/\d/.test(head)) return DNI_LETTERS[Number(n.slice(0, 8)) % 23] === n[8];
  if ('XYZ'.includes(head)) return DNI_LETTERS[Number(`${'XYZ'.indexOf(head)}${n.slice(1, 8)}`) % 23] === n[8];
  if ('KLM'.includes(head)) return DNI_LETTERS[Number(n.slice(1, 8)) % 23] === n[8];
  if (!'ABCDEFGHJNPQRSUVW'.includes(head)) return false;
  let sum = 0;
  for (let i = 1; i <= 7; i++) {
    const d = Number(n[i]);
    if (i % 2 === 0) sum += d;
    else {
      const doubled = d * 2;
      sum += Math.floor(doubled / 10) + (doubled % 10);
    }
  }
  const control = (10 - (sum % 10)) % 10;
  const last = n[8]!;
  const letter = 'JABCDEFGHI'[control]!;
  // Public bodies, foreign and non-resident entities use a letter; limited and public companies a digit.
  if ('NPQRSW'.includes(head)) return last === letter;
  if ('ABEH'.includes(head)) return last === String(control);
  return last === letter || last === String(control);
}

const CHECKSUMS: Readonly<Record<string, (n: string) => boolean>> = {
  FR: (n) => isValidFrenchVat(`FR${n}`),
  DE: germanCheck,
  IT: italianCheck,
  BE: belgianCheck,
  NL: dutchCheck,
  ES: spanishCheck,
};

/** The number after the prefix as its format reads it: Belgian numbers issued before 2005 get their leading 0. */
const vatBody = (v: string): string => (v.startsWith('BE') && /^\d{9}$/.test(v.slice(2)) ? `0${v.slice(2)}` : v.slice(2));

/** Whether a VAT number has its country's format, without any checksum (cheap enough for content scripts). */
export function vatFormatValid(s: string | null | undefined): boolean {
  const v = normaliseVat(s);
  return VAT_FORMATS[v.slice(0, 2)]?.test(vatBody(v)) ?? false;
}

/** Format and, where known, checksum of an EU VAT number ("FR44732829320", "DE 136 695 976"). */
export function isValidEuVat(s: string | null | undefined): EuVatCheck {
  const v = normaliseVat(s);
  const prefix = v.slice(0, 2);
  const body = vatBody(v);
  const country = VAT_COUNTRY[prefix] ?? prefix;
  if (!vatFormatValid(v)) return { formatValid: false, checksum: 'not-checked', country };
  if (prefix === 'FR' && !/^\d{2}/.test(body)) return { formatValid: true, checksum: 'not-checked', country };
  const check = CHECKSUMS[prefix];
  if (!check) return { formatValid: true, checksum: 'not-checked', country };
  return { formatValid: true, checksum: check(body) ? 'valid' : 'invalid', country };
}

/**
 * UK Companies House number: 8 characters, digits only, or a 2-letter register prefix (SC Scotland,
 * NI Northern Ireland, OC LLPs, SO Scottish LLPs, NC, LP, ...) and 6 digits. No check digit exists.
 */
const UK_COMPANY = /^(?:\d{8}|(?:AC|BR|CE|CS|FC|FE|GE|GN|GS|IC|IP|LP|NA|NC|NF|NI|NL|NO|NP|NR|NV|NZ|OC|OE|PC|RC|RS|SA|SC|SE|SF|SG|SI|SL|SO|SP|SR|SZ|ZC)\d{6}|R\d{7})$/;

export function isValidUkCompanyNumber(s: string | null | undefined): boolean {
  const v = (s ?? '').toUpperCase().replace(/[\s\u00a0]/g, '');
  return UK_COMPANY.test(v) && !/^0+$/.test(v);
}

// ---- Finders ---------------------------------------------------------------------------------------

const MAX_SCAN = 200_000;
const bounded = (text: string): string => (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text);
const pushUnique = (out: string[], value: string, limit: number): void => {
  if (!out.includes(value) && out.length < limit) out.push(value);
};

interface FinderPatterns {
  siretLabelled: RegExp;
  siretBare: RegExp;
  sirenLabelled: RegExp;
  vatStart: RegExp;
}

let finderPatterns: FinderPatterns | undefined;

/**
 * Built on first use: a content script that only checks VAT formats does not carry (or compile) these.
 */
function patterns(): FinderPatterns {
  if (finderPatterns) return finderPatterns;
  const sep = String.raw`[\s.\u00a0\u202f\u2009-]?`;
  // 14 digits grouped 3-3-3-5 (or written solid), the way SIRETs are printed.
  const siretDigits = String.raw`\d{3}${sep}\d{3}${sep}\d{3}${sep}\d{5}`;
  const sirenDigits = String.raw`\d{3}${sep}\d{3}${sep}\d{3}`;
  const vatPrefix = `(?:${[...EU_VAT_PREFIXES, 'GR'].join('|')})`;
  finderPatterns = {
    siretLabelled: new RegExp(String.raw`\bSIRET\b[^\d\n]{0,20}(${siretDigits})(?!\d)`, 'gi'),
    siretBare: new RegExp(String.raw`(?<![\d\w])(\d{3}[\s\u00a0]\d{3}[\s\u00a0]\d{3}[\s\u00a0]\d{5}|\d{14})(?![\d\w])`, 'g'),
    // "SIREN 123 456 789", "RCS Paris B 123 456 789", "R.C.S. Lyon 123456789", "RM 123 456 789",
    // "immatriculée sous le numéro 123 456 789".
    sirenLabelled: new RegExp(
      String.raw`(?:\bSIREN\b|\bR\.?\s?C\.?\s?S\.?(?=[\s:])|\bRM\b|\bimmatricul[ée]e?\b[^\d\n]{0,40}|registre du commerce[^\d\n]{0,40})[^\d\n]{0,40}?(?:\b[AB]\s)?(${sirenDigits})(?![\d])`,
      'gi',
    ),
    vatStart: new RegExp(String.raw`(?<![A-Za-z0-9])(${vatPrefix})[\s.:\-\u00a0]{0,3}(?=[0-9A-Z])`, 'g'),
  };
  return finderPatterns;
}

/**
 * SIRETs in text. A number labelled "SIRET" is returned as written on the page even with a wrong check
 * digit (a wrong number on a legal notice is itself worth showing); an unlabelled 14-digit number only
 * when it passes the checksum.
 */
export function findSiret(text: string | null | undefined, limit = 10): string[] {
  if (!text) return [];
  const s = bounded(text);
  const out: string[] = [];
  for (const m of s.matchAll(patterns().siretLabelled)) pushUnique(out, digitsOnly(m[1]), limit);
  for (const m of s.matchAll(patterns().siretBare)) {
    const d = digitsOnly(m[1]);
    if (isValidSiret(d)) pushUnique(out, d, limit);
  }
  return out;
}

/**
 * SIRENs in text: labelled ones ("SIREN", "RCS <city>", "RM"), as written, then those inside SIRETs and
 * French VAT numbers found in the same text.
 */
export function findSiren(text: string | null | undefined, limit = 10): string[] {
  if (!text) return [];
  const s = bounded(text);
  const out: string[] = [];
  for (const m of s.matchAll(patterns().sirenLabelled)) {
    const d = digitsOnly(m[1]);
    // A SIRET right after the label: its first 9 digits are the SIREN.
    pushUnique(out, d, limit);
  }
  for (const siret of findSiret(s, limit)) pushUnique(out, siret.slice(0, 9), limit);
  for (const vat of findVatNumbers(s, limit)) {
    const m = /^FR[0-9A-Z]{2}(\d{9})$/.exec(vat);
    if (m && !m[1]!.startsWith('000')) pushUnique(out, m[1]!, limit);
  }
  return out;
}

const VAT_LABEL = /\b(?:TVA|VAT|USt-?Id(?:Nr)?\.?|BTW|IVA|P\.?\s?IVA|MwSt|NIF|CIF)\b/i;

/**
 * EU VAT numbers in text ("N° TVA FR 12 345678901", "USt-IdNr.: DE 136 695 976"), normalised. Returned
 * when the format is right, whatever the checksum (see isValidEuVat). A lower-case prefix counts only
 * right after a VAT label.
 */
export function findVatNumbers(text: string | null | undefined, limit = 10): string[] {
  if (!text) return [];
  const s = bounded(text);
  const out: string[] = [];
  const scan = (source: string, re: RegExp): void => {
    for (const m of source.matchAll(re)) {
      const start = (m.index ?? 0) + m[0].length;
      // Take tokens of letters/digits while the candidate may still grow into a valid number.
      const tail = source.slice(start, start + 24);
      const tokens = tail.split(/([\s.\-\u00a0]+)/);
      let body = '';
      let best: string | undefined;
      for (let i = 0; i < tokens.length; i += 2) {
        const token = tokens[i] ?? '';
        if (!/^[0-9A-Z+*]+$/.test(token)) {
          // "345678901," — the punctuation ends the number but the digits before it count.
          const head = /^[0-9A-Z+*]+/.exec(token)?.[0];
          if (head) body += head;
          if (head) {
            const candidate = normaliseVat(`${m[1]}${body}`);
            if (vatFormatValid(candidate)) best = candidate;
          }
          break;
        }
        body += token;
        if (body.length > 14) break;
        const candidate = normaliseVat(`${m[1]}${body}`);
        if (vatFormatValid(candidate)) best = candidate;
        if ((tokens[i + 1] ?? '').length > 2) break;
      }
      if (best) pushUnique(out, best, limit);
    }
  };
  scan(s, patterns().vatStart);
  // "tva : fr44732829320": lower case only after a label.
  const labelled = new RegExp(String.raw`${VAT_LABEL.source}[^\n]{0,30}`, 'gi');
  for (const m of s.matchAll(labelled)) scan(m[0].toUpperCase(), patterns().vatStart);
  return out;
}

// "Company No. 01234567", "Registered in England and Wales No. 1234567", "Company number: SC123456",
// "Companies House 01234567", "CRN 01234567".
const UK_LABELLED = /(?:\bcompany\s+(?:registration\s+)?(?:no\.?|number|n°|#)|\bregistered\s+in\s+(?:england|scotland|wales|northern\s+ireland)(?:\s+(?:and|&)\s+wales)?(?:[^\n\d]{0,30}?)|\bcompanies\s+house\b[^\n\d]{0,20}|\bCRN\b|\breg(?:istration)?\.?\s+(?:no\.?|number))[\s:.#-]{0,4}((?:[A-Z]{2}\s?\d{6}|R\d{7}|\d{6,8}))(?![\dA-Za-z])/gi;

/** UK Companies House numbers written after a label, padded to 8 characters ("1234567" → "01234567"). */
export function findUkCompanyNumbers(text: string | null | undefined, limit = 10): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const m of bounded(text).matchAll(UK_LABELLED)) {
    let v = m[1]!.toUpperCase().replace(/\s/g, '');
    if (/^\d{6,7}$/.test(v)) v = v.padStart(8, '0');
    if (isValidUkCompanyNumber(v)) pushUnique(out, v, limit);
  }
  return out;
}
