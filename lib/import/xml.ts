/**
 * Invoice XML through the browser's own `DOMParser`, with namespaces, after three refusals: a file past the
 * size limit, any DOCTYPE (the door to entity expansion — "billion laughs" — and to external entities, which
 * no invoice standard uses), and text that is not well-formed.
 */

export type XmlRefusal = 'too-large' | 'doctype' | 'invalid';

export class XmlRefused extends Error {
  constructor(
    readonly reason: XmlRefusal,
    detail: string = reason,
  ) {
    super(detail);
  }
}

export const NS = {
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
  ublInvoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  ublCreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

/** Bytes to text: the XML declaration's encoding when it names one the browser knows, else UTF-8 (with or without BOM). */
export const decodeXml = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
};

export const parseXml = (text: string, maxBytes: number): Document => {
  // Characters, not bytes, but UTF-16 length ≥ UTF-8 length / 3: a cheap, safe first bound.
  if (text.length > maxBytes) throw new XmlRefused('too-large');
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) throw new XmlRefused('doctype');
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error || !doc.documentElement) throw new XmlRefused('invalid', error?.textContent?.trim().slice(0, 200) ?? 'not XML');
  return doc;
};

/** The first child element with this namespace and local name. */
export const child = (parent: Element | undefined, ns: string, name: string): Element | undefined => {
  if (!parent) return undefined;
  for (const c of Array.from(parent.children)) if (c.localName === name && c.namespaceURI === ns) return c;
  return undefined;
};

export const children = (parent: Element | undefined, ns: string, name: string): Element[] =>
  parent ? Array.from(parent.children).filter((c) => c.localName === name && c.namespaceURI === ns) : [];

/** Walks a path of `[namespace, name]` steps, first match at each step. */
export const path = (from: Element | undefined, ...steps: (readonly [string, string])[]): Element | undefined => {
  let at = from;
  for (const [ns, name] of steps) at = child(at, ns, name);
  return at;
};

/** Trimmed text, or undefined when absent or blank. */
export const textOf = (el: Element | undefined): string | undefined => {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};
