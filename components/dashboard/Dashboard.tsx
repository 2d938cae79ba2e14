import { parseHash, routeToHash, VIEWS, type DashboardView } from '@/lib/navigation';
import { requestPersistentStorage } from '@/lib/db/persistence';
import { useEffect, useRef } from 'preact/hooks';
import { useDatabaseProblem, useHash } from '../hooks';
import { LanguageRoot } from '../LanguageRoot';
import { DatabaseProblemNotice, QueryBoundary } from '../QueryBoundary';
import { t } from '../text';
import { BackupReminder, LastBackupLine } from './BackupReminder';
import { ClientsView } from './clients/ClientsView';
import { InvoicesView } from './invoices/InvoicesView';
import { ChaseView } from '../chase/ChaseView';
import { BackupSettings, SettingsView } from './SettingsView';
import { WelcomeView } from './WelcomeView';

const LABELS: Record<DashboardView, 'navClients' | 'navInvoices' | 'chase_nav' | 'navSettings' | 'welcome_title'> = {
  clients: 'navClients',
  invoices: 'navInvoices',
  chase: 'chase_nav',
  settings: 'navSettings',
  welcome: 'welcome_title',
};

// The hash routes views, so the skip link moves focus itself instead of changing the hash.
const skipToMain = (event: Event) => {
  event.preventDefault();
  document.querySelector<HTMLElement>('#main h1')?.focus();
};

/**
 * The full-page app: a navigation rail and one view at a time, routed by the URL hash. A view that
 * fails says so in place; a database that cannot be opened gets a page saying what to do, with
 * Settings › Backup still there.
 */
export const Dashboard = () => {
  const route = parseHash(useHash());
  const problem = useDatabaseProblem();
  const mainRef = useRef<HTMLElement>(null);
  // Moving between views puts keyboard focus on the new view's heading, as a page load would.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    document.title = `${t(LABELS[route.view])} — ClientCheck`;
  }, [route.view]);
  // Without it, a browser short of disk space may delete the data with no warning.
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  return (
    <LanguageRoot>
      {(language, changeLanguage) => (
        <div class="shell" key={language}>
          <a class="skip-link" href="#main" onClick={skipToMain}>
            {t('skipToContent')}
          </a>
          <nav class="rail" aria-label={t('navMain')}>
            <div class="brand">
              <img src="/icon/32.png" alt="" width={24} height={24} />
              <span>{t('appName')}</span>
            </div>
            <ul>
              {VIEWS.map((view) => (
                <li key={view}>
                  <a href={routeToHash({ view })} aria-current={route.view === view ? 'page' : undefined}>
                    {t(LABELS[view])}
                  </a>
                </li>
              ))}
            </ul>
            {!problem && <LastBackupLine />}
            <p class="privacy">{t('privacyNote')}</p>
          </nav>
          <main id="main" ref={mainRef} class="view">
            {problem ? (
              <>
                <DatabaseProblemNotice problem={problem} />
                {route.view === 'settings' && <BackupSettings focus={route.id === 'backup'} />}
              </>
            ) : (
              <>
                <BackupReminder />
                <QueryBoundary key={`${route.view}/${route.id ?? ''}`} title={t(LABELS[route.view])}>
                  {route.view === 'clients' && <ClientsView clientId={route.id} />}
                  {route.view === 'invoices' && <InvoicesView invoiceId={route.id} />}
                  {route.view === 'chase' && <ChaseView invoiceId={route.id} />}
                  {route.view === 'settings' && <SettingsView onLanguage={changeLanguage} focus={route.id} />}
                  {route.view === 'welcome' && <WelcomeView onLanguage={changeLanguage} />}
                </QueryBoundary>
              </>
            )}
          </main>
        </div>
      )}
    </LanguageRoot>
  );
};
