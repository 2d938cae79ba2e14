import { useState } from 'preact/hooks';
import type { AgingBucket, AgingReport } from '@/lib/billing/aging';
import { messageFor } from '@/lib/i18n/messages';
import { t, tn } from '../../text';
import { TableHead } from '../../table';
import { totalsText } from './controls';

const CLIENTS_SHOWN = 8;

/**
 * What clients owe, by how late it is (current, 1–30, 31–60, 61–90, 90+ days) and by client, totals kept per
 * currency. A bucket or a client filters the invoice list below.
 */
export const AgingPanel = ({
  report,
  clientName,
  onBucket,
  onClient,
}: {
  report: AgingReport;
  clientName: (id: string) => string;
  onBucket: (bucket: AgingBucket) => void;
  onClient: (id: string) => void;
}) => {
  const [allClients, setAllClients] = useState(false);
  const owed = report.buckets.reduce((sum, b) => sum + b.count, 0);
  const largest = Math.max(1, ...report.buckets.map((b) => b.count));
  // Most overdue first: the client to call today is at the top.
  const clients = [...report.byClient.values()].sort((a, b) => b.maxDaysLate - a.maxDaysLate || b.count - a.count);
  const shown = allClients ? clients : clients.slice(0, CLIENTS_SHOWN);
  return (
    <section class="card billing-aging" aria-labelledby="aging-heading" data-testid="aging">
      <h2 id="aging-heading">{t('billing_aging_heading')}</h2>
      {owed === 0 ? (
        <p class="empty">{t('billing_aging_nothing_owed')}</p>
      ) : (
        <div class="billing-aging-grid">
          <table class="table billing-aging-table">
            <caption>{t('billing_aging_by_days')}</caption>
            <TableHead columns={[t('billing_aging_days_late'), { label: t('billing_aging_invoices'), num: true }, { label: t('billing_aging_owed'), num: true }]} />
            <tbody>
              {report.buckets.map(({ bucket, count, totals }) => (
                <tr key={bucket.id} class={bucket.id === 'current' ? undefined : 'billing-aging-late'}>
                  <th scope="row">
                    <button
                      type="button"
                      class="link"
                      onClick={() => onBucket(bucket)}
                      aria-label={t('billing_aging_show_bucket', messageFor(bucket.labelKey))}
                    >
                      {messageFor(bucket.labelKey)}
                    </button>
                    <span class="billing-bar" aria-hidden="true" style={{ width: `${(count / largest) * 100}%` }} />
                  </th>
                  <td class="num">{count}</td>
                  <td class="num">{totalsText(totals)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('billing_aging_total')}</th>
                <td class="num">{owed}</td>
                <td class="num">{totalsText(report.totals)}</td>
              </tr>
            </tfoot>
          </table>
          <div class="billing-aging-clients" tabIndex={0} role="region" aria-label={t('billing_aging_by_client')}>
          <table class="table billing-aging-table">
            <caption>{t('billing_aging_by_client')}</caption>
            <TableHead
              columns={[
                t('invoiceClient'),
                { label: t('billing_aging_owed'), num: true },
                { label: t('billing_aging_overdue'), num: true },
                { label: t('billing_aging_most_late'), num: true },
              ]}
            />
            <tbody>
              {shown.map((c) => (
                <tr key={c.clientId}>
                  <th scope="row">
                    <button
                      type="button"
                      class="link"
                      onClick={() => onClient(c.clientId)}
                      aria-label={t('billing_aging_show_client', clientName(c.clientId))}
                    >
                      {clientName(c.clientId)}
                    </button>
                  </th>
                  <td class="num">{totalsText(c.totals)}</td>
                  <td class="num">{c.overdueTotals.size > 0 ? totalsText(c.overdueTotals) : '—'}</td>
                  <td class="num">{c.maxDaysLate > 0 ? tn('billing_days_count', c.maxDaysLate) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          {clients.length > CLIENTS_SHOWN && (
            <p class="billing-aging-more">
              <button type="button" class="link" onClick={() => setAllClients(!allClients)}>
                {allClients ? t('billing_aging_fewer_clients') : tn('billing_aging_all_clients', clients.length)}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
};
