import { ChaseList } from './ChaseList';
import { ChasePage } from './ChasePage';

/** "To chase": the overdue invoices and their next step, or one invoice's chase page. */
export const ChaseView = ({ invoiceId }: { invoiceId?: string }) =>
  invoiceId ? <ChasePage key={invoiceId} invoiceId={invoiceId} /> : <ChaseList />;
