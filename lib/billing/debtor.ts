import type { Client } from '../model/client';
import type { DebtorKind } from '../model/legal-status';

/**
 * Who owes the money, for the law. A private person is a consumer: late-payment penalties, the fixed
 * recovery fee and payment-term caps between professionals do not apply to them (C. com. L441-10, D441-5;
 * BGB §288(1); UK Late Payment Act 1998 s.1). A client whose kind is unknown is treated as a business, as
 * the platforms' clients mostly are, and the views say so where it matters.
 */
export const debtorKindOf = (client: Pick<Client, 'kind'> | undefined): DebtorKind =>
  client?.kind === 'individual' ? 'consumer' : 'business';
