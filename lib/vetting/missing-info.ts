import type { Client } from '../model/client';
import { stateOfItem, type CheckLike, type ChecklistItemId } from './checklist';
import { clientCountry, isEuCountry } from './country';
import { emailDomainOf } from './email';

/**
 * A ready-to-send message asking the client for what is still missing before work starts. The text
 * lives here, not in `_locales`: the message is written in the client's language, which is not
 * necessarily the language of the browser the extension runs in.
 */
export type MessageLanguage = 'en' | 'fr';

export type MissingInfoId =
  | 'phone'
  | 'legal-name-address'
  | 'company-number'
  | 'vat-number'
  | 'identity'
  | 'signed-terms'
  | 'invoice-requirements';

export interface MissingInfo {
  id: MissingInfoId;
  /** Never given, or given but failing its check (asked again, quoting what was given). */
  reason: 'missing' | 'unconfirmed';
  given?: string;
}

export interface MissingInfoMessage {
  subject: string;
  body: string;
  /** `mailto:` to the client's first address (or none), subject and body encoded per RFC 6068. */
  mailto: string;
  missing: MissingInfo[];
}

/** Stored check rows or fresh automatic results (which also name the check that produced them). */
type Checks = readonly (CheckLike & { check?: string })[];

// A foreign phone number is a risk signal, not missing information: the client is not asked again for it.
const stateOf = (checks: Checks, item: ChecklistItemId) =>
  stateOfItem(checks.filter((check) => check.item === item && check.check !== 'phone-country'));
const settled = (checks: Checks, item: ChecklistItemId) => {
  const state = stateOf(checks, item);
  return state === 'done' || state === 'not-applicable';
};

/** What the client still has to give, in the order the message lists it. */
export const missingInfo = (client: Client, checks: Checks): MissingInfo[] => {
  const missing: MissingInfo[] = [];
  const isCompany = client.kind !== 'individual';
  const country = clientCountry(client);
  /** Missing unless the user settled the item; given but failing its check: asked again. */
  const ask = (id: MissingInfoId, given: string | undefined, item: ChecklistItemId, validItem: ChecklistItemId = item) => {
    const value = given?.trim();
    if (!value) {
      if (!settled(checks, item)) missing.push({ id, reason: 'missing' });
    } else if (stateOf(checks, validItem) === 'failed') {
      missing.push({ id, reason: 'unconfirmed', given: value });
    }
  };

  ask('phone', client.phones.find((phone) => phone.trim()), 'phone-obtained', 'phone-valid');

  if (isCompany) {
    const address = client.address;
    const nameKnown = Boolean(client.legalName?.trim()) || settled(checks, 'legal-name');
    const addressKnown = Boolean(address?.street && address.postalCode && address.city) || settled(checks, 'company-address');
    if (!nameKnown || !addressKnown) missing.push({ id: 'legal-name-address', reason: 'missing' });

    const { siret, siren, companyNumber } = client.identifiers;
    const number = country === 'FR' || !country ? (siret ?? siren ?? companyNumber) : (companyNumber ?? siret ?? siren);
    ask('company-number', number, 'company-number-valid');
    // Outside the EU and the UK there is no VAT number to quote on an invoice.
    if (!country || isEuCountry(country) || country === 'GB') ask('vat-number', client.identifiers.vat, 'vat-number-valid');
  } else if (!client.identitySeen && !settled(checks, 'identity-seen')) {
    missing.push({ id: 'identity', reason: 'missing' });
  }

  if (!settled(checks, 'terms-signed')) missing.push({ id: 'signed-terms', reason: 'missing' });
  if (isCompany && !settled(checks, 'invoice-requirements')) missing.push({ id: 'invoice-requirements', reason: 'missing' });
  return missing;
};

interface Wording {
  subject: string;
  subjectComplete: string;
  greeting: (name?: string) => string;
  intro: string;
  introComplete: string;
  why: string;
  closing: string;
  item: (info: MissingInfo, country: string | undefined) => string;
}

/** French typography puts a no-break space before a colon. */
const NBSP = '\u00a0';

const WORDING: Record<MessageLanguage, Wording> = {
  en: {
    subject: 'Before we start: a few details',
    subjectComplete: 'Before we start: all set',
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: 'Thank you for your interest in working together. Before I start, could you please send me the following:',
    introComplete: 'Thank you: I have everything I need to get started.',
    why: 'I ask every new client for these details: they let me issue compliant invoices and keep our agreement clear.',
    closing: 'Best regards,',
    item: (info, country) => {
      const recheck = info.reason === 'unconfirmed' ? ` (the one I have, ${info.given}, does not seem valid)` : '';
      switch (info.id) {
        case 'phone':
          return `a phone number where I can reach you, with the country code${recheck}`;
        case 'legal-name-address':
          return "your company's legal name and registered address";
        case 'company-number':
          if (country === 'FR') return `your company's SIRET number${recheck}`;
          if (country === 'GB') return `your Companies House company number${recheck}`;
          if (!country) return `your company registration number (the SIRET for a French company)${recheck}`;
          return `your company registration number${recheck}`;
        case 'vat-number':
          return country === 'GB' ? `your VAT number, if you are VAT-registered${recheck}` : `your VAT number${recheck}`;
        case 'identity':
          return 'an identity document to show me during a short video call (I only note its type and expiry date; I do not keep a copy)';
        case 'signed-terms':
          return 'the signed quote or agreement, including the payment terms (due date, deposit if any, late-payment penalties)';
        case 'invoice-requirements':
          return 'your invoicing requirements: billing address if different, purchase order number if you issue one, the email address or portal invoices go to, and any reference to quote';
      }
    },
  },
  fr: {
    subject: `Avant de commencer${NBSP}: quelques informations`,
    subjectComplete: `Avant de commencer${NBSP}: tout est en ordre`,
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: `Merci pour votre confiance. Avant de démarrer, pourriez-vous me transmettre les éléments suivants${NBSP}:`,
    introComplete: `Merci${NBSP}: j'ai tout ce qu'il me faut pour démarrer.`,
    why: `Je les demande à chaque nouveau client${NBSP}: ils me permettent d'établir des factures conformes et de garder un accord clair entre nous.`,
    closing: 'Bien cordialement,',
    item: (info, country) => {
      const recheck = info.reason === 'unconfirmed' ? ` (celui dont je dispose, ${info.given}, ne semble pas valide)` : '';
      switch (info.id) {
        case 'phone':
          return `un numéro de téléphone où vous joindre, avec l'indicatif du pays${recheck}`;
        case 'legal-name-address':
          return "la raison sociale et l'adresse du siège de votre société";
        case 'company-number':
          if (country === 'FR') return `le numéro SIRET de votre société${recheck}`;
          if (country === 'GB') return `le numéro d'immatriculation de votre société à la Companies House${recheck}`;
          if (!country) return `le numéro d'immatriculation de votre société (le SIRET pour une société française)${recheck}`;
          return `le numéro d'immatriculation de votre société${recheck}`;
        case 'vat-number':
          return country === 'GB' ? `votre numéro de TVA, si vous y êtes assujetti${recheck}` : `votre numéro de TVA intracommunautaire${recheck}`;
        case 'identity':
          return "une pièce d'identité à me présenter lors d'un court appel vidéo (je note seulement son type et sa date d'expiration, je n'en garde pas de copie)";
        case 'signed-terms':
          return "le devis ou le contrat signé, avec les conditions de paiement (échéance, acompte éventuel, pénalités de retard)";
        case 'invoice-requirements':
          return `vos exigences de facturation${NBSP}: adresse de facturation si elle diffère, numéro de bon de commande si vous en émettez, adresse e-mail ou plateforme de dépôt des factures, référence à rappeler`;
      }
    },
  },
};

/** RFC 6068: every reserved character percent-encoded, spaces as %20 (not `+`), line breaks as %0D%0A. */
const encodeMailtoPart = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export const mailtoUrl = (to: string | undefined, subject: string, body: string): string => {
  // The `@` may stay as is in the address; everything else that is not plain is encoded.
  const address = to ? encodeURIComponent(to).replace(/%40/g, '@') : '';
  return `mailto:${address}?subject=${encodeMailtoPart(subject)}&body=${encodeMailtoPart(body)}`;
};

/** The message, ready to send: greeting, what is missing as a list, why it is asked, signature. */
export const missingInfoMessage = (
  client: Client,
  checks: Checks,
  lang: MessageLanguage,
  freelancerName?: string,
): MissingInfoMessage => {
  const wording = WORDING[lang];
  const missing = missingInfo(client, checks);
  const country = clientCountry(client);
  const contact = client.contactName?.trim() || (client.kind === 'individual' ? client.displayName.trim() : undefined);
  const signature = freelancerName?.trim();

  const lines = [wording.greeting(contact), ''];
  if (missing.length > 0) {
    lines.push(wording.intro, '', ...missing.map((info) => `- ${wording.item(info, country)}`), '', wording.why);
  } else {
    lines.push(wording.introComplete);
  }
  lines.push('', wording.closing, ...(signature ? [signature] : []));

  const subject = missing.length > 0 ? wording.subject : wording.subjectComplete;
  const body = lines.join('\n');
  const to = client.emails.map((email) => email.trim()).find((email) => emailDomainOf(email));
  return { subject, body, mailto: mailtoUrl(to, subject, body), missing };
};
