import { disposableEmailBlocklistSet } from 'disposable-email-domains-js';
import { FREE_WEBMAIL_BRANDS, FREE_WEBMAIL_DOMAINS } from './webmail-domains';

/**
 * What an email address says about who is behind it. The disposable list is about 5,000 domains
 * (170 KB of JSON): it belongs in the popup and the background, never in a content script.
 */
export type EmailDomainKind = 'disposable' | 'webmail' | 'company';

/** Second levels under which companies register (`acme.co.uk`, `acme.com.br`). */
const SECOND_LEVELS = new Set(['co', 'com', 'net', 'org', 'gov', 'gouv', 'ac', 'edu', 'ltd', 'plc', 'ne', 'or', 'asso']);

const GENERIC_ENDINGS = new Set(['com', 'net', 'org']);

const webmailDomains = new Set(FREE_WEBMAIL_DOMAINS);
const webmailBrands = new Set(FREE_WEBMAIL_BRANDS);

// The package rebuilds its Set on every call; build it once, on first use.
let disposableDomains: Set<string> | undefined;
const disposable = (): Set<string> => (disposableDomains ??= disposableEmailBlocklistSet());

const EMAIL = /^[^\s@<>()[\],;:"]+@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)$/i;

/** The domain of a plausible address, lower-cased; undefined for anything that is not one. */
export const emailDomainOf = (email: string): string | undefined => {
  const match = EMAIL.exec(email.trim());
  return match ? match[1].toLowerCase() : undefined;
};

/** The domain a company would register: `mail.acme.co.uk` → `acme.co.uk`, `www.acme.fr` → `acme.fr`. */
export const registrableDomain = (host: string): string => {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const [secondLevel, topLevel] = labels.slice(-2);
  const keep = topLevel.length === 2 && SECOND_LEVELS.has(secondLevel) ? 3 : 2;
  return labels.slice(-keep).join('.');
};

/** The name before the ending: `acme.co.uk` → `acme`, so `acme.com` and `acme.fr` read as one company. */
const brandOf = (domain: string): string => registrableDomain(domain).split('.')[0];

/** A parent domain is listed too: `x.mailinator.com` is as disposable as `mailinator.com`. */
const isListedWithParents = (domain: string, list: Set<string>): boolean => {
  const labels = domain.split('.');
  for (let i = 0; i <= labels.length - 2; i += 1) {
    if (list.has(labels.slice(i).join('.'))) return true;
  }
  return false;
};

export const isDisposableDomain = (domain: string): boolean => isListedWithParents(domain.toLowerCase(), disposable());

export const isFreeWebmailDomain = (domain: string): boolean => {
  const lower = domain.toLowerCase();
  if (isListedWithParents(lower, webmailDomains)) return true;
  // `yahoo.fr`, `hotmail.co.uk`, `gmx.net`: the brand right under a country or generic ending; not
  // `yahoo.acme.com`, nor a company called `outlook.agency`.
  const [brand, ...ending] = lower.split('.');
  if (!webmailBrands.has(brand)) return false;
  if (ending.length === 1) return ending[0].length === 2 || GENERIC_ENDINGS.has(ending[0]);
  return ending.length === 2 && SECOND_LEVELS.has(ending[0]) && ending[1].length === 2;
};

export const classifyEmailDomain = (domain: string): EmailDomainKind => {
  if (isDisposableDomain(domain)) return 'disposable';
  if (isFreeWebmailDomain(domain)) return 'webmail';
  return 'company';
};

/** The host of a website as the client wrote it (`acme.fr`, `https://www.acme.fr/contact`). */
export const websiteHost = (website: string): string | undefined => {
  const trimmed = website.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
};

/** Same company: same registered domain, or the same name under another ending (`acme.com`, `acme.fr`). */
export const sameOrganisation = (emailDomain: string, host: string): boolean =>
  registrableDomain(emailDomain) === registrableDomain(host) || brandOf(emailDomain) === brandOf(host);
