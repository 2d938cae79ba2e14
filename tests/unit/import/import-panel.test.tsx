// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportPanel } from '@/components/dashboard/import/ImportPanel';
import { db } from '@/lib/db/database';
import { clients as clientRepo, loadSettings } from '@/lib/db/repositories';
import { makeClient } from '../builders';
import { freshDatabase } from '../db/helpers';
import { resetUiAfterEach } from '../ui';

const chooseFiles = (files: File[]) => {
  const input = screen.getByLabelText('Choose files (PDF, XML, CSV)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
};

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('the import screen', () => {
  resetUiAfterEach();

  it('previews a CSV, writes nothing before the confirmation, then writes it all and tells the background', async () => {
    await freshDatabase();
    await clientRepo.put(makeClient({ id: 'orme', displayName: 'Studio Orme', emails: ['compta@studio-orme.example'] }));
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<ImportPanel onClose={() => undefined} today="2026-12-01" />);
    chooseFiles([
      csvFile(
        'ma-liste.csv',
        'Invoice #,Customer,Email,Invoice Date,Due Date,Total,Tax\r\n1087,Whoever,compta@studio-orme.example,08/14/2026,09/13/2026,3200.00,0.00\r\n1088,<b>New</b> Co,,08/20/2026,,500.00,0\r\n',
      ),
    ]);
    const preview = await screen.findByTestId('import-preview');
    await waitFor(() => expect(preview.querySelectorAll('tbody[data-row]')).toHaveLength(2));
    const [first, second] = [...preview.querySelectorAll('tbody[data-row]')] as HTMLElement[];
    expect(first.textContent).toContain('Studio Orme');
    expect(first.textContent).toContain('Matched by email');
    expect(first.textContent).toContain('13 Sept 2026');
    // Markup in a file is shown as text.
    expect(second.textContent).toContain('<b>New</b> Co');
    expect(second.querySelector('b')).toBeNull();
    expect(second.textContent).toContain('from your default terms');
    expect(screen.getByTestId('import-summary').textContent).toBe('2 to import, 0 to replace, 0 skipped; 1 new client.');
    expect(await db().invoices.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 invoices' }));
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toContain('Imported 2 invoices, 1 new client'));
    const stored = await db().invoices.toArray();
    expect(stored.map((i) => [i.number, i.amount, i.dueDate, i.source?.fileName])).toEqual(
      expect.arrayContaining([
        ['1087', 320_000, '2026-09-13', 'ma-liste.csv'],
        ['1088', 50_000, '2026-09-19', 'ma-liste.csv'],
      ]),
    );
    expect(stored[0].source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sent).toHaveBeenCalledWith(expect.objectContaining({ type: 'ui-bg:data-changed', tables: ['invoices', 'clients'], invoiceIds: expect.arrayContaining(stored.map((i) => i.id)) }));
    // The columns are remembered for this preset.
    expect((await loadSettings()).import?.csvMappings?.['spreadsheet-en']?.columns.number).toBe('Invoice #');
  }, 20_000);

  it('names refused files with the reason, and reads a Factur-X PDF', async () => {
    await freshDatabase();
    render(<ImportPanel onClose={() => undefined} today="2026-12-01" />);
    chooseFiles([
      new File([readFileSync('tests/fixtures/import/hostile/external-entity.xml')], 'external-entity.xml'),
      new File([readFileSync('tests/fixtures/import/factur-x/basic-wl.pdf')], 'basic-wl.pdf'),
    ]);
    const preview = await screen.findByTestId('import-preview');
    await waitFor(() => expect(preview.textContent).toContain('F2026-102'));
    expect(within(preview).getByText('Factur-X BASIC WL')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('external-entity.xml: refused: the XML declares a DOCTYPE or entities');
  }, 20_000);
});
