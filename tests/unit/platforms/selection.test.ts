import { describe, expect, it } from 'vitest';
import { snapshotFromLink, snapshotFromSelection } from '../../../lib/platforms/selection';
import { ATELIER_BRUME, expectValidSnapshot } from './helpers';

const PAGE = 'https://www.example.com/some/page';

describe('snapshotFromSelection', () => {
  it('reads a selected signature block', () => {
    const s = snapshotFromSelection(
      `Camille Fontaine
Directrice marketing | Atelier Brume SAS
12 rue de la Paix, 75002 Paris
Tél. : +33 1 84 80 12 34
camille.fontaine@atelier-brume.example
www.atelier-brume.example
SIRET 812 345 676 00017 – TVA FR19812345676`,
      PAGE,
    );
    expectValidSnapshot(s);
    expect(s.platform).toBe('selection');
    expect(s.url).toBe(PAGE);
    expect(s.client).toEqual({
      ...ATELIER_BRUME,
      displayName: 'Atelier Brume SAS',
      emails: ['camille.fontaine@atelier-brume.example'],
      phones: ['+33 1 84 80 12 34'],
    });
    expect(s.fieldSources['client.siret']).toBe('Selected text');
  });

  it('reads a lone company or person name', () => {
    expect(snapshotFromSelection('Northwind Studio Ltd', PAGE)?.client).toEqual({ legalName: 'Northwind Studio Ltd', displayName: 'Northwind Studio Ltd' });
    expect(snapshotFromSelection('Studio Lumen', PAGE)?.client).toEqual({ displayName: 'Studio Lumen' });
    expect(snapshotFromSelection('Inès Moreau', PAGE)?.client).toEqual({ contactName: 'Inès Moreau', displayName: 'Inès Moreau' });
  });

  it('reads company ids and a platform profile in running text', () => {
    const s = snapshotFromSelection('Client: see https://www.freelancer.com/u/olivia_yogastudio, RCS Paris 552 100 554, company number SC123456', PAGE);
    expectValidSnapshot(s);
    expect(s.client).toMatchObject({ profileUrl: 'https://www.freelancer.com/u/olivia_yogastudio', externalId: 'olivia_yogastudio', siren: '552100554', companyNumber: 'SC123456' });
    expect(s.client.website).toBeUndefined();
  });

  it('keeps whatever was selected as the name to complete when nothing is recognised', () => {
    expect(snapshotFromSelection('  some words\u0000 here  ', PAGE)?.client).toEqual({ displayName: 'some words here' });
  });

  it('flags scam sentences in a selected message', () => {
    expect(snapshotFromSelection('Hello! Contact me on WhatsApp and pay the registration fee.', PAGE)?.redFlags.map((f) => f.kind)).toEqual([
      'off-platform',
      'money-asked',
    ]);
  });

  it('returns null for nothing, and bounds hostile selections', () => {
    expect(snapshotFromSelection('', PAGE)).toBeNull();
    expect(snapshotFromSelection('   \n ', PAGE)).toBeNull();
    expect(snapshotFromSelection('Jane', 'not a url')).toBeNull();
    const s = snapshotFromSelection(`<img src=x onerror=alert(1)>${'x'.repeat(1_000_000)}`, PAGE);
    expectValidSnapshot(s);
    expect(s.client.displayName?.length).toBe(300);
  });
});

describe('snapshotFromLink', () => {
  it('reads mailto: and tel: links', () => {
    expect(snapshotFromLink('mailto:Jane%40Example.org?subject=Quote', PAGE)?.client).toEqual({ emails: ['jane@example.org'] });
    expect(snapshotFromLink('tel:+33%201%2084%2080%2012%2034', PAGE)?.client).toEqual({ phones: ['+33 1 84 80 12 34'] });
    expect(snapshotFromLink('mailto:', PAGE)).toBeNull();
    expect(snapshotFromLink('tel:abc', PAGE)).toBeNull();
  });

  it('reads client profiles of known platforms', () => {
    const s = snapshotFromLink('https://www.freelancer.com/u/olivia_yogastudio?ref=x', PAGE);
    expectValidSnapshot(s);
    expect(s.platform).toBe('freelancer');
    expect(s.pageKind).toBe('profile-link');
    expect(s.client).toEqual({
      profileUrl: 'https://www.freelancer.com/u/olivia_yogastudio',
      externalId: 'olivia_yogastudio',
      displayName: 'olivia_yogastudio',
    });
    expect(snapshotFromLink('https://www.fiverr.com/brightpeak_media', PAGE)?.client.externalId).toBe('brightpeak_media');
    expect(snapshotFromLink('https://www.fiverr.com/categories', PAGE)?.platform).toBe('selection');
    expect(snapshotFromLink('https://www.upwork.com/companies/~01abcdef0123456789/', PAGE)?.client).toEqual({
      profileUrl: 'https://www.upwork.com/companies/~01abcdef0123456789/',
      externalId: '~01abcdef0123456789',
    });
  });

  it('takes any other web link as the client’s website, relative links included', () => {
    expect(snapshotFromLink('https://www.atelier-brume.example/contact?utm=1', PAGE)?.client).toEqual({
      website: 'https://www.atelier-brume.example/contact',
      displayName: 'atelier-brume.example',
    });
    expect(snapshotFromLink('/about', PAGE)?.client.website).toBe('https://www.example.com/about');
  });

  it('refuses other schemes', () => {
    expect(snapshotFromLink('javascript:alert(1)', PAGE)).toBeNull();
    expect(snapshotFromLink('data:text/html,<b>x</b>', PAGE)).toBeNull();
    expect(snapshotFromLink('', PAGE)).toBeNull();
    expect(snapshotFromLink('https://x.example', 'nope')).toBeNull();
  });
});

describe('snapshotFromSelection: the company named first', () => {
  it('takes a line with a legal form as the client, and the person as its contact', () => {
    const s = snapshotFromSelection(
      'Atelier Brume SAS\nCamille Fontaine\ncamille.fontaine@atelier-brume.example\nSIRET 812 345 676 00017',
      PAGE,
    );
    expect(s?.client).toMatchObject({
      legalName: 'Atelier Brume SAS',
      displayName: 'Atelier Brume SAS',
      contactName: 'Camille Fontaine',
      siret: '81234567600017',
    });
  });
});
