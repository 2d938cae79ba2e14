// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AgreementsSection } from '@/components/dashboard/billing/AgreementsSection';
import { InvoicesView } from '@/components/dashboard/invoices/InvoicesView';
import { agreements as agreementRepo, clients as clientRepo } from '@/lib/db/repositories';
import { TODAY, freshDatabase, withSampleData } from '../db/helpers';
import { makeAgreement, makeClient } from '../builders';
import { resetUiAfterEach } from '../ui';

const type = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } });

/** The client the agreements of `makeAgreement` belong to. */
const storedClient = () => clientRepo.put(makeClient({ displayName: 'Client' }));

describe('agreements on the client page', () => {
  resetUiAfterEach();

  it('adds an agreement, warning as the terms are typed with the rule they break', async () => {
    const database = await freshDatabase();
    const client = await clientRepo.put(makeClient({ id: 'c1', displayName: 'Atelier <b>Lumière</b>' }));
    render(<AgreementsSection client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add an agreement' }));
    const editor = await screen.findByTestId('agreement-editor');
    // The heading shows the client's name as text.
    expect(within(editor).getByRole('heading', { level: 3 }).textContent).toBe('New agreement with Atelier <b>Lumière</b>');
    type(within(editor).getByLabelText('Title'), 'Website redesign');
    type(within(editor).getByLabelText('Total price'), '4 500');
    type(within(editor).getByLabelText('Days to pay'), '90');
    const warnings = within(editor).getByTestId('term-warnings');
    await waitFor(() => expect(warnings.textContent).toContain('A payment term of 90 days is beyond the legal cap'));
    expect(warnings.textContent).toContain('Rule: Code de commerce L441-10 I');
    expect(warnings.textContent).toContain('Not signed by both sides yet');

    fireEvent.click(within(editor).getByRole('button', { name: 'Save agreement' }));
    await waitFor(async () => expect(await database.agreements.count()).toBe(1));
    const [saved] = await database.agreements.toArray();
    expect(saved).toMatchObject({ clientId: 'c1', title: 'Website redesign', pricing: { amount: 4_500_00, currency: 'EUR' }, paymentTerms: { days: 90 }, jurisdiction: 'FR' });
    const card = await screen.findByTestId('agreement-card');
    expect(within(card).getByRole('heading', { name: 'Website redesign' })).toBeTruthy();
    expect(card.textContent).toContain('90 days');
  });

  it('refuses to save without a title or a price, saying so under each field', async () => {
    await freshDatabase();
    const client = await clientRepo.put(makeClient({ id: 'c2', displayName: 'Client' }));
    render(<AgreementsSection client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add an agreement' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save agreement' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Required'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Enter an amount such as 1200 or 1 200,50');
  });

  it('shows the scope, records a delivery, and keeps it when the agreement is edited', async () => {
    const database = await freshDatabase();
    const client = await storedClient();
    await agreementRepo.put(makeAgreement({ scope: 'A five-page site', deliverables: ['Wireframes', 'Final site'], revisionRounds: 2 }));
    render(<AgreementsSection client={client} />);
    const card = await screen.findByTestId('agreement-card');
    expect(card.textContent).toContain('A five-page site');
    expect(card.textContent).toContain('Final site');
    expect(card.textContent).toContain('Rounds of revisions included: 2');
    expect(card.textContent).toContain('No delivery recorded yet.');

    fireEvent.click(within(card).getByRole('button', { name: 'Record a delivery' }));
    const form = await screen.findByTestId('delivery-form');
    type(within(form).getByLabelText('Delivered on'), '2026-02-10');
    type(within(form).getByLabelText('What was delivered'), 'Final site');
    type(within(form).getByLabelText('Accepted on'), '2026-02-12');
    fireEvent.change(within(form).getByLabelText('How the client accepted it'), { target: { value: 'written' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record the delivery' }));
    await waitFor(async () => expect((await database.agreements.get('agr-1'))?.deliveries).toHaveLength(1));
    expect((await database.agreements.get('agr-1'))!.deliveries![0]).toEqual({ on: '2026-02-10', what: 'Final site', acceptedOn: '2026-02-12', acceptance: 'written' });
    await waitFor(() => expect(screen.getByTestId('deliveries').textContent).toContain('accepted on'));
    expect(screen.queryByTestId('delivery-form')).toBeNull();

    fireEvent.click(within(screen.getByTestId('agreement-card')).getByRole('button', { name: 'Edit the agreement “Website redesign”' }));
    const editor = await screen.findByTestId('agreement-editor');
    expect((within(editor).getByLabelText('Deliverables') as HTMLTextAreaElement).value).toBe('Wireframes\nFinal site');
    type(within(editor).getByLabelText('Rounds of revisions included'), '3');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save agreement' }));
    await waitFor(async () => expect((await database.agreements.get('agr-1'))?.revisionRounds).toBe(3));
    expect((await database.agreements.get('agr-1'))!.deliveries).toHaveLength(1);
  });

  it('corrects a delivery recorded wrong, and removes one after asking', async () => {
    const database = await freshDatabase();
    const client = await storedClient();
    await agreementRepo.put(
      makeAgreement({
        deliveries: [
          { on: '2026-02-01', what: 'Wireframes' },
          { on: '2026-02-10', what: 'Final <i>site</i>' },
        ],
      }),
    );
    render(<AgreementsSection client={client} />);
    const card = await screen.findByTestId('agreement-card');
    fireEvent.click(within(card).getByRole('button', { name: 'Correct the delivery “Final <i>site</i>”' }));
    const form = await screen.findByRole('form', { name: 'Correct the delivery “Final <i>site</i>”' });
    expect((within(form).getByLabelText('Delivered on') as HTMLInputElement).value).toBe('2026-02-10');
    type(within(form).getByLabelText('Accepted on'), '2026-02-12');
    fireEvent.click(within(form).getByRole('button', { name: 'Save the correction' }));
    await waitFor(async () => expect((await database.agreements.get('agr-1'))!.deliveries![1].acceptedOn).toBe('2026-02-12'));
    expect((await database.agreements.get('agr-1'))!.deliveries).toHaveLength(2);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove the delivery “Wireframes”' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm.textContent).toContain('Remove the delivery “Wireframes”?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(async () => expect((await database.agreements.get('agr-1'))!.deliveries!.map((d) => d.what)).toEqual(['Final <i>site</i>']));
    expect(screen.getByTestId('deliveries').querySelector('i')).toBeNull();
  });
});

describe('the invoices view', () => {
  resetUiAfterEach();

  it('shows what clients owe by days late, with totals per currency', async () => {
    await withSampleData();
    render(<InvoicesView today={TODAY} />);
    const aging = await screen.findByTestId('aging');
    const rows = within(aging).getAllByRole('row');
    const text = rows.map((r) => r.textContent);
    expect(text.some((t) => t?.startsWith('1–30 days2'))).toBe(true);
    expect(text.some((t) => t?.includes('Atelier Lumière'))).toBe(true);
    // The total never adds euros to pounds.
    expect(text.find((t) => t?.startsWith('Total'))).toMatch(/€9,900\.00 \+ £1,200\.00/);
  });

  it('computes a new invoice’s due date from the agreement, and asks for the PO number it requires', async () => {
    const database = await withSampleData();
    render(<InvoicesView today={TODAY} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add an invoice' }));
    const editor = await screen.findByTestId('invoice-editor', {}, { timeout: 5000 });
    fireEvent.change(within(editor).getByLabelText('Client'), { target: { value: 'demo-client-atelier' } });
    await waitFor(() => expect((within(editor).getByLabelText('Agreement') as HTMLSelectElement).value).toBe('demo-agreement-atelier'));
    type(within(editor).getByLabelText('Issue date'), '2026-01-05');
    await waitFor(() => expect((within(editor).getByLabelText('Due date') as HTMLInputElement).value).toBe('2026-02-04'));
    expect(within(editor).getByTestId('due-date').textContent).toContain('Computed from the terms of “Website redesign”: 30 days from the issue date');
    type(within(editor).getByLabelText('Number'), 'F2026-014');
    await waitFor(() => expect(within(editor).getByTestId('numbering-warnings').textContent).toContain('Already used by invoice F2026-014'));
    type(within(editor).getByLabelText('Number'), 'F2026-018');
    type(within(editor).getByLabelText('Amount excl. VAT'), '1000');
    type(within(editor).getByLabelText('Purchase order (PO), required by the agreement'), '');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save invoice' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain("The agreement requires the client's purchase-order number"));
    type(within(editor).getByLabelText('Purchase order (PO), required by the agreement'), 'PO-2026-118');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save invoice' }));
    await waitFor(async () => expect(await database.invoices.filter((i) => i.number === 'F2026-018').count()).toBe(1));
    const saved = await database.invoices.filter((i) => i.number === 'F2026-018').first();
    expect(saved).toMatchObject({ dueDate: '2026-02-04', agreementId: 'demo-agreement-atelier', poNumber: 'PO-2026-118', amount: 1_200_00, taxAmount: 200_00, vatRatePercent: 20, status: 'draft' });
  });
});

describe('the compliance checklist before sending', () => {
  resetUiAfterEach();

  it('shows what the data proves, keeps the user’s ticks, and asks before sending with mentions open', async () => {
    const database = await withSampleData();
    render(<InvoicesView today={TODAY} invoiceId="demo-invoice-5" />);
    const checklist = await screen.findByTestId('compliance-checklist');
    const line = (label: string) => within(checklist).getByText(label).closest('li')!;
    expect(line('The invoice date').dataset.state).toBe('proven');
    expect(line('Your name and address').dataset.state).toBe('missing');
    expect(line('Your name and address').textContent).toContain('Your name is missing in Settings.');
    const description = within(checklist).getByLabelText('A precise description, the quantity and the unit price excluding VAT');
    fireEvent.click(description);
    await waitFor(async () => expect((await database.invoices.get('demo-invoice-5'))?.confirmedMentions).toEqual(['description']));
    await waitFor(() => expect(line('A precise description, the quantity and the unit price excluding VAT').dataset.state).toBe('confirmed'));

    fireEvent.click(screen.getByRole('button', { name: 'Mark as sent' }));
    const question = await screen.findByRole('alertdialog');
    // What the check finds is listed before the question.
    expect(question.textContent).toMatch(/^Before sending, the check finds:/);
    expect(within(question).getByText(/^Your name and address — /).closest('li')?.dataset.state).toBe('missing');
    expect(within(question).queryByText(/^A precise description, the quantity/)).toBeNull();
    expect(question.textContent).toMatch(/\d+ mentions? missing and \d+ not confirmed\. Mark as sent anyway\?/);
    fireEvent.click(within(question).getByRole('button', { name: 'Mark as sent anyway' }));
    await waitFor(async () => expect((await database.invoices.get('demo-invoice-5'))?.status).toBe('sent'));
  });
});
