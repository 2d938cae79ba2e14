import { todayIn } from '@/lib/calendar';
import { amountClaimed, type ChaseSummary } from '@/lib/chase/invoice-chase';
import { stepsDueToday } from '@/lib/chase/steps-due';
import { messageFor } from '@/lib/i18n/messages';
import { routeToHash } from '@/lib/navigation';
import { DateText, Money, date, money, t } from '../text';
import { TableHead } from '../table';
import { useChaseList } from './data';
import { PAUSE_LABEL } from './labels';

/** Steps due first, then the most late. */
const order = (a: ChaseSummary, b: ChaseSummary): number =>
  Number(b.due.length > 0) - Number(a.due.length > 0) || b.daysLate - a.daysLate || a.invoice.number.localeCompare(b.invoice.number);

export const ChaseList = () => {
  const today = todayIn();
  const data = useChaseList(today);
  const summaries = data ? [...data.summaries].sort(order) : [];
  const due = stepsDueToday(summaries, today);
  const invoicesWithSteps = new Set(due.map((d) => d.invoiceId)).size;
  const totals = new Map<string, number>();
  for (const s of summaries) {
    for (const part of amountClaimed({ balance: s.balance, interest: s.interest, fee: s.fee, currency: s.invoice.currency })) {
      totals.set(part.currency, (totals.get(part.currency) ?? 0) + part.amount);
    }
  }
  return (
    <>
      <div class="view-header">
        <h1 tabIndex={-1}>{t('chase_heading')}</h1>
      </div>
      <p class="muted">{t('chase_intro')}</p>
      {data && summaries.length === 0 && <p class="empty">{t('chase_empty')}</p>}
      {summaries.length > 0 && (
        <>
          <ul class="chase-stats" aria-label={t('chase_stats_label')}>
            <li>
              <span class="chase-stat-value">{summaries.length}</span>
              <span class="chase-stat-label">{t('chase_stat_invoices')}</span>
            </li>
            <li class={invoicesWithSteps > 0 ? 'chase-stat-due' : undefined}>
              <span class="chase-stat-value">{invoicesWithSteps}</span>
              <span class="chase-stat-label">{t('chase_stat_steps_due')}</span>
            </li>
            <li>
              <span class="chase-stat-value">{[...totals].map(([currency, amount]) => money(amount, currency)).join(' + ')}</span>
              <span class="chase-stat-label">{t('chase_stat_claimed')}</span>
            </li>
          </ul>
          <div class="table-scroll" role="region" aria-labelledby="chase-table-caption" tabIndex={0}>
            <table class="table chase-table" data-testid="chase-list">
              <caption id="chase-table-caption" class="visually-hidden">
                {t('chase_table_caption')}
              </caption>
              <TableHead
                columns={[
                  t('chase_col_invoice'),
                  t('chase_col_client'),
                  { label: t('chase_col_days_late'), num: true },
                  { label: t('chase_col_balance'), num: true },
                  { label: t('chase_col_interest'), num: true },
                  { label: t('chase_col_fee'), num: true },
                  t('chase_col_next_step'),
                ]}
              />
              <tbody>
                {summaries.map((s) => (
                  <Row key={s.invoice.id} summary={s} today={today} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
};

const Row = ({ summary: s, today }: { summary: ChaseSummary; today: string }) => (
  <tr>
    <th scope="row">
      <a href={routeToHash({ view: 'chase', id: s.invoice.id })}>{s.invoice.number}</a>
    </th>
    <td>{s.client?.displayName ?? '—'}</td>
    <td class="num">{s.daysLate > 0 ? s.daysLate : <DateText date={s.invoice.dueDate} />}</td>
    <td class="num">
      <Money amount={s.balance} currency={s.invoice.currency} />
    </td>
    <td class="num">{s.interest.status === 'no-rate' ? t('chase_no_rate') : <Money amount={s.interest.total} currency={s.invoice.currency} />}</td>
    <td class="num">{s.fee.kind === 'fixed' ? <Money amount={s.fee.fee.amount} currency={s.fee.fee.currency} /> : '—'}</td>
    <td>
      <NextStep summary={s} today={today} />
    </td>
  </tr>
);

const NextStep = ({ summary: s, today }: { summary: ChaseSummary; today: string }) => {
  if (s.pause) {
    return (
      <span class="chase-next">
        <span class={`tag ${s.pause === 'payment-plan' ? 'tag-plan' : 'tag-disputed'}`}>{t(PAUSE_LABEL[s.pause])}</span>
        {s.invoice.chase.pausedReason && <span class="muted chase-reason">{s.invoice.chase.pausedReason}</span>}
      </span>
    );
  }
  // The first step not done: reminders and the formal notice come before court.
  const step = s.due[0] ?? s.next;
  if (!step) return <span class="muted">{t('chase_ladder_finished')}</span>;
  const label = messageFor(step.step.labelKey);
  return (
    <span class="chase-next">
      <span>{label}</span>
      {step.isDue ? (
        <span class="tag tag-late">{step.dueOn < today ? t('chase_due_since', date(step.dueOn)) : t('chase_due_today')}</span>
      ) : (
        <span class="tag">{t('chase_due_on', date(step.dueOn))}</span>
      )}
      {s.due.length > 1 && <span class="muted chase-reason">{t('chase_also_due', s.due.length - 1)}</span>}
    </span>
  );
};
