import { cleanVat, compactParty, legalIds } from './party';
import type { ImportedInvoice, ImportedParty, ImportField, ImportProblem, ProblemCode, SourceFormat } from './types';
import { parseDate, parseDecimal, parseTerms } from './values';
import { NS, child, children, path, textOf } from './xml';

/**
 * UN/CEFACT Cross Industry Invoice (D16B), the XML inside Factur-X and ZUGFeRD 2 and one of the two EN 16931
 * syntaxes. Every profile from MINIMUM to EXTENDED uses the same elements for what it carries, so one reader
 * serves them all; what a profile lacks stays undefined for the preview to complete.
 */

const ram = (name: string) => [NS.ram, name] as const;
const rsm = (name: string) => [NS.rsm, name] as const;

/** Factur-X and ZUGFeRD profile URNs, and the names the preview shows. */
const PROFILES: [RegExp, string][] = [
  [/factur-x\.eu:1p0:minimum|zugferd.*:minimum/i, 'MINIMUM'],
  [/factur-x\.eu:1p0:basicwl|zugferd.*:basicwl/i, 'BASIC WL'],
  [/factur-x\.eu:1p0:extended|zugferd.*:extended/i, 'EXTENDED'],
  [/factur-x\.eu:1p0:basic|zugferd.*:basic/i, 'BASIC'],
  [/xrechnung/i, 'XRECHNUNG'],
  [/^urn:cen\.eu:en16931:2017$/i, 'EN 16931'],
];

export const profileName = (urn: string | undefined): string | undefined =>
  urn ? (PROFILES.find(([pattern]) => pattern.test(urn))?.[1] ?? urn.slice(0, 80)) : undefined;

/** UNTDID 1001 document types: 381 and 396 are credit notes; the rest are invoices (380, 384 corrected, 389 self-billed…). */
const CREDIT_NOTE_TYPES = new Set(['381', '396', '81', '83', '532']);

const ciiParty = (el: Element | undefined): ImportedParty => {
  if (!el) return {};
  const ids = [child(child(el, ...ram('SpecifiedLegalOrganization')), ...ram('ID')), ...children(el, ...ram('GlobalID'))]
    .filter((e): e is Element => !!e)
    .map((e) => ({ scheme: e.getAttribute('schemeID') ?? undefined, value: textOf(e) ?? '' }));
  const vat = children(el, ...ram('SpecifiedTaxRegistration'))
    .map((r) => child(r, ...ram('ID')))
    .find((id) => id?.getAttribute('schemeID') === 'VA');
  const address = child(el, ...ram('PostalTradeAddress'));
  const contact = child(el, ...ram('DefinedTradeContact'));
  const street = [textOf(child(address, ...ram('LineOne'))), textOf(child(address, ...ram('LineTwo'))), textOf(child(address, ...ram('LineThree')))]
    .filter(Boolean)
    .join(', ');
  const email =
    children(el, ...ram('URIUniversalCommunication'))
      .map((u) => child(u, ...ram('URIID')))
      .find((u) => u?.getAttribute('schemeID') === 'EM' || /@/.test(textOf(u) ?? '')) ?? path(contact, ram('EmailURIUniversalCommunication'), ram('URIID'));
  return compactParty({
    name: textOf(child(el, ...ram('Name'))) ?? textOf(path(el, ram('SpecifiedLegalOrganization'), ram('TradingBusinessName'))),
    ...legalIds(ids),
    vat: cleanVat(textOf(vat)),
    email: textOf(email)?.replace(/^mailto:/i, ''),
    contactName: textOf(child(contact, ...ram('PersonName'))),
    address: {
      street: street || undefined,
      postalCode: textOf(child(address, ...ram('PostcodeCode'))),
      city: textOf(child(address, ...ram('CityName'))),
      region: textOf(child(address, ...ram('CountrySubDivisionName'))),
      country: textOf(child(address, ...ram('CountryID')))?.toUpperCase().slice(0, 2),
    },
  });
};

const dateIn = (el: Element | undefined): string | undefined => textOf(path(el, [NS.udt, 'DateTimeString']));

/** Shared by the CII and UBL readers: the problems one invoice's fields raise, and the amounts as minor units. */
export class FieldReader {
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly file: string,
    private readonly invoiceLabel: () => string,
  ) {}

  problem(code: ProblemCode, field: ImportField, severity: ImportProblem['severity'] = 'error', params?: string[]): void {
    this.problems.push({ code, severity, file: this.file, invoice: this.invoiceLabel(), field, ...(params ? { params } : {}) });
  }

  date(raw: string | undefined, field: ImportField, required: boolean): string | undefined {
    if (raw === undefined) {
      if (required) this.problem('missing', field);
      return undefined;
    }
    const date = parseDate(raw, 'ymd');
    if (!date) this.problem('bad-date', field, 'error', [raw]);
    return date;
  }

  amount(raw: string | undefined, currency: string, field: ImportField, required: boolean): number | undefined {
    if (raw === undefined) {
      if (required) this.problem('missing', field);
      return undefined;
    }
    const value = parseDecimal(raw, currency, '.');
    if (value === undefined) this.problem('bad-amount', field, 'error', [raw]);
    return value;
  }
}

/** Checks that hold for any source once amounts are read: signs, and net + VAT = total. */
export const checkTotals = (invoice: ImportedInvoice, reader: FieldReader): void => {
  for (const field of ['amount', 'taxAmount', 'netAmount', 'paid'] as const) {
    const value = invoice[field];
    if (value !== undefined && value < 0 && invoice.kind === 'invoice') reader.problem('negative-amount', field);
  }
  const { netAmount, taxAmount, amount } = invoice;
  if (netAmount !== undefined && taxAmount !== undefined && amount !== undefined && Math.abs(netAmount + taxAmount - amount) > 1) {
    reader.problem('totals-disagree', 'amount', 'warning');
  }
  if (invoice.kind === 'credit-note') reader.problem('credit-note', 'file', 'warning');
};

export const readCii = (doc: Document, file: string, format: SourceFormat): ImportedInvoice => {
  const root = doc.documentElement;
  const header = child(root, ...rsm('ExchangedDocument'));
  const transaction = child(root, ...rsm('SupplyChainTradeTransaction'));
  const agreement = child(transaction, ...ram('ApplicableHeaderTradeAgreement'));
  const delivery = child(transaction, ...ram('ApplicableHeaderTradeDelivery'));
  const settlement = child(transaction, ...ram('ApplicableHeaderTradeSettlement'));
  const summation = child(settlement, ...ram('SpecifiedTradeSettlementHeaderMonetarySummation'));
  const number = textOf(child(header, ...ram('ID')));
  const reader = new FieldReader(file, () => number ?? 'invoice 1');
  if (!number) reader.problem('missing', 'number');

  const currencyText = textOf(child(settlement, ...ram('InvoiceCurrencyCode')))?.toUpperCase();
  const currency = currencyText && /^[A-Z]{3}$/.test(currencyText) ? currencyText : undefined;
  if (!currencyText) reader.problem('missing', 'currency');
  else if (!currency) reader.problem('bad-currency', 'currency', 'error', [currencyText]);
  const money = currency ?? 'EUR';

  // With a second currency for VAT accounting (BT-6), the total is given twice: keep the invoice's.
  const taxTotals = children(summation, ...ram('TaxTotalAmount'));
  const taxTotal = taxTotals.find((t) => (t.getAttribute('currencyID') ?? money) === money) ?? taxTotals[0];
  const terms = children(settlement, ...ram('SpecifiedTradePaymentTerms'));
  const termsText = terms.map((t) => textOf(child(t, ...ram('Description')))).filter(Boolean).join(' ') || undefined;
  const dueRaw = terms.map((t) => dateIn(child(t, ...ram('DueDateDateTime')))).find(Boolean);

  const typeCode = textOf(child(header, ...ram('TypeCode')));
  const invoice: ImportedInvoice = {
    file,
    format,
    position: 'invoice 1',
    profile: profileName(textOf(path(root, rsm('ExchangedDocumentContext'), ram('GuidelineSpecifiedDocumentContextParameter'), ram('ID')))),
    kind: typeCode && CREDIT_NOTE_TYPES.has(typeCode) ? 'credit-note' : 'invoice',
    number,
    issueDate: reader.date(dateIn(child(header, ...ram('IssueDateTime'))), 'issueDate', true),
    dueDate: reader.date(dueRaw, 'dueDate', false),
    serviceDate: parseDate(dateIn(path(delivery, ram('ActualDeliverySupplyChainEvent'), ram('OccurrenceDateTime'))) ?? '', 'ymd'),
    termsText,
    terms: parseTerms(termsText),
    currency,
    netAmount: reader.amount(textOf(child(summation, ...ram('TaxBasisTotalAmount'))), money, 'netAmount', false),
    taxAmount: reader.amount(textOf(taxTotal), money, 'taxAmount', false),
    amount: reader.amount(textOf(child(summation, ...ram('GrandTotalAmount'))), money, 'amount', true),
    paid: reader.amount(textOf(child(summation, ...ram('TotalPrepaidAmount'))), money, 'paid', false),
    duePayable: reader.amount(textOf(child(summation, ...ram('DuePayableAmount'))), money, 'paid', false),
    poNumber: textOf(path(agreement, ram('BuyerOrderReferencedDocument'), ram('IssuerAssignedID'))),
    seller: ciiParty(child(agreement, ...ram('SellerTradeParty'))),
    buyer: ciiParty(child(agreement, ...ram('BuyerTradeParty'))),
    problems: reader.problems,
  };
  if (!invoice.buyer.name) reader.problem('missing', 'buyer');
  checkTotals(invoice, reader);
  return invoice;
};
