/**
 * UN/CEFACT CII (Factur-X / ZUGFeRD 2) invoices written for the import tests, one per Factur-X profile. Each
 * profile carries what the Factur-X 1.07 specification lets it carry: MINIMUM has no addresses, terms or due
 * date; BASIC WL adds them without lines; BASIC and EN 16931 add lines; EXTENDED adds what only it allows.
 * Every party is invented (domains end in `.example`), its identifiers arbitrary numbers with valid check digits.
 */

export type Profile = 'MINIMUM' | 'BASIC WL' | 'BASIC' | 'EN 16931' | 'EXTENDED';

export const PROFILE_URN: Record<Profile, string> = {
  MINIMUM: 'urn:factur-x.eu:1p0:minimum',
  'BASIC WL': 'urn:factur-x.eu:1p0:basicwl',
  BASIC: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
  'EN 16931': 'urn:cen.eu:en16931:2017',
  EXTENDED: 'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended',
};

/** The Factur-X XMP `fx:ConformanceLevel` of each profile. */
export const CONFORMANCE_LEVEL: Record<Profile, string> = {
  MINIMUM: 'MINIMUM',
  'BASIC WL': 'BASIC WL',
  BASIC: 'BASIC',
  'EN 16931': 'EN 16931',
  EXTENDED: 'EXTENDED',
};

export interface Party {
  name: string;
  siren?: string;
  siret?: string;
  vat?: string;
  email?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  country: string;
  contact?: string;
}

export interface Line {
  name: string;
  quantity: number;
  /** Unit price excluding VAT, in major units as written ("650.00"). */
  unitPrice: string;
  vatRate: number;
}

export interface CiiInvoice {
  profile: Profile;
  number: string;
  typeCode?: '380' | '381';
  issueDate: string;
  dueDate?: string;
  termsText?: string;
  serviceDate?: string;
  currency: string;
  seller: Party;
  buyer: Party;
  poNumber?: string;
  lines: Line[];
  /** Already paid (a deposit), in major units. */
  prepaid?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cents = (major: string) => Math.round(Number(major) * 100);
const money = (minor: number) => (minor / 100).toFixed(2);
const d102 = (iso: string) => iso.replace(/-/g, '');

export const totals = (invoice: Pick<CiiInvoice, 'lines' | 'prepaid'>) => {
  const byRate = new Map<number, number>();
  for (const line of invoice.lines) byRate.set(line.vatRate, (byRate.get(line.vatRate) ?? 0) + line.quantity * cents(line.unitPrice));
  const net = [...byRate.values()].reduce((a, b) => a + b, 0);
  const taxes = [...byRate].map(([rate, basis]) => ({ rate, basis, tax: Math.round((basis * rate) / 100) }));
  const tax = taxes.reduce((a, t) => a + t.tax, 0);
  const gross = net + tax;
  const prepaid = invoice.prepaid ? cents(invoice.prepaid) : 0;
  return { net, tax, gross, taxes, prepaid, due: gross - prepaid };
};

const party = (p: Party, role: 'Seller' | 'Buyer', full: boolean): string => {
  const ids: string[] = [];
  const legal = p.siret ? `<ram:ID schemeID="0009">${p.siret}</ram:ID>` : p.siren ? `<ram:ID schemeID="0002">${p.siren}</ram:ID>` : '';
  if (legal) ids.push(`<ram:SpecifiedLegalOrganization>${legal}</ram:SpecifiedLegalOrganization>`);
  const contact =
    full && p.contact ? `<ram:DefinedTradeContact><ram:PersonName>${esc(p.contact)}</ram:PersonName></ram:DefinedTradeContact>` : '';
  const address = full
    ? `<ram:PostalTradeAddress>${p.postalCode ? `<ram:PostcodeCode>${esc(p.postalCode)}</ram:PostcodeCode>` : ''}${p.street ? `<ram:LineOne>${esc(p.street)}</ram:LineOne>` : ''}${p.city ? `<ram:CityName>${esc(p.city)}</ram:CityName>` : ''}<ram:CountryID>${p.country}</ram:CountryID></ram:PostalTradeAddress>`
    : role === 'Seller'
      ? `<ram:PostalTradeAddress><ram:CountryID>${p.country}</ram:CountryID></ram:PostalTradeAddress>`
      : '';
  const email = full && p.email ? `<ram:URIUniversalCommunication><ram:URIID schemeID="EM">${esc(p.email)}</ram:URIID></ram:URIUniversalCommunication>` : '';
  const vat = p.vat ? `<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${p.vat}</ram:ID></ram:SpecifiedTaxRegistration>` : '';
  return `<ram:${role}TradeParty><ram:Name>${esc(p.name)}</ram:Name>${ids.join('')}${contact}${address}${email}${vat}</ram:${role}TradeParty>`;
};

const lineItem = (line: Line, index: number, profile: Profile): string => {
  const net = line.quantity * cents(line.unitPrice);
  const extended = profile === 'EXTENDED' ? '<ram:IncludedNote><ram:Content>Detailed in the signed quote.</ram:Content></ram:IncludedNote>' : '';
  return `<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>${index + 1}</ram:LineID>${extended}</ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>${esc(line.name)}</ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>${line.unitPrice}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="DAY">${line.quantity}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>${line.vatRate === 0 ? 'E' : 'S'}</ram:CategoryCode><ram:RateApplicablePercent>${line.vatRate}</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${money(net)}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`;
};

/** The CII XML of one invoice, with only the elements its profile allows. */
export const ciiXml = (invoice: CiiInvoice): string => {
  const { profile } = invoice;
  const full = profile !== 'MINIMUM';
  const withLines = profile === 'BASIC' || profile === 'EN 16931' || profile === 'EXTENDED';
  const t = totals(invoice);
  const delivery =
    full && invoice.serviceDate
      ? `<ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">${d102(invoice.serviceDate)}</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>`
      : '<ram:ApplicableHeaderTradeDelivery/>';
  const taxes = full
    ? t.taxes
        .map(
          (x) =>
            `<ram:ApplicableTradeTax><ram:CalculatedAmount>${money(x.tax)}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>${x.rate === 0 ? '<ram:ExemptionReason>TVA non applicable, art. 293 B du CGI</ram:ExemptionReason>' : ''}<ram:BasisAmount>${money(x.basis)}</ram:BasisAmount><ram:CategoryCode>${x.rate === 0 ? 'E' : 'S'}</ram:CategoryCode><ram:RateApplicablePercent>${x.rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>`,
        )
        .join('')
    : '';
  const terms =
    full && (invoice.termsText || invoice.dueDate)
      ? `<ram:SpecifiedTradePaymentTerms>${invoice.termsText ? `<ram:Description>${esc(invoice.termsText)}</ram:Description>` : ''}${invoice.dueDate ? `<ram:DueDateDateTime><udt:DateTimeString format="102">${d102(invoice.dueDate)}</udt:DateTimeString></ram:DueDateDateTime>` : ''}</ram:SpecifiedTradePaymentTerms>`
      : '';
  const summation = [
    withLines ? `<ram:LineTotalAmount>${money(t.net)}</ram:LineTotalAmount>` : full ? `<ram:LineTotalAmount>${money(t.net)}</ram:LineTotalAmount>` : '',
    `<ram:TaxBasisTotalAmount>${money(t.net)}</ram:TaxBasisTotalAmount>`,
    `<ram:TaxTotalAmount currencyID="${invoice.currency}">${money(t.tax)}</ram:TaxTotalAmount>`,
    `<ram:GrandTotalAmount>${money(t.gross)}</ram:GrandTotalAmount>`,
    full && t.prepaid ? `<ram:TotalPrepaidAmount>${money(t.prepaid)}</ram:TotalPrepaidAmount>` : '',
    `<ram:DuePayableAmount>${money(t.due)}</ram:DuePayableAmount>`,
  ].join('');
  const note =
    full && invoice.buyer.country === 'FR'
      ? '<ram:IncludedNote><ram:Content>Pénalités de retard : trois fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.</ram:Content><ram:SubjectCode>PMD</ram:SubjectCode></ram:IncludedNote>'
      : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext>${profile === 'EXTENDED' ? '<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>A1</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>' : ''}<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${PROFILE_URN[profile]}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>${esc(invoice.number)}</ram:ID><ram:TypeCode>${invoice.typeCode ?? '380'}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">${d102(invoice.issueDate)}</udt:DateTimeString></ram:IssueDateTime>${note}</rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>
${withLines ? invoice.lines.map((l, i) => lineItem(l, i, profile)).join('\n') : ''}
<ram:ApplicableHeaderTradeAgreement>${party(invoice.seller, 'Seller', full)}${party(invoice.buyer, 'Buyer', full)}${invoice.poNumber ? `<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>${esc(invoice.poNumber)}</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>` : ''}</ram:ApplicableHeaderTradeAgreement>
${delivery}
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>${invoice.currency}</ram:InvoiceCurrencyCode>${taxes}${terms}<ram:SpecifiedTradeSettlementHeaderMonetarySummation>${summation}</ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;
};

/** The Factur-X XMP metadata a PDF/A-3 invoice carries (Factur-X 1.07 §6.2.2). */
export const facturXXmp = (profile: Profile, title: string): string => `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(title)}</rdf:li></rdf:Alt></dc:title></rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"><fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>factur-x.xml</fx:DocumentFileName><fx:Version>1.0</fx:Version><fx:ConformanceLevel>${CONFORMANCE_LEVEL[profile]}</fx:ConformanceLevel></rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
