import { totals, type CiiInvoice, type Party } from './cii';

/** A UBL 2.1 Invoice with the same content as a CII one (EN 16931 binding), written for the import tests. */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const money = (minor: number) => (minor / 100).toFixed(2);

const party = (p: Party): string => {
  const legal = p.siret ? `<cbc:CompanyID schemeID="0009">${p.siret}</cbc:CompanyID>` : p.siren ? `<cbc:CompanyID schemeID="0002">${p.siren}</cbc:CompanyID>` : '';
  return `<cac:Party>${p.email ? `<cbc:EndpointID schemeID="EM">${esc(p.email)}</cbc:EndpointID>` : ''}<cac:PartyName><cbc:Name>${esc(p.name)}</cbc:Name></cac:PartyName><cac:PostalAddress>${p.street ? `<cbc:StreetName>${esc(p.street)}</cbc:StreetName>` : ''}${p.city ? `<cbc:CityName>${esc(p.city)}</cbc:CityName>` : ''}${p.postalCode ? `<cbc:PostalZone>${esc(p.postalCode)}</cbc:PostalZone>` : ''}<cac:Country><cbc:IdentificationCode>${p.country}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>${p.vat ? `<cac:PartyTaxScheme><cbc:CompanyID>${p.vat}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>` : ''}<cac:PartyLegalEntity><cbc:RegistrationName>${esc(p.name)}</cbc:RegistrationName>${legal}</cac:PartyLegalEntity>${p.contact ? `<cac:Contact><cbc:Name>${esc(p.contact)}</cbc:Name>${p.email ? `<cbc:ElectronicMail>${esc(p.email)}</cbc:ElectronicMail>` : ''}</cac:Contact>` : ''}</cac:Party>`;
};

export const ublXml = (invoice: CiiInvoice): string => {
  const t = totals(invoice);
  const c = invoice.currency;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- HAND-BUILT for the ClientCheck import tests: invented parties, not a specification example. -->
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
<cbc:ID>${esc(invoice.number)}</cbc:ID>
<cbc:IssueDate>${invoice.issueDate}</cbc:IssueDate>
${invoice.dueDate ? `<cbc:DueDate>${invoice.dueDate}</cbc:DueDate>` : ''}
<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
<cbc:DocumentCurrencyCode>${c}</cbc:DocumentCurrencyCode>
${invoice.poNumber ? `<cac:OrderReference><cbc:ID>${esc(invoice.poNumber)}</cbc:ID></cac:OrderReference>` : ''}
<cac:AccountingSupplierParty>${party(invoice.seller)}</cac:AccountingSupplierParty>
<cac:AccountingCustomerParty>${party(invoice.buyer)}</cac:AccountingCustomerParty>
${invoice.serviceDate ? `<cac:Delivery><cbc:ActualDeliveryDate>${invoice.serviceDate}</cbc:ActualDeliveryDate></cac:Delivery>` : ''}
${invoice.termsText ? `<cac:PaymentTerms><cbc:Note>${esc(invoice.termsText)}</cbc:Note></cac:PaymentTerms>` : ''}
<cac:TaxTotal><cbc:TaxAmount currencyID="${c}">${money(t.tax)}</cbc:TaxAmount>${t.taxes.map((x) => `<cac:TaxSubtotal><cbc:TaxableAmount currencyID="${c}">${money(x.basis)}</cbc:TaxableAmount><cbc:TaxAmount currencyID="${c}">${money(x.tax)}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>${x.rate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>`).join('')}</cac:TaxTotal>
<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="${c}">${money(t.net)}</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="${c}">${money(t.net)}</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="${c}">${money(t.gross)}</cbc:TaxInclusiveAmount>${t.prepaid ? `<cbc:PrepaidAmount currencyID="${c}">${money(t.prepaid)}</cbc:PrepaidAmount>` : ''}<cbc:PayableAmount currencyID="${c}">${money(t.due)}</cbc:PayableAmount></cac:LegalMonetaryTotal>
${invoice.lines.map((l, i) => `<cac:InvoiceLine><cbc:ID>${i + 1}</cbc:ID><cbc:InvoicedQuantity unitCode="DAY">${l.quantity}</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="${c}">${money(l.quantity * Math.round(Number(l.unitPrice) * 100))}</cbc:LineExtensionAmount><cac:Item><cbc:Name>${esc(l.name)}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>${l.vatRate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID="${c}">${l.unitPrice}</cbc:PriceAmount></cac:Price></cac:InvoiceLine>`).join('\n')}
</Invoice>
`;
};
