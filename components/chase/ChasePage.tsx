import { useEffect, useRef, useState } from 'preact/hooks';
import { todayIn } from '@/lib/calendar';
import { amountClaimed, type ChaseSummary } from '@/lib/chase/invoice-chase';
import type { WrittenTemplate } from '@/lib/chase/settings';
import { routeToHash } from '@/lib/navigation';
import { DateText, Money, date, daysLateText, money, t } from '../text';
import { ClaimCard } from './ClaimCard';
import { ContactLog } from './ContactLog';
import { useChaseInvoice } from './data';
import { EscalationCard } from './EscalationCard';
import { PAUSE_LABEL } from './labels';
import { LadderCard } from './LadderCard';
import { LetterCard } from './LetterCard';
import { PauseCard } from './PauseCard';
import { PaymentPlanCard } from './PaymentPlanCard';

/** The letter to show first: the step to take now (the first due), else the next one, else the friendly reminder. */
const letterToShow = (summary: ChaseSummary): WrittenTemplate => {
  const candidates = [...summary.due.map((d) => d.step.id), summary.next?.step.id];
  for (const id of candidates) {
    const template = summary.ladder.steps.find((s) => s.id === id)?.template;
    if (template && template !== 'none') return template;
  }
  return 'friendly';
};

export const ChasePage = ({ invoiceId }: { invoiceId: string }) => {
  const today = todayIn();
  const data = useChaseInvoice(invoiceId, today);
  const [chosen, setChosen] = useState<WrittenTemplate>();
  const heading = useRef<HTMLHeadingElement>(null);
  const letterCard = useRef<HTMLElement>(null);
  const escalationCard = useRef<HTMLElement>(null);
  const loaded = data !== undefined;
  // Coming from the list keeps the same view: move focus to this page's heading as a page load would.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded, invoiceId]);
  if (!data) return null;
  const back = (
    <p class="breadcrumb">
      <a href={routeToHash({ view: 'chase' })}>{t('chase_back_to_list')}</a>
    </p>
  );
  if (!data.summary) {
    return (
      <>
        {back}
        <h1 tabIndex={-1} ref={heading}>
          {t('chase_not_found')}
        </h1>
      </>
    );
  }
  const summary = data.summary;
  const template = chosen ?? letterToShow(summary);
  const showLetter = (next: WrittenTemplate) => {
    setChosen(next);
    requestAnimationFrame(() => letterCard.current?.focus());
  };
  return (
    <>
      {back}
      <div class="view-header">
        <h1 tabIndex={-1} ref={heading}>
          {t('chase_page_heading', summary.invoice.number)}
        </h1>
      </div>
      <p class="chase-subtitle">
        {summary.client ? <a href={routeToHash({ view: 'clients', id: summary.client.id })}>{summary.client.displayName}</a> : '—'}
        {' · '}
        <a href={routeToHash({ view: 'invoices', id: summary.invoice.id })}>{t('chase_open_invoice')}</a>
      </p>
      <StatusLine summary={summary} />
      <Figures summary={summary} />
      <LadderCard summary={summary} onLetter={showLetter} onEscalate={() => escalationCard.current?.focus()} />
      <LetterCard cardRef={letterCard} summary={summary} settings={data.settings} template={template} onTemplate={setChosen} />
      <ClaimCard summary={summary} />
      <ContactLog summary={summary} today={today} />
      <PaymentPlanCard summary={summary} clientInvoices={data.clientInvoices} today={today} />
      <PauseCard summary={summary} />
      <EscalationCard cardRef={escalationCard} summary={summary} settings={data.settings} today={today} />
    </>
  );
};

const StatusLine = ({ summary: s }: { summary: ChaseSummary }) => {
  if (s.invoice.status === 'paid' || s.balance === 0) return <p class="chase-banner chase-banner-ok">{t('chase_status_paid')}</p>;
  if (s.pause === 'payment-plan') return <p class="chase-banner chase-banner-plan">{t('chase_status_plan')}</p>;
  if (s.pause === 'disputed' || s.pause === 'paused') {
    return (
      <p class="chase-banner chase-banner-warn">
        {t(PAUSE_LABEL[s.pause])}
        {s.invoice.chase.pausedReason ? ` — ${s.invoice.chase.pausedReason}` : ''}
      </p>
    );
  }
  if (s.plan?.broken) return <p class="chase-banner chase-banner-late">{t('chase_status_plan_broken')}</p>;
  if (s.promise && !s.promise.broken && s.promise.promisedDate >= s.today) {
    return <p class="chase-banner chase-banner-plan">{t('chase_status_promise', date(s.promise.promisedDate))}</p>;
  }
  if (s.promise?.broken && s.promise.on >= lastDone(s)) {
    return <p class="chase-banner chase-banner-late">{t('chase_status_promise_broken', date(s.promise.promisedDate))}</p>;
  }
  return null;
};

const lastDone = (s: ChaseSummary): string => s.invoice.chase.stepsDone.reduce((max, d) => (d.doneOn > max ? d.doneOn : max), '');

const Figures = ({ summary: s }: { summary: ChaseSummary }) => {
  const claimed = amountClaimed({ balance: s.balance, interest: s.interest, fee: s.fee, currency: s.invoice.currency });
  return (
    <dl class="chase-figures" data-testid="chase-figures">
      <div>
        <dt>{t('chase_fig_due_date')}</dt>
        <dd>
          <DateText date={s.invoice.dueDate} />
          {s.daysLate > 0 && <span class="tag tag-late">{daysLateText(s.daysLate)}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('chase_fig_balance')}</dt>
        <dd>
          <Money amount={s.balance} currency={s.invoice.currency} />
        </dd>
      </div>
      <div>
        <dt>{t('chase_fig_interest')}</dt>
        <dd>{s.interest.status === 'no-rate' ? t('chase_no_rate') : <Money amount={s.interest.total} currency={s.invoice.currency} />}</dd>
      </div>
      <div>
        <dt>{t('chase_fig_fee')}</dt>
        <dd>{s.fee.kind === 'fixed' ? <Money amount={s.fee.fee.amount} currency={s.fee.fee.currency} /> : '—'}</dd>
      </div>
      <div class="chase-figure-total">
        <dt>{t('chase_fig_total')}</dt>
        <dd>{claimed.map((part) => money(part.amount, part.currency)).join(' + ')}</dd>
      </div>
    </dl>
  );
};
