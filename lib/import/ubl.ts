import { FieldReader, checkTotals } from './cii';
import { cleanVat, compactParty, legalIds } from './party';
import type { ImportedInvoice, ImportedParty } from './types';
import { parseTerms } from './values';
import { NS, child, children, path, textOf } from './xml';

/** OASIS UBL 2.1 Invoice and CreditNote, the other EN 16931 syntax (Peppol BIS Billing 3.0 uses it). */

const cac = (name: string) => [NS.cac, name] as const;
const cbc = (name: string) => [NS.cbc, name] as const;

const ublParty = (el: Element | undefined): ImportedParty => {
  if (!el) return {};
  const legal = child(el, ...cac('PartyLegalEntity'));
  const ids = [child(legal, ...cbc('CompanyID')), ...children(el, ...cac('PartyIdentification')).map((p) => child(p, ...cbc('ID')))]
    .filter((e): e is Element => !!e)
    .map((e) => ({ scheme: e.getAttribute('schemeID') ?? undefined, value: textOf(e) ?? '' }));
  const vat = children(el, ...cac('PartyTaxScheme')).find((s) => textOf(path(s, cac('TaxScheme'), cbc('ID'))) === 'VAT');
  const address = child(el, ...cac('PostalAddress'));
  const endpoint = child(el, ...cbc('EndpointID'));
  const email = endpoint?.getAttribute('schemeID') === 'EM' ? textOf(endpoint) : textOf(path(el, cac('Contact'), cbc('ElectronicMail')));
  const street = [textOf(child(address, ...cbc('StreetName'))), textOf(child(address, ...cbc('AdditionalStreetName'))), textOf(path(address, cac('AddressLine'), cbc('Line')))]
    .filter(Boolean)
    .join(', ');
  return compactParty({
    name: textOf(path(el, cac('PartyName'), cbc('Name'))) ?? textOf(child(legal, ...cbc('RegistrationName'))),
    ...legalIds(ids),
    vat: cleanVat(textOf(child(vat, ...cbc('CompanyID')))),
    email,
    contactName: textOf(path(el, cac('Contact'), cbc('Name'))),
    address: {
      street: street || undefined,
      postalCode: textOf(child(address, ...cbc('PostalZone'))),
      city: textOf(child(address, ...cbc('CityName'))),
      region: textOf(child(address, ...cbc('CountrySubentity'))),
      country: textOf(path(address, cac('Country'), cbc('IdentificationCode')))?.toUpperCase().slice(0, 2),
    },
  });
};

export const readUbl = (doc: Document, file: string): ImportedInvoice => {
  const root = doc.documentElement;
  const creditNote = root.localName === 'CreditNote';
  const number = textOf(child(root, ...cbc('ID')));
  const reader = new FieldReader(file, () => number ?? 'invoice 1');
  if (!number) reader.problem('missing', 'number');
  const currencyText = textOf(child(root, ...cbc('DocumentCurrencyCode')))?.toUpperCase();
  const currency = currencyText && /^[A-Z]{3}$/.test(currencyText) ? currencyText : undefined;
  if (!currencyText) reader.problem('missing', 'currency');
  else if (!currency) reader.problem('bad-currency', 'currency', 'error', [currencyText]);
  const money = currency ?? 'EUR';
  const totals = child(root, ...cac('LegalMonetaryTotal'));
  // A second TaxTotal, without subtotals, may give the VAT in the accounting currency (BT-111): keep the invoice's.
  const taxAmounts = children(root, ...cac('TaxTotal')).map((t) => child(t, ...cbc('TaxAmount')));
  const taxTotal = taxAmounts.find((t) => (t?.getAttribute('currencyID') ?? money) === money) ?? taxAmounts[0];
  const termsText = children(root, ...cac('PaymentTerms')).map((t) => textOf(child(t, ...cbc('Note')))).filter(Boolean).join(' ') || undefined;
  // Invoice has cbc:DueDate; a CreditNote (and UBL 2.0) puts it in PaymentMeans.
  const dueRaw = textOf(child(root, ...cbc('DueDate'))) ?? children(root, ...cac('PaymentMeans')).map((m) => textOf(child(m, ...cbc('PaymentDueDate')))).find(Boolean);
  const typeCode = textOf(child(root, ...cbc('InvoiceTypeCode')));
  const invoice: ImportedInvoice = {
    file,
    format: 'ubl',
    position: 'invoice 1',
    profile: textOf(child(root, ...cbc('CustomizationID')))?.slice(0, 80),
    kind: creditNote || typeCode === '381' ? 'credit-note' : 'invoice',
    number,
    issueDate: reader.date(textOf(child(root, ...cbc('IssueDate'))), 'issueDate', true),
    dueDate: reader.date(dueRaw, 'dueDate', false),
    serviceDate: textOf(path(root, cac('Delivery'), cbc('ActualDeliveryDate'))),
    termsText,
    terms: parseTerms(termsText),
    currency,
    netAmount: reader.amount(textOf(child(totals, ...cbc('TaxExclusiveAmount'))), money, 'netAmount', false),
    taxAmount: reader.amount(textOf(taxTotal), money, 'taxAmount', false),
    amount: reader.amount(textOf(child(totals, ...cbc('TaxInclusiveAmount'))), money, 'amount', true),
    paid: reader.amount(textOf(child(totals, ...cbc('PrepaidAmount'))), money, 'paid', false),
    duePayable: reader.amount(textOf(child(totals, ...cbc('PayableAmount'))), money, 'paid', false),
    poNumber: textOf(path(root, cac('OrderReference'), cbc('ID'))),
    seller: ublParty(path(root, cac('AccountingSupplierParty'), cac('Party'))),
    buyer: ublParty(path(root, cac('AccountingCustomerParty'), cac('Party'))),
    problems: reader.problems,
  };
  if (invoice.serviceDate && !/^\d{4}-\d{2}-\d{2}$/.test(invoice.serviceDate)) invoice.serviceDate = undefined;
  if (!invoice.buyer.name) reader.problem('missing', 'buyer');
  checkTotals(invoice, reader);
  return invoice;
};
