import { useState } from 'preact/hooks';
import { decimalAmount } from '@/lib/billing/export-csv';
import { balanceOf } from '@/lib/billing/overdue';
import { withPayment, withoutPayment } from '@/lib/billing/payments';
import { isCalendarDate } from '@/lib/calendar';
import { parseAmountInput } from '@/lib/format';
import type { Invoice } from '@/lib/model';
import { dateErrorKey, Field, FormActions, value } from '../../form';
import { DateText, Money, date, money, t } from '../../text';
import { TableHead } from '../../table';

/** The payments received on an invoice, what is left, and a form for the next (partial) payment. */
export const Payments = ({
  invoice,
  today,
  onChange,
}: {
  invoice: Invoice;
  today: string;
  onChange: (next: Invoice) => Promise<void>;
}) => {
  const balance = balanceOf(invoice);
  const [receivedOn, setReceivedOn] = useState(today);
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ date?: string; amount?: string }>({});
  const record = async (event: Event) => {
    event.preventDefault();
    const minor = parseAmountInput(amount.trim() || decimalAmount(balance, invoice.currency), invoice.currency);
    const next = {
      ...(isCalendarDate(receivedOn) ? {} : { date: t(dateErrorKey(receivedOn)!) }),
      ...(minor === undefined || minor <= 0
        ? { amount: t('billing_error_payment_amount') }
        : // Payments never add up to more than the invoice: an overpayment is refunded, not recorded.
          minor > balance
          ? { amount: t('data_payment_above_balance', money(balance, invoice.currency)) }
          : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    await onChange(withPayment(invoice, { date: receivedOn, amount: minor!, ...(note.trim() ? { note: note.trim() } : {}) }));
    setAmount('');
    setNote('');
  };
  return (
    <>
      {invoice.payments.length === 0 ? (
        <p class="muted">{t('billing_payments_none')}</p>
      ) : (
        <table class="table billing-payments">
          <caption class="visually-hidden">{t('billing_payments_heading')}</caption>
          <TableHead
            columns={[
              t('billing_payment_date'),
              { label: t('billing_payment_amount'), num: true },
              t('billing_payment_note'),
              { label: t('billing_actions'), hidden: true },
            ]}
          />
          <tbody>
            {invoice.payments.map((payment, i) => (
              <tr key={`${payment.date}-${i}`}>
                <td>
                  <DateText date={payment.date} />
                </td>
                <td class="num">
                  <Money amount={payment.amount} currency={invoice.currency} />
                </td>
                <td>{payment.note ?? ''}</td>
                <td>
                  <button type="button" class="link" onClick={() => onChange(withoutPayment(invoice, i))}>
                    {t('billing_payment_remove')}
                    <span class="visually-hidden"> {t('billing_payment_of', date(payment.date))}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {balance > 0 && (
        <form class="form-grid billing-payment-form" onSubmit={record} aria-label={t('billing_payment_add')} noValidate>
          <Field label={t('billing_payment_date')} error={errors.date}>
            {(p) => <input {...p} type="date" value={receivedOn} onInput={(e) => setReceivedOn(value(e))} />}
          </Field>
          <Field label={t('billing_payment_amount')} error={errors.amount} hint={t('billing_payment_amount_hint', money(balance, invoice.currency))}>
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={amount}
                placeholder={decimalAmount(balance, invoice.currency)}
                onInput={(e) => setAmount(value(e))}
              />
            )}
          </Field>
          <Field label={t('billing_payment_note')}>
            {(p) => <input {...p} value={note} maxLength={300} onInput={(e) => setNote(value(e))} />}
          </Field>
          <FormActions plain saveLabel={t('billing_payment_add')} />
        </form>
      )}
    </>
  );
};
