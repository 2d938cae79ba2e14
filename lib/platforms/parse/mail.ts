/**
 * What Gmail and Outlook share: turning a message's sender and its signature into client fields.
 * The person who wrote is the contact; the company in the signature, when there is one, is the client's
 * name to show; a legal name is kept only when the signature writes a legal form ("Atelier Brume SAS").
 */
import type { ClientSnapshot } from '../../model/snapshot';
import { addRedFlags, resumeDraft, type SnapshotDraft } from './draft';
import { detectLegalForm } from './legal-form';
import { FREE_WORK, MONEY_ASKED, scanRedFlags } from './red-flags';
import { parseSignature, type Signature } from './signature';
import { capLength } from './text';

/** An email as the page shows it, before its signature is parsed (see `ClientSnapshot.mail`). */
export type PendingMail = NonNullable<ClientSnapshot['mail']>;

export interface Sender {
  name?: string;
  email?: string;
  /** Where on the page the sender was read, for fieldSources. */
  source: string;
}

export function applySenderAndSignature(
  draft: SnapshotDraft,
  sender: Sender,
  signature: Signature,
  signatureSource: string,
  ownEmails: ReadonlySet<string>,
): void {
  const company = signature.company;
  draft.setClient('contactName', sender.source, () => sender.name);
  draft.setClient('contactName', signatureSource, () => signature.name);
  draft.setClient('displayName', signatureSource, () => company);
  draft.setClient('displayName', sender.source, () => sender.name);
  draft.setClient('displayName', signatureSource, () => signature.name);
  draft.setClient('legalName', signatureSource, () => (company && detectLegalForm(company) ? company : undefined));
  draft.setClient('emails', sender.source, () => (sender.email ? [sender.email] : undefined));
  draft.setClient('emails', signatureSource, () => signature.emails.filter((e) => !ownEmails.has(e)));
  draft.setClient('phones', signatureSource, () => signature.phones);
  draft.setClient('website', signatureSource, () => signature.website);
  draft.setClient('street', signatureSource, () => signature.address?.street);
  draft.setClient('postalCode', signatureSource, () => signature.address?.postalCode);
  draft.setClient('city', signatureSource, () => signature.address?.city);
  draft.setClient('country', signatureSource, () => signature.address?.country);
  draft.setClient('siret', signatureSource, () => signature.siret);
  draft.setClient('siren', signatureSource, () => signature.siren);
  draft.setClient('vat', signatureSource, () => signature.vat);
  draft.setClient('companyNumber', signatureSource, () => signature.companyNumber);
}

/**
 * Reads an email: the sender and its signature become client fields, and the message's own text
 * is scanned for red flags. Off-platform and pay-outside need a platform to leave; in an email only
 * free work and money asked of the freelancer mean something.
 */
export function readMail(draft: SnapshotDraft, mail: PendingMail): void {
  const signature = parseSignature(mail.signatureText ?? mail.ownText);
  applySenderAndSignature(draft, mail.sender, signature, mail.signatureSource, new Set(mail.ownEmails));
  addRedFlags(draft, 'Message text', () => scanRedFlags(mail.ownText, [FREE_WORK, MONEY_ASKED]));
}

/** `snapshot` with `mail` left in it for the background to read, bounded to the schema. */
export const leaveMail = (snapshot: ClientSnapshot, mail: PendingMail): ClientSnapshot => ({
  ...snapshot,
  mail: {
    ...mail,
    ownText: capLength(mail.ownText, 60_000),
    signatureText: mail.signatureText === undefined ? undefined : capLength(mail.signatureText, 5_000),
    ownEmails: mail.ownEmails.slice(0, 10),
  },
});

/**
 * Reads the email a capture left in `snapshot.mail`, then drops it: it is never stored. Null when the
 * email turned out to say nothing of who wrote. A capture without an email is returned as it is.
 */
export function readLeftMail(snapshot: ClientSnapshot): ClientSnapshot | null {
  const { mail, ...rest } = snapshot;
  if (!mail) return snapshot;
  const draft = resumeDraft(rest);
  readMail(draft, mail);
  const read = { ...draft.build(), capturedAt: snapshot.capturedAt };
  return read.client.emails?.length || read.client.displayName ? read : null;
}
