import { clients } from '@/lib/db/repositories';
import { newId, nowInstant, type ClientKind } from '@/lib/model';
import { reportChange } from '../../changes';

/** Writes of the client views: each stores through the validating repository, then tells the background. */

export interface NewClient {
  kind: ClientKind;
  name: string;
  email: string;
  phone: string;
  /** Two letters, or empty. */
  country: string;
}

/** A client added by hand: what the freelancer knows so far, the decision still pending. */
export const addClient = async ({ kind, name, email, phone, country }: NewClient): Promise<void> => {
  const now = nowInstant();
  const code = country.trim().toUpperCase();
  await clients.put({
    id: newId(),
    kind,
    displayName: name.trim(),
    emails: email.trim() ? [email.trim()] : [],
    phones: phone.trim() ? [phone.trim()] : [],
    address: /^[A-Z]{2}$/.test(code) ? { country: code } : undefined,
    identifiers: {},
    platformProfiles: [],
    decision: { status: 'pending' },
    createdAt: now,
    updatedAt: now,
  });
  await reportChange('clients');
};

/** The client and everything recorded about them (invoices, agreements, checks…): see the repository. */
export const deleteClient = async (clientId: string): Promise<void> => {
  await clients.delete(clientId);
  await reportChange('clients', 'invoices');
};
