import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../lib/platforms/generic';
import { readJsonLd, readLegalNotice } from '../../../lib/platforms/parse/structured';
import { ATELIER_BRUME, expectValidSnapshot, htmlDocument, readPage } from './helpers';

describe('legal notice page with JSON-LD (reconstruction)', () => {
  it('reads the company from JSON-LD, links and the legal text', () => {
    const s = readPage(extractGeneric, 'web/legal-notice.html', 'https://www.atelier-brume.example/mentions-legales');
    expect(s.platform).toBe('web');
    expect(s.pageKind).toBe('legal-notice');
    expect(s.client, 'client').toEqual({
      ...ATELIER_BRUME,
      displayName: 'Atelier Brume',
      emails: ['bonjour@atelier-brume.example'],
      phones: ['+33 1 84 80 12 34'],
    });
    expect(s.fieldSources['client.siret']).toBe('Legal notice');
    expect(s.fieldSources['client.legalName']).toBe('schema.org Organization (JSON-LD)');
  });

  it('reads a legal notice without any JSON-LD', () => {
    const doc = htmlDocument(`<title>Mentions légales</title><main><h1>Mentions légales</h1>
      <p>Garage Martin &amp; Fils SARL au capital de 8 000 €, RCS Nantes 908 765 431.</p>
      <p>Siège social : 4 allée des Tilleuls, 44000 Nantes</p>
      <p>N° TVA : FR46908765431 — Tél. 02 40 00 00 00</p></main>`);
    const s = extractGeneric(doc, new URL('https://www.garage-martin.example/mentions-legales'));
    expectValidSnapshot(s);
    expect(s.client).toEqual({
      legalName: 'Garage Martin & Fils SARL',
      displayName: 'Garage Martin & Fils SARL',
      siren: '908765431',
      vat: 'FR46908765431',
      street: '4 allée des Tilleuls',
      postalCode: '44000',
      city: 'Nantes',
      country: 'FR',
      phones: ['02 40 00 00 00'],
      website: 'https://www.garage-martin.example',
    });
  });

  it('reads a UK registered-company line', () => {
    const notice = readLegalNotice('Northwind Studio Ltd is a company registered in England and Wales, company number 09876543. Registered office: 10 Downing Street, London SW1A 2AA.');
    expect(notice).toMatchObject({ legalName: 'Northwind Studio Ltd', companyNumber: '09876543', address: { postalCode: 'SW1A 2AA', city: 'London' } });
  });

  it('returns null on a page that says nothing about a business', () => {
    expect(extractGeneric(htmlDocument('<main><p>Just a blog post about cats.</p></main>'), new URL('https://blog.example/cats'))).toBeNull();
    expect(extractGeneric(htmlDocument(''), new URL('https://example.com/'))).toBeNull();
  });
});

describe('readJsonLd', () => {
  it('walks @graph arrays, nested entities and type lists; ignores broken scripts', () => {
    const doc = htmlDocument(`
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
        {"@type":"JobPosting","hiringOrganization":{"@type":"Organization","name":"Globex","telephone":"+1 415 555 0132",
          "address":{"@type":"PostalAddress","streetAddress":"1 Main St","addressLocality":"Springfield","addressCountry":{"@type":"Country","name":"United States"}}}}]}</script>
      <script type="application/ld+json">[{"@type":["LocalBusiness"],"name":"Café Lumière","email":"mailto:hello@cafe.example","taxID":"812 345 676 00017"}]</script>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">{"@type":"Person","name":"Jane Roe","email":"jane@roe.example"}</script>`);
    const entities = readJsonLd(doc);
    expect(entities.map((e) => [e.kind, e.name])).toEqual([
      ['organization', 'Globex'],
      ['organization', 'Café Lumière'],
      ['person', 'Jane Roe'],
    ]);
    expect(entities[0]).toMatchObject({ phones: ['+1 415 555 0132'], countryName: 'United States', address: { street: '1 Main St', city: 'Springfield' } });
    expect(entities[1]).toMatchObject({ emails: ['hello@cafe.example'], siret: '81234567600017' });
  });

  it('bounds its walk on hostile JSON', () => {
    let nested = '{"@type":"Organization","name":"Deep"}';
    for (let i = 0; i < 2_000; i++) nested = `{"a":${nested}}`;
    const wide = `[${Array.from({ length: 5_000 }, (_, i) => `{"@type":"Organization","name":"O${i}"}`).join(',')}]`;
    const doc = htmlDocument(`<script type="application/ld+json">${nested}</script><script type="application/ld+json">${wide}</script>`);
    const entities = readJsonLd(doc);
    expect(entities.length).toBeLessThanOrEqual(501);
    expect(entities.some((e) => e.name === 'Deep')).toBe(false);
  });
});
