import { useState } from 'preact/hooks';
import { addDays } from '@/lib/calendar';
import { balanceOf } from '@/lib/billing/overdue';
import { isPlanBroken, isPlanInForce, planBalance, planOverdueAmount, planSchedule, type InstalmentView } from '@/lib/chase/plan-status';
import type { ChaseSummary } from '@/lib/chase/invoice-chase';
import { instalmentsTotal, splitEvenly } from '@/lib/chase/plan';
import { minorUnitDigits, parseAmountInput } from '@/lib/format';
import { httpUrl, newId, nowInstant, type Invoice, type PaymentPlan } from '@/lib/model';
import { isCalendarDate } from '@/lib/calendar';
import { Actions, ConfirmAction, dateErrorKey, Field, FormActions, value } from '../form';
import { DateText, Money, date, daysLateText, money, t } from '../text';
import { TableHead } from '../table';
import { deletePlan, markInstalmentPaid, savePlan } from './actions';

/** Instalments agreed with the client, over this invoice and any others of theirs, each tracked. */
export const PaymentPlanCard = ({ summary, clientInvoices, today }: { summary: ChaseSummary; clientInvoices: Invoice[]; today: string }) => {
  const [creating, setCreating] = useState(false);
  const plans = summary.plans
    .filter((p) => p.invoiceIds.includes(summary.invoice.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const open = summary.balance > 0 && summary.invoice.status !== 'paid';
  const numbers = new Map([...clientInvoices, summary.invoice].map((i) => [i.id, i.number]));
  return (
    <section class="card" aria-labelledby="chase-plan-heading">
      <h2 id="chase-plan-heading">{t('chase_plan_heading')}</h2>
      {plans.length === 0 && !creating && <p class="muted">{t('chase_plan_intro')}</p>}
      {plans.map((plan) => (
        <PlanView key={plan.id} plan={plan} numbers={numbers} clientInvoices={clientInvoices} today={today} />
      ))}
      {creating ? (
        <PlanForm summary={summary} clientInvoices={clientInvoices} today={today} onDone={() => setCreating(false)} />
      ) : (
        open && (
          <Actions>
            <button type="button" onClick={() => setCreating(true)}>
              {t('chase_plan_new')}
            </button>
          </Actions>
        )
      )}
    </section>
  );
};

const INSTALMENT_STATUS = { paid: 'chase_plan_status_paid', due: 'chase_plan_status_due', late: 'chase_plan_status_late' } as const;

const PlanView = ({ plan, numbers, clientInvoices, today }: { plan: PaymentPlan; numbers: Map<string, string>; clientInvoices: Invoice[]; today: string }) => {
  const [signedOn, setSignedOn] = useState(today);
  const schedule = planSchedule(plan, today);
  const left = planBalance(plan);
  const overdue = planOverdueAmount(plan, today);
  const inForce = isPlanInForce(plan);
  const state = left === 0 ? 'done' : !inForce ? 'unsigned' : isPlanBroken(plan, today) ? 'broken' : 'in-force';
  const covered = clientInvoices.filter((i) => plan.invoiceIds.includes(i.id));
  const stateLabel = { done: 'chase_plan_state_done', unsigned: 'chase_plan_state_unsigned', broken: 'chase_plan_state_broken', 'in-force': 'chase_plan_state_in_force' } as const;
  const stateClass = { done: 'tag-paid', unsigned: 'tag-disputed', broken: 'tag-late', 'in-force': 'tag-plan' } as const;
  return (
    <article class="plan" aria-labelledby={`plan-${plan.id}`} data-testid="payment-plan">
      <h3 id={`plan-${plan.id}`}>
        {plan.signedByBothOn ? t('chase_plan_signed_title', date(plan.signedByBothOn)) : t('chase_plan_unsigned_title')}{' '}
        <span class={`tag ${stateClass[state]}`}>{t(stateLabel[state])}</span>
      </h3>
      <p class="muted">
        {t('chase_plan_covers', plan.invoiceIds.map((id) => numbers.get(id) ?? t('chase_plan_other_invoice')).join(', '))}
        {plan.documentUrl && (
          <>
            {' · '}
            <a href={plan.documentUrl} target="_blank" rel="noopener noreferrer">
              {t('chase_plan_document')}
            </a>
          </>
        )}
      </p>
      {state === 'broken' && <p class="chase-note">{t('chase_plan_broken_explain')}</p>}
      <table class="table plan-table">
        <caption class="visually-hidden">{t('chase_plan_instalments')}</caption>
        <TableHead
          columns={[
            t('chase_plan_col_number'),
            t('chase_plan_col_due'),
            { label: t('chase_plan_col_amount'), num: true },
            t('chase_plan_col_status'),
            { label: t('chase_plan_col_action'), hidden: true },
          ]}
        />
        <tbody>
          {schedule.map((row, position) => (
            <InstalmentRow key={row.index} row={row} position={position + 1} plan={plan} covered={covered} today={today} />
          ))}
        </tbody>
      </table>
      <p>
        {t('chase_plan_totals', money(instalmentsTotal(plan.instalments) - left, plan.currency), money(instalmentsTotal(plan.instalments), plan.currency))}
        {overdue > 0 && <span class="tag tag-late">{t('chase_plan_overdue', money(overdue, plan.currency))}</span>}
      </p>
      <Actions>
        {!plan.signedByBothOn && (
          <PastDateForm
            formLabel={t('chase_plan_record_signature')}
            label={t('chase_plan_signed_on')}
            today={today}
            date={signedOn}
            onDate={setSignedOn}
            submitLabel={t('chase_plan_record_signature')}
            onSubmit={(on) => savePlan({ ...plan, signedByBothOn: on })}
          />
        )}
        <ConfirmAction
          inline
          id={`confirm-plan-${plan.id}`}
          label={t('chase_plan_delete')}
          question={t('chase_plan_delete_confirm')}
          confirmLabel={t('chase_confirm')}
          cancelLabel={t('chase_cancel')}
          onConfirm={() => deletePlan(plan)}
        />
      </Actions>
    </article>
  );
};

/** One date, today at the latest, and its button (and Cancel): a plan signed, an instalment paid. */
const PastDateForm = (props: {
  formLabel: string;
  label: string;
  today: string;
  date: string;
  onDate: (date: string) => void;
  submitLabel: string;
  onSubmit: (date: string) => Promise<void>;
  onCancel?: () => void;
}) => {
  const { date, today } = props;
  return (
    <form
      class="inline-form"
      aria-label={props.formLabel}
      onSubmit={async (e) => {
        e.preventDefault();
        if (date && date <= today && isCalendarDate(date)) await props.onSubmit(date);
      }}
    >
      <Field label={props.label}>
        {(p) => <input {...p} type="date" value={date} max={today} required onInput={(e) => props.onDate(value(e))} />}
      </Field>
      <button type="submit" class="primary">
        {props.submitLabel}
      </button>
      {props.onCancel && (
        <button type="button" onClick={props.onCancel}>
          {t('chase_cancel')}
        </button>
      )}
    </form>
  );
};

const InstalmentRow = ({ row, position, plan, covered, today }: { row: InstalmentView; position: number; plan: PaymentPlan; covered: Invoice[]; today: string }) => {
  const [marking, setMarking] = useState(false);
  const [paidOn, setPaidOn] = useState(today);
  const total = plan.instalments.length;
  return (
    <tr>
      <th scope="row">{t('chase_plan_instalment_of', position, total)}</th>
      <td>
        <DateText date={row.dueDate} />
      </td>
      <td class="num">
        <Money amount={row.amount} currency={plan.currency} />
      </td>
      <td>
        <span class={`tag ${row.status === 'paid' ? 'tag-paid' : row.status === 'late' ? 'tag-late' : ''}`}>{t(INSTALMENT_STATUS[row.status])}</span>
        {row.paidOn && (
          <span class="muted">
            {' '}
            <DateText date={row.paidOn} />
          </span>
        )}
        {row.status === 'late' && <span class="muted"> {daysLateText(row.daysLate)}</span>}
      </td>
      <td>
        {row.status !== 'paid' &&
          (marking ? (
            <PastDateForm
              formLabel={t('chase_plan_mark_paid_named', position)}
              label={t('chase_plan_paid_on')}
              today={today}
              date={paidOn}
              onDate={setPaidOn}
              submitLabel={t('chase_save')}
              onSubmit={async (on) => {
                await markInstalmentPaid(plan, row.index, on, covered, t('chase_plan_payment_note', position, total));
                setMarking(false);
              }}
              onCancel={() => setMarking(false)}
            />
          ) : (
            <button type="button" onClick={() => setMarking(true)} aria-label={t('chase_plan_mark_paid_named', position)}>
              {t('chase_plan_mark_paid')}
            </button>
          ))}
      </td>
    </tr>
  );
};

interface Draft {
  dueDate: string;
  amount: string;
}

const PlanForm = ({ summary, clientInvoices, today, onDone }: { summary: ChaseSummary; clientInvoices: Invoice[]; today: string; onDone: () => void }) => {
  const currency = summary.invoice.currency;
  const candidates = clientInvoices.filter((i) => i.currency === currency);
  const [selected, setSelected] = useState<string[]>([summary.invoice.id]);
  const [count, setCount] = useState('3');
  const [first, setFirst] = useState(addDays(today, 7));
  const [rows, setRows] = useState<Draft[]>([]);
  const [signedOn, setSignedOn] = useState('');
  const [documentUrl, setDocumentUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const owed = candidates.filter((i) => selected.includes(i.id)).reduce((sum, i) => sum + balanceOf(i), 0);
  const digits = minorUnitDigits(currency);
  const format = (minor: number) => (minor / 10 ** digits).toFixed(digits);
  const split = () => {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > 120) return setErrors({ count: t('chase_plan_error_count') });
    setErrors({});
    setRows(splitEvenly(owed, n, first || today).map((i) => ({ dueDate: i.dueDate, amount: format(i.amount) })));
  };
  const parsed = rows.map((r) => ({ dueDate: r.dueDate, amount: parseAmountInput(r.amount, currency) }));
  const total = parsed.reduce((sum, r) => sum + (r.amount ?? 0), 0);
  const submit = async (event: Event) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (selected.length === 0) next.invoices = t('chase_plan_error_invoices');
    if (parsed.length === 0) next.rows = t('chase_plan_error_rows');
    parsed.forEach((r, i) => {
      if (!r.dueDate) next[`date-${i}`] = t('chase_error_required');
      else if (!isCalendarDate(r.dueDate)) next[`date-${i}`] = t(dateErrorKey(r.dueDate)!);
      if (!r.amount || r.amount <= 0) next[`amount-${i}`] = t('chase_plan_error_amount');
    });
    if (signedOn && signedOn > today) next.signed = t('chase_error_date_future');
    else if (signedOn && !isCalendarDate(signedOn)) next.signed = t(dateErrorKey(signedOn)!);
    if (documentUrl && !httpUrl.safeParse(documentUrl).success) next.url = t('chase_plan_error_url');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    await savePlan({
      id: newId(),
      clientId: summary.invoice.clientId,
      invoiceIds: selected,
      instalments: parsed.map((r) => ({ dueDate: r.dueDate, amount: r.amount! })),
      currency,
      ...(signedOn ? { signedByBothOn: signedOn } : {}),
      ...(documentUrl ? { documentUrl } : {}),
      createdAt: nowInstant(),
    });
    onDone();
  };
  const setRow = (index: number, patch: Partial<Draft>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <form class="plan-form" onSubmit={submit} aria-label={t('chase_plan_new')}>
      <fieldset>
        <legend>{t('chase_plan_invoices_legend')}</legend>
        {candidates.map((invoice) => (
          <label key={invoice.id} class="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(invoice.id)}
              onChange={(e) =>
                setSelected(e.currentTarget.checked ? [...selected, invoice.id] : selected.filter((id) => id !== invoice.id))
              }
            />
            {t('chase_plan_invoice_option', invoice.number, money(balanceOf(invoice), currency))}
          </label>
        ))}
        {errors.invoices && <p class="error">{errors.invoices}</p>}
        <p class="muted">{t('chase_plan_owed', money(owed, currency))}</p>
      </fieldset>
      <div class="form-grid">
        <Field label={t('chase_plan_count')} error={errors.count}>
          {(p) => <input {...p} type="number" min={1} max={120} value={count} onInput={(e) => setCount(value(e))} />}
        </Field>
        <Field label={t('chase_plan_first_due')}>
          {(p) => <input {...p} type="date" value={first} onInput={(e) => setFirst(value(e))} />}
        </Field>
        <Actions>
          <button type="button" onClick={split}>
            {t('chase_plan_split')}
          </button>
        </Actions>
      </div>
      {rows.length > 0 && (
        <fieldset>
          <legend>{t('chase_plan_instalments')}</legend>
          {rows.map((row, i) => (
            <div key={i} class="plan-row">
              <Field label={t('chase_plan_row_date', i + 1)} error={errors[`date-${i}`]}>
                {(p) => <input {...p} type="date" value={row.dueDate} onInput={(e) => setRow(i, { dueDate: value(e) })} />}
              </Field>
              <Field label={t('chase_plan_row_amount', i + 1, currency)} error={errors[`amount-${i}`]}>
                {(p) => <input {...p} type="text" inputMode="decimal" value={row.amount} onInput={(e) => setRow(i, { amount: value(e) })} />}
              </Field>
              <button type="button" class="link" onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={t('chase_plan_remove_row', i + 1)}>
                {t('chase_remove')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setRows([...rows, { dueDate: rows.at(-1)?.dueDate ?? first, amount: '' }])}>
            {t('chase_plan_add_row')}
          </button>
          <p class={total === owed ? 'muted' : 'chase-note'} role="status">
            {total === owed ? t('chase_plan_total_matches', money(total, currency)) : t('chase_plan_total_differs', money(total, currency), money(owed, currency))}
          </p>
        </fieldset>
      )}
      {errors.rows && <p class="error">{errors.rows}</p>}
      <div class="form-grid">
        <Field label={t('chase_plan_signed_on')} hint={t('chase_plan_signed_hint')} error={errors.signed}>
          {(p) => <input {...p} type="date" value={signedOn} max={today} onInput={(e) => setSignedOn(value(e))} />}
        </Field>
        <Field label={t('chase_plan_document_url')} hint={t('chase_plan_document_hint')} error={errors.url}>
          {(p) => <input {...p} type="url" value={documentUrl} placeholder="https://" onInput={(e) => setDocumentUrl(value(e))} />}
        </Field>
      </div>
      <FormActions saveLabel={t('chase_plan_save')} onCancel={onDone} cancelLabel={t('chase_cancel')} />
    </form>
  );
};
