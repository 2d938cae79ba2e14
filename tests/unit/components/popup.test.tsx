// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { TODAY, freshDatabase, withSampleData } from '../db/helpers';
import { makeSnapshot } from '../builders';
import { headOf } from '@/lib/session/popup-list';
import { CHECK_INS } from '@/lib/session/items';
import { writeSession } from '@/lib/session/store';
import type { CheckInDue } from '@/lib/billing/check-in';
import { CapturePreview } from '@/components/popup/CapturePreview';
import { assessCapture } from '@/lib/vetting/capture-assessment';
import { RiskSummary, TOP_REASONS } from '@/components/popup/VettingSummary';
import { setPopupLanguage } from '@/components/popup/popup-text';
import type { RiskAssessment, RiskReason } from '@/lib/vetting/risk/score';
import { resetUiAfterEach } from '../ui';

describe('Popup first screen', () => {
  resetUiAfterEach();

  it('lists the overdue invoices, most late first, and what falls due soon', async () => {
    await withSampleData();
    render(<Popup today={TODAY} />);
    await waitFor(() => expect(screen.getByTestId('overdue-list')).toBeTruthy());
    const overdue = screen.getByTestId('overdue-list').querySelectorAll('li');
    expect(overdue).toHaveLength(2);
    expect(overdue[0].textContent).toContain('Atelier Lumière');
    expect(overdue[0].textContent).toContain('12 days late');
    expect(overdue[1].textContent).toContain('3 days late');
    expect(screen.getByText('€6,600.00 + £1,200.00 overdue in all')).toBeTruthy();
    expect(screen.getByTestId('due-soon-list').querySelectorAll('li')).toHaveLength(1);
  });

  it('says plainly when nothing is overdue or due soon', async () => {
    await freshDatabase();
    render(<Popup today={TODAY} />);
    await waitFor(() => expect(screen.getByText('Nothing overdue. Every sent invoice is within its terms.')).toBeTruthy());
    expect(screen.getByText('Nothing falls due in the next 7 days.')).toBeTruthy();
  });

  it('speaks French when the settings say so', async () => {
    const database = await withSampleData();
    await database.settings.put({ ...(await import('@/lib/model')).defaultSettings(), language: 'fr' });
    render(<Popup today={TODAY} />);
    await waitFor(() => expect(screen.getByText('En retard')).toBeTruthy());
    expect(screen.getByText('12 jours de retard')).toBeTruthy();
  });

  it('shows a client name with markup as text, never as HTML', async () => {
    const database = await withSampleData();
    await database.clients.update('demo-client-atelier', { displayName: '<img src=x onerror=alert(1)>' });
    const { container } = render(<Popup today={TODAY} />);
    // Atelier has one overdue invoice and one due soon: the name shows in both lists, as text.
    await waitFor(() => expect(screen.getAllByText('<img src=x onerror=alert(1)>')).toHaveLength(2));
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('paints the check-ins the background listed: five lines, the rest counted, and follows its updates', async () => {
    await withSampleData();
    const due = (n: number): CheckInDue[] =>
      Array.from({ length: n }, (_, i) => ({
        clientId: `c${i}`,
        clientName: `Client ${i + 1}`,
        after: 'payment' as const,
        eventOn: '2026-03-01',
        dueOn: '2026-03-15',
      }));
    await writeSession(CHECK_INS, headOf(due(9)));
    render(<Popup today={TODAY} />);
    await waitFor(() => expect(screen.getByTestId('check-ins')).toBeTruthy());
    expect(screen.getByTestId('check-ins').querySelectorAll('li')).toHaveLength(5);
    expect(screen.getByRole('heading', { name: 'Check in with 9' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'and 4 more in the dashboard' })).toBeTruthy();

    await writeSession(CHECK_INS, headOf(due(2)));
    await waitFor(() => expect(screen.getByTestId('check-ins').querySelectorAll('li')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /more in the dashboard/ })).toBeNull();
  });

  it("paints the background's assessment of a capture: the decision, the risk and its quotes, as text", async () => {
    await freshDatabase();
    const snapshot = makeSnapshot({
      capturedAt: '2026-03-01T09:00:00.000Z',
      signals: { paymentVerified: false },
      redFlags: [{ kind: 'pay-outside', quote: '<img src=x onerror=alert(1)> pay me on PayPal' }],
    });
    const assessment = await assessCapture(snapshot, TODAY);
    const { container } = render(
      <CapturePreview
        snapshot={snapshot}
        assessment={{
          ...assessment,
          known: { clientId: 'c1', displayName: 'Acme', reason: 'platform-id', certain: true },
          decision: { status: 'no-go', reason: 'Wants PayPal.', decidedAt: '2026-03-02T10:00:00.000Z' },
        }}
      />,
    );
    // Who: the name saved for the client, never "Name not shown on this page".
    expect(container.querySelector('.capture-name')?.textContent).toBe('Acme');
    expect(screen.getByTestId('known-client').textContent).toContain('In your clients');
    expect(screen.getByTestId('decision-line').textContent).toContain('Wants PayPal.');
    expect(container.querySelector('[data-level]')?.textContent).toBe('High risk');
    expect(screen.getByText('<img src=x onerror=alert(1)> pay me on PayPal')).toBeTruthy();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('counts what it folds in the language\'s plural: "1 more reason", "2 more reasons", « 1 autre raison »', () => {
    const reason = (id: string) => ({ id, kind: 'warning', hard: false, weight: 5, messageKey: 'risk_newAccount', messageParams: [], evidence: [] }) as unknown as RiskReason;
    const risk = (n: number): RiskAssessment => ({ level: 'medium', score: 30, reasons: Array.from({ length: n }, (_, i) => reason(`r${i}`)), goodSignals: [] }) as unknown as RiskAssessment;
    const { rerender } = render(<RiskSummary risk={risk(TOP_REASONS + 1)} />);
    expect(screen.getByText('1 more reason')).toBeTruthy();
    rerender(<RiskSummary risk={risk(TOP_REASONS + 2)} />);
    expect(screen.getByText('2 more reasons')).toBeTruthy();
    setPopupLanguage('fr');
    rerender(<RiskSummary risk={risk(TOP_REASONS + 1)} />);
    expect(screen.getByText('1 autre raison')).toBeTruthy();
    setPopupLanguage('en');
  });
});
