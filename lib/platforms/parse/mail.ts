/**
 * What Gmail and Outlook share: turning a message's sender and its signature into client fields.
 * The person who wrote is the contact; the company in the signature, when there is one, is the client's
 * name to show; a legal name is kept only when the signature writes a legal form ("Atelier Brume SAS").
 */
import type { SnapshotDraft } from './draft';
import { detectLegalForm } from './legal-form';
import type { Signature } from './signature';

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
