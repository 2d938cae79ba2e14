import type { MessageKey } from '@/lib/i18n/messages';
import type { PlatformSignals, SavedSnapshot } from '@/lib/model';
import { date, money, t } from '../text';
import { TableHead } from '../table';

type Column = { key: MessageKey; show: (s: PlatformSignals) => string | undefined; compare?: (s: PlatformSignals) => number | undefined };

const COLUMNS: Column[] = [
  { key: 'vet_histSpent', show: (s) => (s.totalSpent ? money(s.totalSpent.amount, s.totalSpent.currency) : undefined), compare: (s) => s.totalSpent?.amount },
  { key: 'vet_histHireRate', show: (s) => (s.hireRatePercent === undefined ? undefined : `${s.hireRatePercent}%`), compare: (s) => s.hireRatePercent },
  { key: 'vet_histJobs', show: (s) => s.jobsPosted?.toString(), compare: (s) => s.jobsPosted },
  { key: 'vet_histReviews', show: (s) => s.reviewsCount?.toString(), compare: (s) => s.reviewsCount },
  { key: 'vet_histRating', show: (s) => (s.rating === undefined ? undefined : s.rating.toFixed(1)), compare: (s) => s.rating },
  { key: 'vet_histPayment', show: (s) => (s.paymentVerified === undefined ? undefined : t(s.paymentVerified ? 'yes' : 'no')) },
];

/** How a figure moved since the capture before: ▲ / ▼, said in words for screen readers. */
const Trend = ({ now, before }: { now?: number; before?: number }) => {
  if (now === undefined || before === undefined || now === before) return null;
  const up = now > before;
  return (
    <span class={up ? 'trend-up' : 'trend-down'} title={t(up ? 'vet_trendUp' : 'vet_trendDown')}>
      {' '}
      {up ? '▲' : '▼'}
      <span class="visually-hidden">{t(up ? 'vet_trendUp' : 'vet_trendDown')}</span>
    </span>
  );
};

/** Every capture saved for the client, oldest first: how spend, hire rate and reviews moved. */
export const SnapshotHistory = ({ snapshots }: { snapshots: SavedSnapshot[] }) => (
  <section aria-labelledby="history-heading" data-testid="snapshot-history">
    <h2 id="history-heading">{t('vet_historyHeading')}</h2>
    {snapshots.length === 0 ? (
      <p class="empty">{t('vet_historyNone')}</p>
    ) : (
      <div class="table-scroll" role="region" aria-label={t('vet_historyTable')} tabIndex={0}>
        <table class="table">
          <caption class="visually-hidden">{t('vet_historyHeading')}</caption>
          <TableHead columns={[t('vet_histDate'), t('vet_histPage'), ...COLUMNS.map((c) => ({ label: t(c.key), num: true }))]} />
          <tbody>
            {snapshots.map((saved, i) => {
              const before = snapshots[i - 1]?.snapshot.signals;
              const signals = saved.snapshot.signals;
              return (
                <tr key={saved.id}>
                  <th scope="row">{date(saved.savedAt.slice(0, 10))}</th>
                  <td>
                    {/^https?:/.test(saved.snapshot.url) ? (
                      <a href={saved.snapshot.url} target="_blank" rel="noopener noreferrer">
                        {t(`platform_${saved.snapshot.platform}` as MessageKey)}
                      </a>
                    ) : (
                      t(`platform_${saved.snapshot.platform}` as MessageKey)
                    )}
                  </td>
                  {COLUMNS.map((c) => (
                    <td key={c.key} class="num">
                      {c.show(signals) ?? '—'}
                      {before && c.compare && <Trend now={c.compare(signals)} before={c.compare(before)} />}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    )}
  </section>
);
