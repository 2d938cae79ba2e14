import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { databaseProblemOf, reportDatabaseProblem, type DatabaseProblem } from '@/lib/db/health';
import type { MessageKey } from '@/lib/i18n/messages';
import { BACKUP_ROUTE, routeToHash } from '@/lib/navigation';
import { Actions } from './form';
import { t } from './text';

const logged = new Set<string>();

/** Each distinct failure is logged once per page, however many views hit it. */
const logOnce = (error: unknown): void => {
  const problem = databaseProblemOf(error);
  if (problem) return reportDatabaseProblem(problem);
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (logged.has(text)) return;
  logged.add(text);
  console.error('ClientCheck: a view could not be loaded', error);
};

const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message || error.name : String(error)).slice(0, 500);

/**
 * Shows, in place of its children, why they could not be shown: a failed query (thrown by
 * `useLiveQuery`) or any other error while rendering. A database that cannot be opened gets the
 * page that says what to do; anything else a short message and "Try again".
 */
export const QueryBoundary = ({ children, compact = false, title }: { children: ComponentChildren; compact?: boolean; title?: string }) => {
  const [error, reset] = useErrorBoundary(logOnce);
  if (error === undefined) return <>{children}</>;
  const problem = databaseProblemOf(error);
  if (problem) return <DatabaseProblemNotice problem={problem} compact={compact} />;
  return (
    <>
      {/* The view's own heading stays, so the page still says where the user is. */}
      {title && <h1 tabIndex={-1}>{title}</h1>}
      <section class="card load-failure" role="alert" aria-labelledby="load-failure-heading">
        <h2 id="load-failure-heading">{t('data_load_failed_heading')}</h2>
        <p>{t('data_load_failed', errorText(error))}</p>
        <button type="button" onClick={reset}>
          {t('data_retry')}
        </button>
      </section>
    </>
  );
};

const HEADINGS: Record<DatabaseProblem['kind'], MessageKey> = {
  unavailable: 'data_problem_unavailable_heading',
  blocked: 'data_problem_blocked_heading',
  deleted: 'data_problem_deleted_heading',
};

const EXPLANATIONS: Record<DatabaseProblem['kind'], MessageKey> = {
  unavailable: 'data_problem_unavailable',
  blocked: 'data_problem_blocked',
  deleted: 'data_problem_deleted',
};

const STEPS: Record<DatabaseProblem['kind'], MessageKey[]> = {
  unavailable: ['data_problem_unavailable_step_retry', 'data_problem_unavailable_step_private', 'data_problem_unavailable_step_disk'],
  blocked: ['data_problem_blocked_step_close', 'data_problem_blocked_step_restart'],
  deleted: ['data_problem_deleted_step_reload', 'data_problem_deleted_step_restore'],
};

/**
 * What failed and what to do about it. In the popup (`compact`), the reason and the way to the
 * dashboard, which has room for the steps.
 */
export const DatabaseProblemNotice = ({ problem, compact = false }: { problem: DatabaseProblem; compact?: boolean }) => (
  <section class="card database-problem" role="alert" aria-labelledby="database-problem-heading" data-testid="database-problem">
    {compact ? (
      <h2 id="database-problem-heading">{t(HEADINGS[problem.kind])}</h2>
    ) : (
      <h1 id="database-problem-heading" tabIndex={-1}>
        {t(HEADINGS[problem.kind])}
      </h1>
    )}
    <p>{t(EXPLANATIONS[problem.kind])}</p>
    {!compact && (
      <>
        <h2>{t('data_problem_what_to_do')}</h2>
        <ol>
          {STEPS[problem.kind].map((step) => (
            <li key={step}>{t(step)}</li>
          ))}
        </ol>
      </>
    )}
    {problem.kind === 'unavailable' && <p class="muted small">{t('data_problem_detail', problem.detail)}</p>}
    {!compact && (
      <Actions>
        {problem.kind !== 'blocked' && (
          <button type="button" class="primary" onClick={() => location.reload()}>
            {t('data_problem_reload')}
          </button>
        )}
        {/* While another page holds the data, a backup cannot be read either. */}
        {problem.kind !== 'blocked' && <a href={routeToHash(BACKUP_ROUTE)}>{t('data_problem_backup_link')}</a>}
      </Actions>
    )}
  </section>
);
