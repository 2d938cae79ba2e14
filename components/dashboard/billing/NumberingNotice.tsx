import { useEffect, useState } from 'preact/hooks';
import { checkNumberChronology, checkNumberSequence } from '@/lib/billing/compliance';
import type { Invoice } from '@/lib/model';
import { source } from '@/lib/billing/rules/sources';
import { t, tn } from '../../text';
import { SourceRef } from './controls';

const LINES_SHOWN = 5;
/** Past this, a list is no longer read: the count says the rest. */
const LINES_EXPANDED = 100;
const SEQUENCE_SOURCE = source('CGI annexe II art. 242 nonies A');

type Problem =
  | { kind: 'duplicate'; number: string; count: number }
  | { kind: 'gap'; from: string; to: string; count: number }
  | { kind: 'order'; number: string; after: string };

const problemsOf = (invoices: readonly Pick<Invoice, 'number' | 'issueDate'>[]): Problem[] => {
  const { duplicates, gaps } = checkNumberSequence(invoices.map((i) => i.number));
  const problems: Problem[] = [
    ...duplicates.map((d): Problem => ({ kind: 'duplicate', ...d })),
    ...gaps.map((g): Problem => ({ kind: 'gap', from: g.from, to: g.to, count: g.count })),
  ];
  // Date order is only worth reading once numbers are unique.
  if (duplicates.length === 0) {
    for (const p of checkNumberChronology(invoices)) problems.push({ kind: 'order', number: p.number, after: p.after });
  }
  return problems;
};

/** Words for the lines shown only: a large ledger can have thousands of gaps. */
const problemText = (problem: Problem): string => {
  switch (problem.kind) {
    case 'duplicate':
      return t('billing_numbering_duplicate', problem.number, problem.count);
    case 'gap':
      return problem.count === 1
        ? t('billing_numbering_gap_one', problem.from)
        : t('billing_numbering_gap', problem.from, problem.to, problem.count);
    case 'order':
      return t('billing_numbering_order', problem.number, problem.after);
  }
};

/**
 * Duplicates, gaps and date-order breaks across every invoice number. Worked out after the table has painted:
 * on a large ledger it is the slowest thing on the page and nobody needs it in the first frame.
 */
export const NumberingNotice = ({ invoices }: { invoices: readonly Pick<Invoice, 'number' | 'issueDate'>[] }) => {
  const [problems, setProblems] = useState<Problem[]>();
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setProblems(problemsOf(invoices)), 0);
    return () => clearTimeout(timer);
  }, [invoices]);
  if (!problems || problems.length === 0) return null;
  const shown = problems.slice(0, expanded ? LINES_EXPANDED : LINES_SHOWN);
  return (
    <section class="card billing-notice" aria-labelledby="numbering-heading" data-testid="numbering-notice">
      <h2 id="numbering-heading">{t('billing_numbering_heading')}</h2>
      <p class="hint">
        {t('billing_numbering_explain')} <SourceRef source={SEQUENCE_SOURCE} />
      </p>
      <ul>
        {shown.map((problem, i) => (
          <li key={i}>{problemText(problem)}</li>
        ))}
        {expanded && problems.length > shown.length && <li>{tn('billing_and_more', problems.length - shown.length)}</li>}
      </ul>
      {problems.length > LINES_SHOWN && (
        <button type="button" class="link" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('billing_show_fewer') : t('billing_show_all', problems.length)}
        </button>
      )}
    </section>
  );
};
