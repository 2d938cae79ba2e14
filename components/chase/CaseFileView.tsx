import type { CaseFile } from '@/lib/chase/case-file';
import { Fragment, type ComponentChildren } from 'preact';
import type { PostalAddress } from '@/lib/model';
import { DateText, Money, date, money, t } from '../text';
import { CHANNEL_LABEL } from './labels';

const addressText = (a?: PostalAddress): string =>
  a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ') : '';

/** A list of the file, or that it holds none yet. */
const ListOrNone = ({ empty, children }: { empty: boolean; children: ComponentChildren }) =>
  empty ? <p class="muted">{t('chase_case_file_none')}</p> : <ul class="plain-list">{children}</ul>;

/** The case file as a printable page: parties, invoice, agreement, every reminder and contact, the calculation. */
export const CaseFileView = ({ file, printing }: { file: CaseFile; printing: boolean }) => (
  <article class={`case-file${printing ? ' print-target' : ''}`} aria-labelledby="case-file-title" data-testid="case-file">
    <h3 id="case-file-title">{t('chase_case_file_title', file.invoice.number)}</h3>
    <p class="muted">
      {t('chase_case_file_prepared')} <DateText date={file.preparedOn} />
    </p>
    <div class="case-parties">
      <section aria-labelledby="case-creditor">
        <h4 id="case-creditor">{t('chase_case_file_creditor')}</h4>
        <p>{file.creditor.name ?? '—'}</p>
        {file.creditor.address && <p>{addressText(file.creditor.address)}</p>}
        {file.creditor.siret ? <p>{t('letter_siret', file.creditor.siret)}</p> : file.creditor.siren && <p>{t('letter_siren', file.creditor.siren)}</p>}
        {file.creditor.vat && <p>{t('letter_vat', file.creditor.vat)}</p>}
      </section>
      <section aria-labelledby="case-debtor">
        <h4 id="case-debtor">{t('chase_case_file_debtor')}</h4>
        <p>{file.debtor.legalName ?? file.debtor.name}</p>
        {file.debtor.contactName && <p>{file.debtor.contactName}</p>}
        {(file.debtor.billingAddress ?? file.debtor.address) && <p>{addressText(file.debtor.billingAddress ?? file.debtor.address)}</p>}
        {file.debtor.emails.length > 0 && <p>{file.debtor.emails.join(', ')}</p>}
        {file.debtor.phones.length > 0 && <p>{file.debtor.phones.join(', ')}</p>}
        {file.debtor.identifiers?.siren && <p>{t('letter_siren', file.debtor.identifiers.siren)}</p>}
      </section>
    </div>
    <h4>{t('chase_case_file_invoice')}</h4>
    <dl class="facts">
      <dt>{t('chase_case_file_number')}</dt>
      <dd>{file.invoice.number}</dd>
      <dt>{t('chase_case_file_issued')}</dt>
      <dd>
        <DateText date={file.invoice.issueDate} />
      </dd>
      <dt>{t('chase_fig_due_date')}</dt>
      <dd>
        <DateText date={file.invoice.dueDate} />
      </dd>
      <dt>{t('chase_case_file_amount')}</dt>
      <dd>
        <Money {...file.invoice.amount} />
      </dd>
      {file.invoice.payments.map((p, i) => (
        <Fragment key={i}>
          <dt>{t('chase_case_file_payment')}</dt>
          <dd>
            <DateText date={p.date} /> · <Money amount={p.amount} currency={file.invoice.amount.currency} />
          </dd>
        </Fragment>
      ))}
      <dt>{t('chase_fig_balance')}</dt>
      <dd>
        <Money {...file.invoice.balance} />
      </dd>
      {file.invoice.poNumber && (
        <>
          <dt>{t('chase_case_file_po')}</dt>
          <dd>{file.invoice.poNumber}</dd>
        </>
      )}
    </dl>
    <h4>{t('chase_case_file_agreement')}</h4>
    {file.agreement ? (
      <dl class="facts">
        <dt>{t('chase_case_file_agreement_title')}</dt>
        <dd>{file.agreement.title}</dd>
        <dt>{t('chase_case_file_signed_freelancer')}</dt>
        <dd>{file.agreement.signedByFreelancerOn ? <DateText date={file.agreement.signedByFreelancerOn} /> : '—'}</dd>
        <dt>{t('chase_case_file_signed_client')}</dt>
        <dd>{file.agreement.signedByClientOn ? <DateText date={file.agreement.signedByClientOn} /> : '—'}</dd>
        {file.agreement.documentUrl && (
          <>
            <dt>{t('chase_case_file_document')}</dt>
            <dd class="wrap">{file.agreement.documentUrl}</dd>
          </>
        )}
        {file.agreement.scope && (
          <>
            <dt>{t('chase_case_file_scope')}</dt>
            <dd class="pre">{file.agreement.scope}</dd>
          </>
        )}
        {file.agreement.delivered && (
          <>
            <dt>{t('chase_case_file_delivery')}</dt>
            <dd>{file.agreement.delivered}</dd>
          </>
        )}
      </dl>
    ) : (
      <p class="muted">{t('chase_case_file_no_agreement')}</p>
    )}
    <h4>{t('chase_case_file_claim')}</h4>
    <p>{file.claim.rules}</p>
    <ul class="plain-list">
      {file.claim.interest.explained.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
      {file.claim.fee.kind === 'fixed' && (
        <li>{t('chase_case_file_fee', money(file.claim.fee.fee.amount, file.claim.fee.fee.currency))}</li>
      )}
    </ul>
    <p>
      <strong>{t('chase_fig_total')}</strong>{' '}
      {file.claim.total.map((m, i) => (
        <span key={m.currency}>
          {i > 0 && ' + '}
          <Money {...m} />
        </span>
      ))}
    </p>
    <h4>{t('chase_case_file_reminders')}</h4>
    <ListOrNone empty={file.reminders.length === 0}>
      {file.reminders.map((r) => (
        <li key={r.step}>
          <DateText date={r.doneOn} /> · {r.label} · {t(CHANNEL_LABEL[r.channel])}
        </li>
      ))}
    </ListOrNone>
    <h4>{t('chase_case_file_contacts')}</h4>
    <ListOrNone empty={file.contacts.length === 0}>
      {file.contacts.map((c, i) => (
        <li key={i}>
          <DateText date={c.on} /> · {t(CHANNEL_LABEL[c.channel])} · {c.summary}
          {c.reasonGiven && ` — ${t('chase_log_reason')} ${c.reasonGiven}`}
          {c.promisedDate && (
            <>
              {' — '}
              {t('chase_log_promised')} <DateText date={c.promisedDate} />
            </>
          )}
        </li>
      ))}
    </ListOrNone>
    {file.paymentPlans.length > 0 && (
      <>
        <h4>{t('chase_plan_heading')}</h4>
        <ul class="plain-list">
          {file.paymentPlans.map((p, i) => (
            <li key={i}>
              {p.signedByBothOn ? t('chase_plan_signed_title', date(p.signedByBothOn)) : t('chase_plan_unsigned_title')} ·{' '}
              {p.instalments.map((inst, j) => (
                <span key={j}>
                  {j > 0 && ', '}
                  <DateText date={inst.dueDate} /> <Money amount={inst.amount} currency={p.currency} />
                  {inst.paidOn ? ` (${t('chase_plan_status_paid')})` : ''}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </>
    )}
    {file.limitation && (
      <p>
        {t('chase_case_file_limitation')} <DateText date={file.limitation.expiresOn} /> ({file.limitation.source.ref})
      </p>
    )}
  </article>
);
