// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ClientVetting } from '@/components/vetting/ClientVetting';
import { RiskPanel } from '@/components/vetting/RiskPanel';
import { useClientVetting } from '@/components/vetting/useVetting';
import { clients } from '@/lib/db/repositories';
import { assessRisk } from '@/lib/vetting/risk/score';
import { frenchCompany } from '../builders';
import { freshDatabase } from '../db/helpers';
import { resetUiAfterEach } from '../ui';

const HOSTILE = '<img src=x onerror="window.hacked=1">Pay me on <b>Telegram</b>';

const Page = ({ clientId }: { clientId: string }) => {
  const data = useClientVetting(clientId);
  return data ? <ClientVetting data={data} /> : null;
};

describe('vetting views', () => {
  resetUiAfterEach();

  it('shows a captured sentence as text, never as markup', () => {
    const risk = assessRisk({ redFlags: [{ kind: 'off-platform', quote: HOSTILE }] });
    const { container } = render(<RiskPanel risk={risk} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('gives every reason its weight, and good signals as points removed', () => {
    const risk = assessRisk({ platform: 'upwork', signals: { paymentVerified: true }, redFlags: [{ kind: 'pay-outside', quote: 'Pay by PayPal.' }] });
    render(<RiskPanel risk={risk} />);
    expect(screen.getByText('High risk')).toBeTruthy();
    const reason = document.querySelector('[data-reason="pay-outside"]')!;
    expect(reason.querySelector('.weight')?.textContent).toBe('+40');
    expect(document.querySelector('[data-reason="payment-verified"] .weight')?.textContent).toMatch(/^−\d+$/);
  });

  it('records the decision with its reason and date on the client', async () => {
    await freshDatabase();
    await clients.put(frenchCompany());
    render(<Page clientId="client-1" />);
    await waitFor(() => expect(screen.getByTestId('decision')).toBeTruthy());
    fireEvent.click(screen.getByLabelText('No-go'));
    fireEvent.click(screen.getByText('Record the decision'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Say why'));
    fireEvent.input(screen.getByLabelText('Reason'), { target: { value: 'Refuses to sign the quote.' } });
    fireEvent.click(screen.getByText('Record the decision'));
    await waitFor(async () => expect((await clients.get('client-1'))?.decision.status).toBe('no-go'));
    const decision = (await clients.get('client-1'))!.decision;
    expect(decision.reason).toBe('Refuses to sign the quote.');
    expect(decision.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('writes the missing-info message in French for a French client', async () => {
    await freshDatabase();
    await clients.put(frenchCompany({ phones: [], identifiers: {} }));
    render(<Page clientId="client-1" />);
    await waitFor(() => expect(screen.getByTestId('missing-info')).toBeTruthy());
    const body = (screen.getByLabelText('Message') as HTMLTextAreaElement).value;
    expect(body).toContain('Bonjour Claire Dupont');
    expect(body).toMatch(/téléphone/);
  });
});
