/**
 * Postal addresses in free text, anchored on the postal code, in the shapes clients write them:
 * FR "12 rue de la Paix, 75002 Paris", DE "Unter den Linden 1, 10117 Berlin",
 * UK "10 Downing Street, London SW1A 2AA", US "1600 Amphitheatre Pkwy, Mountain View, CA 94043".
 */
import { cleanText } from './text';

export interface ParsedAddress {
  street?: string;
  postalCode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2, when the shape or a country name tells. */
  country?: string;
}

const MAX_SCAN = 100_000;

const FR_STREET = String.raw`(?:rue|avenue|av\.?|boulevard|bd|bld|place|pl\.|all[ée]e|chemin|impasse|quai|cours|route|rte|square|passage|voie|rond-point|esplanade|parvis|sentier|hameau|lotissement|r[ée]sidence|zone|za|zi|zac|faubourg|fg|promenade|villa|cit[ée]|chauss[ée]e|mont[ée]e|traverse|lieu-dit)`;
const FR_STREET_START = new RegExp(String.raw`\b\d{1,4}(?:\s?(?:bis|ter|quater|[a-d]))?,?\s+${FR_STREET}\b`, 'i');
const DE_STREET = /(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|markt|hof|linden)\s+\d{1,4}[a-z]?\b/i;
const US_STATES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH ' +
    'OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR').split(' '),
);

const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/g;
const US_ZIP = /,?\s{1,4}([A-Z]{2})\s{1,4}(\d{5}(?:-\d{4})?)(?![\d-])/g;
// A 5-digit code that is not the tail of a longer number ("SIRET 732 829 320 00074").
const FIVE_DIGIT = /(?<!\d[ \u00a0.]?)(?<![\d\w])(\d{5})[ \u00a0]+(\p{Lu}[\p{L}'’ -]{1,50}?)(?=[ \u00a0]*(?:$|[,\n.;()]|[ \u00a0](?:[Cc][Ee][Dd][Ee][Xx]|France|FRANCE|Deutschland|Germany|Allemagne)\b))/gu;
const NOT_A_CITY = /^(?:euros?|eur|dollars?|usd|hours?|heures?|users?|clients?|jobs?|members?|km|habitants?)\b/i;

const COUNTRY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bFrance\b/i, 'FR'],
  [/\b(?:Deutschland|Germany|Allemagne)\b/i, 'DE'],
  [/\b(?:United Kingdom|UK|England|Scotland|Wales|Royaume-Uni)\b/, 'GB'],
  [/\b(?:USA|United States|[ÉE]tats-Unis)\b/, 'US'],
];

/** Chunks of the text before `end`, nearest first, split at commas and line breaks. */
function chunksBefore(text: string, end: number, max = 3): string[] {
  const from = Math.max(0, end - 200);
  return text
    .slice(from, end)
    // "12 bis, avenue des Champs": that comma belongs to the street.
    .replace(new RegExp(String.raw`(\b\d{1,4}(?:\s?(?:bis|ter|quater))?),\s*(?=${FR_STREET}\b)`, 'gi'), '$1 ')
    .split(/[,\n;]/)
    .map((c) => c.trim())
    .reverse()
    .slice(0, max + 1);
}

const hasHouseNumber = (s: string): boolean => /\d/.test(s) && /\p{L}{2}/u.test(s) && s.length <= 160;

function countryNear(text: string, from: number, to: number): string | undefined {
  const window = text.slice(Math.max(0, from - 40), Math.min(text.length, to + 40));
  for (const [re, code] of COUNTRY_WORDS) if (re.test(window)) return code;
  return undefined;
}

function finish(a: ParsedAddress): ParsedAddress {
  const out: ParsedAddress = {};
  const street = cleanText(a.street ?? '', 200).replace(/^[,\s]+|[,\s]+$/g, '');
  const city = cleanText(a.city ?? '', 80).replace(/^[,\s]+|[,\s]+$/g, '');
  if (street) out.street = street;
  if (a.postalCode) out.postalCode = a.postalCode;
  if (city) out.city = city;
  if (a.country) out.country = a.country;
  return out;
}

function fromFiveDigit(text: string, m: RegExpExecArray): ParsedAddress | undefined {
  const postalCode = m[1]!;
  const city = m[2]!.replace(/\s+cedex.*$/i, '').trim();
  if (NOT_A_CITY.test(city) || /^00/.test(postalCode)) return undefined;
  const before = chunksBefore(text, m.index);
  // Same segment as the code ("12 rue de la Paix 75002 Paris"), else the previous line or comma chunk.
  let street = before.find((c, i) => (i === 0 ? c !== '' : true) && hasHouseNumber(c));
  if (!street) return undefined;
  const frStart = FR_STREET_START.exec(street);
  if (frStart) street = street.slice(frStart.index);
  let country = countryNear(text, m.index, m.index + m[0].length);
  if (!country) {
    if (frStart) country = 'FR';
    else if (DE_STREET.test(street) || /^\p{L}[\p{L}ß .'-]+\s\d{1,4}[a-z]?$/u.test(street)) country = 'DE';
  }
  return finish({ street, postalCode, city, country });
}

function fromUkPostcode(text: string, m: RegExpExecArray): ParsedAddress | undefined {
  const postalCode = `${m[1]} ${m[2]}`;
  const before = chunksBefore(text, m.index);
  let city: string | undefined;
  let street: string | undefined;
  const [sameSegment = '', ...rest] = before;
  if (sameSegment && !/\d/.test(sameSegment)) {
    city = sameSegment;
    street = rest.find(hasHouseNumber);
  } else if (sameSegment && hasHouseNumber(sameSegment)) {
    street = sameSegment;
  } else {
    city = rest.find((c) => c !== '' && !/\d/.test(c));
    street = rest.find(hasHouseNumber);
  }
  if (!street && !city) return undefined;
  return finish({ street, city, postalCode, country: 'GB' });
}

function fromUsZip(text: string, m: RegExpExecArray): ParsedAddress | undefined {
  if (!US_STATES.has(m[1]!)) return undefined;
  const before = chunksBefore(text, m.index);
  const city = before[0];
  const street = before.slice(1).find(hasHouseNumber);
  if (!city || /\d/.test(city) || !street) return undefined;
  return finish({ street, city, postalCode: m[2], country: 'US' });
}

/** Every address found, in order of appearance (at most `limit`). */
export function findAddresses(text: string | null | undefined, limit = 5): ParsedAddress[] {
  if (!text) return [];
  const s = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const found: Array<{ at: number; address: ParsedAddress }> = [];
  const collect = (re: RegExp, read: (text: string, m: RegExpExecArray) => ParsedAddress | undefined): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null && found.length < limit * 3) {
      const address = read(s, m);
      if (address) found.push({ at: m.index, address });
    }
  };
  collect(FIVE_DIGIT, fromFiveDigit);
  collect(UK_POSTCODE, fromUkPostcode);
  collect(US_ZIP, fromUsZip);
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.address)
    .slice(0, limit);
}

/** The first address in the text. */
export function parseAddress(text: string | null | undefined): ParsedAddress | undefined {
  return findAddresses(text, 1)[0];
}
