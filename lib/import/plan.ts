import { client as clientSchema, invoice as invoiceSchema, type Agreement, type Client, type Invoice, type PaymentTerms, type Settings } from '../model';
import { checkSeller, indexClients, matchClient, nameKey, type ClientLike, type MatchReason, type SellerCheck } from './match';
import { clientFromParty, dueDateOf, fieldsFromImport, invoiceFromFields, type DueDateFrom, type InvoiceFields } from './to-invoice';
import type { ImportedInvoice, ImportField, ImportProblem, SourceFormat } from './types';

/**
 * The preview, as a pure function of what the files say, what the database holds and what the user changed:
 * each invoice matched to a client or to a new one, duplicates found, the due date completed, every problem
 * named with its file, invoice and field, and the rows that would be written. Nothing here writes.
 */

export type RowAction = 'import' | 'replace' | 'skip';

/** What the user corrected or chose for one row of the preview. */
export interface RowEdit {
  number?: string;
  issueDate?: string;
  dueDate?: string;
  amount?: number;
  taxAmount?: number;
  currency?: string;
  /** The new client's name, when the file gives none or the user prefers another. */
  clientName?: string;
  /** An existing client chosen by hand, or `new` to create one even though a match was found. */
  clientId?: string;
  action?: RowAction;
}

export interface SourceFile {
  name: string;
  sha256: string;
  format: SourceFormat;
}

export type RowClient =
  | { kind: 'existing'; id: string; name: string; reason: MatchReason | 'chosen' }
  | { kind: 'new'; key: string; name: string; sameAsRow?: string };

export interface PlanRow {
  key: string;
  file: SourceFile;
  imported: ImportedInvoice;
  client: RowClient;
  fields: InvoiceFields;
  dueFrom?: DueDateFrom;
  seller: SellerCheck;
  /** The invoice already recorded for this client under this number. */
  duplicateOf?: Pick<Invoice, 'id' | 'number'>;
  /** An earlier row of this import with the same client and number. */
  duplicateOfRow?: string;
  problems: ImportProblem[];
  action: RowAction;
  /** Whether the row can be imported at all (no error left). */
  importable: boolean;
}

export interface PlanInput {
  invoices: readonly { key: string; file: SourceFile; imported: ImportedInvoice }[];
  clients: readonly ClientLike[];
  invoicesOnRecord: readonly Pick<Invoice, 'id' | 'clientId' | 'number' | 'createdAt' | 'chase' | 'agreementId' | 'confirmedMentions'>[];
  agreements: readonly Pick<Agreement, 'clientId' | 'paymentTerms' | 'status'>[];
  settings: Pick<Settings, 'defaultTerms' | 'freelancer'>;
  edits: Readonly<Record<string, RowEdit>>;
  today: string;
}

const numberKey = (n: string | undefined) => (n ?? '').trim().toLowerCase();

/** The terms a client's invoices follow: its one signed (or sent) agreement's, else the default in Settings. */
const termsFor = (clientId: string | undefined, input: PlanInput): { terms: PaymentTerms; from: 'agreement-terms' | 'settings-terms' } => {
  const live = clientId ? input.agreements.filter((a) => a.clientId === clientId && a.status !== 'ended' && a.status !== 'draft') : [];
  return live.length === 1 ? { terms: live[0].paymentTerms, from: 'agreement-terms' } : { terms: input.settings.defaultTerms, from: 'settings-terms' };
};

export const planImport = (input: PlanInput): PlanRow[] => {
  const index = indexClients(input.clients);
  const byId = new Map(input.clients.map((c) => [c.id, c]));
  const recorded = new Map<string, PlanInput['invoicesOnRecord'][number]>();
  for (const inv of input.invoicesOnRecord) recorded.set(`${inv.clientId}\u0000${numberKey(inv.number)}`, inv);
  const seenInBatch = new Map<string, string>();
  // New clients of this import, so two invoices to one new buyer create one client.
  const newClients = new Map<string, { key: string; row: string; name: string }>();

  return input.invoices.map(({ key, file, imported }) => {
    const edit = input.edits[key] ?? {};
    const problems: ImportProblem[] = [...imported.problems];
    const label = () => edit.number ?? imported.number ?? imported.position;
    const problem = (code: ImportProblem['code'], field: ImportField, severity: ImportProblem['severity'], params?: string[]) =>
      problems.push({ code, severity, file: file.name, invoice: label(), field, ...(params ? { params } : {}) });
    // A corrected field clears the problems the file had with it.
    const edited = new Set<ImportField>(
      (['number', 'issueDate', 'dueDate', 'amount', 'taxAmount', 'currency'] as const).filter((f) => edit[f] !== undefined),
    );
    if (edit.clientName || edit.clientId) edited.add('buyer');
    for (let i = problems.length - 1; i >= 0; i--) if (edited.has(problems[i].field)) problems.splice(i, 1);

    // The client.
    let client: RowClient;
    const chosen = edit.clientId && edit.clientId !== 'new' ? byId.get(edit.clientId) : undefined;
    const match = edit.clientId === 'new' ? undefined : chosen ? { client: chosen, reason: 'chosen' as const } : matchClient(imported.buyer, index);
    if (match) client = { kind: 'existing', id: match.client.id, name: match.client.displayName, reason: match.reason };
    else {
      const name = (edit.clientName ?? imported.buyer.name ?? '').trim().slice(0, 300);
      const known = newClients.get(nameKey(name) || `row:${key}`);
      client = known ? { kind: 'new', key: known.key, name: known.name, sameAsRow: known.row } : { kind: 'new', key: `new:${key}`, name };
      if (!known && nameKey(name)) newClients.set(nameKey(name), { key: `new:${key}`, row: key, name });
      if (!name && !problems.some((p) => p.field === 'buyer')) problem('missing', 'buyer', 'error');
    }

    // The fields, the user's corrections over the file's.
    const base = fieldsFromImport(imported);
    const fields: InvoiceFields = {
      ...base,
      ...(edit.number !== undefined ? { number: edit.number.trim() } : {}),
      ...(edit.issueDate !== undefined ? { issueDate: edit.issueDate } : {}),
      ...(edit.amount !== undefined ? { amount: edit.amount } : {}),
      ...(edit.taxAmount !== undefined ? { taxAmount: edit.taxAmount } : {}),
      ...(edit.currency !== undefined ? { currency: edit.currency.toUpperCase() } : {}),
    };
    let dueFrom: DueDateFrom | undefined;
    if (edit.dueDate !== undefined) {
      fields.dueDate = edit.dueDate;
      dueFrom = 'edited';
    } else {
      const due = dueDateOf(imported, fields.issueDate, termsFor(client.kind === 'existing' ? client.id : undefined, input));
      fields.dueDate = due.dueDate;
      dueFrom = due.from;
      if (due.from && due.from !== 'file') {
        problem('due-from-terms', 'dueDate', 'info', [`${due.terms!.days}`, due.terms!.endOfMonth ? 'eom' : 'net', due.from]);
        if (imported.termsText && !imported.terms) problem('terms-unread', 'dueDate', 'warning', [imported.termsText]);
      }
    }
    if (fields.number === '' || fields.number === undefined) {
      if (!problems.some((p) => p.field === 'number')) problem('missing', 'number', 'error');
    }
    if (edit.issueDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(edit.issueDate)) problem('bad-date', 'issueDate', 'error', [edit.issueDate]);

    // Whose invoice: the freelancer's, per Settings.
    const seller = imported.format === 'csv' ? 'unknown' : checkSeller(imported.seller, input.settings.freelancer);
    if (seller === 'not-you') problem('seller-not-you', 'seller', 'warning', [imported.seller.name ?? '']);
    if (seller === 'unchecked') problem('seller-unchecked', 'seller', 'info');

    // Duplicates: the same number for the same client, recorded already or earlier in this import.
    const clientKey = client.kind === 'existing' ? client.id : client.key;
    const duplicateOf = client.kind === 'existing' ? recorded.get(`${client.id}\u0000${numberKey(fields.number)}`) : undefined;
    const batchKey = `${clientKey}\u0000${numberKey(fields.number)}`;
    const duplicateOfRow = fields.number ? seenInBatch.get(batchKey) : undefined;
    if (duplicateOfRow) problem('duplicate-in-files', 'number', 'warning');
    else if (fields.number) seenInBatch.set(batchKey, key);

    // What would be written, validated now so the preview names any field the database would refuse.
    const errors = problems.some((p) => p.severity === 'error');
    if (!errors) {
      const candidate = invoiceFromFields(fields, imported.format, {
        id: 'preview',
        clientId: clientKey.slice(0, 64),
        source: { format: file.format, fileName: file.name.slice(0, 260) || '?', sha256: file.sha256, importedAt: new Date(0).toISOString() },
        now: new Date(0).toISOString(),
        today: input.today,
      });
      const checked = invoiceSchema.safeParse(candidate);
      if (!checked.success) for (const issue of checked.error.issues.slice(0, 3)) problem('validation', fieldOfPath(issue.path), 'error', [issue.path.join('.'), issue.message]);
      if (client.kind === 'new' && !client.sameAsRow) {
        const newClient = clientFromParty(imported.buyer, client.name, 'preview', new Date(0).toISOString());
        const clientChecked = clientSchema.safeParse(newClient);
        if (!clientChecked.success) for (const issue of clientChecked.error.issues.slice(0, 3)) problem('validation', 'buyer', 'error', [issue.path.join('.'), issue.message]);
      }
    }

    const importable = !problems.some((p) => p.severity === 'error') && imported.kind === 'invoice';
    const defaultAction: RowAction = !importable || duplicateOf || duplicateOfRow || seller === 'not-you' || problems.some((p) => p.code === 'cancelled') ? 'skip' : 'import';
    let action = edit.action ?? defaultAction;
    if (!importable || duplicateOfRow) action = 'skip';
    else if (action === 'replace' && !duplicateOf) action = 'import';
    else if (action === 'import' && duplicateOf) action = 'skip';
    return {
      key,
      file,
      imported,
      client,
      fields,
      dueFrom,
      seller,
      ...(duplicateOf ? { duplicateOf: { id: duplicateOf.id, number: duplicateOf.number } } : {}),
      ...(duplicateOfRow ? { duplicateOfRow } : {}),
      problems,
      action,
      importable,
    };
  });
};

const FIELD_OF: Record<string, ImportField> = {
  number: 'number',
  issueDate: 'issueDate',
  dueDate: 'dueDate',
  amount: 'amount',
  taxAmount: 'taxAmount',
  currency: 'currency',
  poNumber: 'poNumber',
  payments: 'paid',
  status: 'status',
};
const fieldOfPath = (path: readonly PropertyKey[]): ImportField => FIELD_OF[String(path[0])] ?? 'file';

export interface PlanSummary {
  toImport: number;
  toReplace: number;
  skipped: number;
  withErrors: number;
  newClients: number;
}

export const summarise = (rows: readonly PlanRow[]): PlanSummary => ({
  toImport: rows.filter((r) => r.action === 'import').length,
  toReplace: rows.filter((r) => r.action === 'replace').length,
  skipped: rows.filter((r) => r.action === 'skip').length,
  withErrors: rows.filter((r) => !r.importable).length,
  newClients: new Set(rows.filter((r) => r.action !== 'skip' && r.client.kind === 'new').map((r) => (r.client as { key: string }).key)).size,
});

export interface ImportWrites {
  clients: Client[];
  invoices: Invoice[];
}

/** The clients and invoices the chosen rows become, with fresh ids; the invoice keeps a link to its file. */
export const writesOf = (
  rows: readonly PlanRow[],
  input: Pick<PlanInput, 'invoicesOnRecord' | 'today'>,
  context: { now: string; newId: () => string },
): ImportWrites => {
  const clients = new Map<string, Client>();
  const invoices: Invoice[] = [];
  const recorded = new Map(input.invoicesOnRecord.map((i) => [i.id, i]));
  for (const row of rows) {
    if (row.action === 'skip') continue;
    let clientId: string;
    if (row.client.kind === 'existing') clientId = row.client.id;
    else {
      let created = clients.get(row.client.key);
      if (!created) {
        created = clientFromParty(row.imported.buyer, row.client.name, context.newId(), context.now);
        clients.set(row.client.key, created);
      }
      clientId = created.id;
    }
    invoices.push(
      invoiceFromFields(row.fields, row.imported.format, {
        id: context.newId(),
        clientId,
        source: { format: row.file.format, fileName: row.file.name.slice(0, 260), sha256: row.file.sha256, importedAt: context.now },
        now: context.now,
        today: input.today,
        replacing: row.action === 'replace' && row.duplicateOf ? recorded.get(row.duplicateOf.id) : undefined,
      }),
    );
  }
  return { clients: [...clients.values()], invoices };
};
