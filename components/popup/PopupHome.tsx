import type { InvoiceLine, Overview } from '@/lib/db/overview';
import { DateText, Money, daysLateText, money, t, tn } from './popup-text';
import { More } from './More';
import { openDashboard } from './open-dashboard';
import { PopupSection } from './PopupSection';

const Line = ({ line, late }: { line: InvoiceLine; late: boolean }) => (
  <li>
    <button type="button" class="line" onClick={() => openDashboard({ view: 'invoices', id: line.invoice.id })}>
      <span class="line-main">
        <span class="line-client">{line.clientName}</span>
        <span class="line-sub">{t('invoiceLabel', line.invoice.number)}</span>
      </span>
      <span class="line-side">
        <Money amount={line.balance} currency={line.invoice.currency} />
        <span class={late ? 'line-late' : 'line-sub'}>
          {late ? daysLateText(line.daysLate) : <DateText date={line.invoice.dueDate} />}
        </span>
      </span>
    </button>
  </li>
);

/** The popup's home: what is overdue and what falls due soon, five lines each at most. */
export const PopupHome = ({ data }: { data: Overview }) => {
  const moreOverdue = data.overdueTotal - data.overdue.length;
  const moreDueSoon = data.dueSoonTotal - data.dueSoon.length;
  return (
    <>
      <PopupSection id="overdue-heading" heading={t('popupOverdueHeading')} count={data.overdueTotal} late={data.overdueTotal > 0}>
        {data.overdueTotal === 0 ? (
          <p class="muted">{t('popupNothingOverdue')}</p>
        ) : (
          <>
            <p class="total">
              {t('popupTotalOverdue', data.overdueTotals.map(([currency, amount]) => money(amount, currency)).join(' + '))}
            </p>
            <ul class="lines" data-testid="overdue-list">
              {data.overdue.map((line) => (
                <Line key={line.invoice.id} line={line} late />
              ))}
            </ul>
            <More count={moreOverdue} route={{ view: 'invoices' }} />
          </>
        )}
      </PopupSection>
      <PopupSection id="due-soon-heading" heading={tn('popupDueSoonHeading', data.dueSoonDays)} count={data.dueSoonTotal}>
        {data.dueSoonTotal === 0 ? (
          <p class="muted">{tn('popupNothingDueSoon', data.dueSoonDays)}</p>
        ) : (
          <>
            <ul class="lines" data-testid="due-soon-list">
              {data.dueSoon.map((line) => (
                <Line key={line.invoice.id} line={line} late={false} />
              ))}
            </ul>
            <More count={moreDueSoon} route={{ view: 'invoices' }} />
          </>
        )}
      </PopupSection>
    </>
  );
};
