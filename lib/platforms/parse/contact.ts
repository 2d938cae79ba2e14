/**
 * Emails, websites and phone candidates in free text. Phones stay raw strings here: normalising them
 * needs libphonenumber-js, which is too big for a content script (see phone.ts).
 */

const MAX_SCAN = 200_000;
const bounded = (text: string): string => (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text);

// Local part per RFC 5322 "dot-atom" (no quoted forms: they do not appear on business pages). Starts only
// where a local part can start and bounded parts keep the scan linear on long runs of letters.
const EMAIL = /(?<![a-z0-9!#$%&'*+/=?^_`{|}~.-])[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}){0,8}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![a-z0-9-])/gi;
// "jane (at) acme (dot) fr", "jane [at] acme.fr": addresses written to dodge scrapers.
const OBFUSCATED = /(?<![a-z0-9._%+-])([a-z0-9._%+-]{1,64})\s{0,3}[([{]\s*(?:at|arobase)\s*[)\]}]\s*([a-z0-9-]+(?:\s*(?:[([{]\s*(?:dot|point)\s*[)\]}]|\.)\s*[a-z0-9-]+)+)/gi;
// Retina image names ("logo@2x.png") look like addresses.
const IMAGE_TLD = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp)$/i;

/** Email addresses, lower-cased, deduplicated, in order of appearance. */
export function findEmails(text: string | null | undefined, limit = 20): string[] {
  if (!text) return [];
  const s = bounded(text);
  const out: string[] = [];
  const push = (email: string): void => {
    const e = email.toLowerCase().replace(/^mailto:/, '');
    if (e.length > 254 || IMAGE_TLD.test(e) || out.includes(e) || out.length >= limit) return;
    out.push(e);
  };
  for (const m of s.matchAll(EMAIL)) push(m[0]);
  for (const m of s.matchAll(OBFUSCATED)) {
    const domain = m[2]!.replace(/\s*[([{]\s*(?:dot|point)\s*[)\]}]\s*|\s*\.\s*/gi, '.');
    const email = `${m[1]}@${domain}`;
    if (new RegExp(`^${EMAIL.source}$`, 'i').test(email)) push(email);
  }
  return out;
}

/** Top-level domains accepted for a bare domain without "www." ("acme-studio.fr"), to leave "Node.js" alone. */
const BARE_TLDS = new Set(
  ('com net org io co fr de uk eu be ch it es nl lu at pt ie se dk fi no pl cz ca us au nz in br mx jp ' +
    'app dev agency studio digital tech info biz pro design consulting solutions shop store online site ' +
    'ma tn sn ci re')
    .split(' '),
);

const URL_RE = /\bhttps?:\/\/[^\s<>"'`()[\]{}]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"'`()[\]{}]*)?|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,12})(?:\/[^\s<>"'`()[\]{}]*)?(?![\w@-])/gi;

/** Web addresses and bare domains, as absolute `https://` URLs when no scheme was written. */
export function findUrls(text: string | null | undefined, limit = 20): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const m of bounded(text).matchAll(URL_RE)) {
    const raw = m[0].replace(/[.,;:!?]+$/, '');
    if (m[1] !== undefined && !BARE_TLDS.has(m[1].toLowerCase())) continue;
    // Skip the domain half of an email address ("jane@acme.fr" → "acme.fr" is not a website mention).
    const before = text[(m.index ?? 0) - 1];
    if (before === '@') continue;
    const href = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
    try {
      const url = new URL(href);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
      if (!out.includes(url.href)) out.push(url.href);
    } catch {
      continue;
    }
    if (out.length >= limit) break;
  }
  return out;
}

/** Second-level labels under which registrable names sit one level deeper ("acme.co.uk"). */
const SECOND_LEVEL = new Set(
  ('co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk net.uk com.au net.au org.au co.nz org.nz co.za co.jp ' +
    'co.in firm.in com.br com.mx com.ar com.tr com.cn com.hk com.sg co.il gouv.fr asso.fr nom.fr co.kr ' +
    'com.es com.pt com.pl co.at or.at')
    .split(' '),
);

/**
 * The registrable domain of a URL, host or email ("https://www.mail.acme.co.uk/x" → "acme.co.uk",
 * "jane@acme.fr" → "acme.fr"). An approximation without the full public-suffix list: enough to compare
 * an email's domain with a website's.
 */
export function domainOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let host = value.trim().toLowerCase();
  const at = host.lastIndexOf('@');
  if (at >= 0 && !host.includes('/')) host = host.slice(at + 1);
  else {
    try {
      host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(host) ? host : `https://${host}`).hostname;
    } catch {
      return undefined;
    }
  }
  host = host.replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) return undefined;
  if (/^\d+(?:\.\d+){3}$/.test(host)) return host;
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  const lastTwo = labels.slice(-2).join('.');
  if (SECOND_LEVEL.has(lastTwo) && labels.length >= 3) return labels.slice(-3).join('.');
  return lastTwo;
}

// Phone-like runs: digits with spaces, dots, dashes, slashes or brackets between them.
const PHONE_RUN = /(?:\+|\b00|\(|\b)\d[\d\s().\-\u00a0\u2009\u202f]{5,22}\d(?![\d])/g;

/** Why a run of digits is not a phone: dates, times, amounts, SIREN/SIRET groupings, version numbers. */
function isPhoneShaped(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return false;
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(raw) || /^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return false;
  const international = /^(?:\+|00)/.test(raw);
  if (international) return digits.length >= 9;
  // National numbers start with a trunk 0 (FR, UK, DE, IT...) or are in a North-American shape.
  if (/^0\d/.test(digits)) return digits.length >= 9 && digits.length <= 12;
  if (/^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/.test(raw)) return true;
  return false;
}

/**
 * Strings that look like phone numbers, as written ("+33 6 12 34 56 78", "06.12.34.56.78",
 * "(415) 555-0132", "+44 (0)20 7946 0000"). Not validated: `toE164` in phone.ts does that.
 */
export function findPhoneCandidates(text: string | null | undefined, limit = 20): string[] {
  if (!text) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of bounded(text).matchAll(PHONE_RUN)) {
    const raw = m[0].replace(/[\s\u00a0\u2009\u202f]+/g, ' ').replace(/^[\s(]+(?=\d)/, (x) => (x.includes('(') ? '(' : '')).trim();
    const balanced = raw.startsWith('(') && !raw.includes(')') ? raw.slice(1) : raw;
    if (!isPhoneShaped(balanced)) continue;
    const key = balanced.replace(/\D/g, '').replace(/^00/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(balanced);
    if (out.length >= limit) break;
  }
  return out;
}

/** The address in a `mailto:` link, without query ("?subject=..."), decoded; undefined when unusable. */
export function emailFromMailto(href: string | null | undefined): string | undefined {
  if (!href || !/^mailto:/i.test(href)) return undefined;
  let value = href.slice(7).split('?')[0] ?? '';
  try {
    value = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  return findEmails(value.split(',')[0] ?? '')[0];
}

/** The number in a `tel:` link, decoded, visual separators kept. */
export function phoneFromTel(href: string | null | undefined): string | undefined {
  if (!href || !/^tel:/i.test(href)) return undefined;
  let value = href.slice(4).split(/[;?]/)[0] ?? '';
  try {
    value = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  value = value.trim();
  const digits = value.replace(/\D/g, '');
  return digits.length >= 6 && digits.length <= 15 && /^[+\d\s().\-/]+$/.test(value) ? value : undefined;
}
