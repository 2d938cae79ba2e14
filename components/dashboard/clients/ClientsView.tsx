import { ClientDetail } from './ClientDetail';
import { ClientList } from './ClientList';

/** Clients: the list, or one client's page (facts, vetting, agreements, invoices). */
export const ClientsView = ({ clientId }: { clientId?: string }) => (clientId ? <ClientDetail clientId={clientId} /> : <ClientList />);
