import { describe, expect, it } from 'vitest';
import { looksLikePersonName, ownLines, parseSignature } from '../../../../lib/platforms/parse/signature';

const french = `Bonjour,

Suite à notre échange, voici le cahier des charges. Pouvez-vous me faire un devis ?

Bien cordialement,

Camille Fontaine
Directrice marketing | Atelier Brume SAS
12 rue de la Paix, 75002 Paris
Tél. : +33 1 84 80 12 34 — Mob. 06 12 34 56 78
camille.fontaine@atelier-brume.example
www.atelier-brume.example · linkedin.com/company/atelier-brume
SIRET 812 345 676 00017 – TVA FR19812345676

Le lun. 3 mars 2025 à 10:00, Sam <sam@example.org> a écrit :
> Bonjour Camille,
> Mon numéro : 07 00 00 00 00`;

describe('parseSignature', () => {
  it('reads a French signature and leaves the quoted reply out', () => {
    expect(parseSignature(french)).toEqual({
      name: 'Camille Fontaine',
      jobTitle: 'Directrice marketing',
      company: 'Atelier Brume SAS',
      phones: ['+33 1 84 80 12 34', '06 12 34 56 78'],
      emails: ['camille.fontaine@atelier-brume.example'],
      website: 'https://www.atelier-brume.example/',
      address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
      siret: '81234567600017',
      siren: '812345676',
      vat: 'FR19812345676',
    });
  });

  it('reads the lines after a "-- " delimiter', () => {
    const s = parseSignature('Hi,\nThanks!\n-- \nJohn Smith\nFounder at Northwind Ltd\n10 Downing Street, London SW1A 2AA\n+44 20 7946 0000\nCompany No. 01234567');
    expect(s).toMatchObject({
      name: 'John Smith',
      jobTitle: 'Founder',
      company: 'Northwind Ltd',
      phones: ['+44 20 7946 0000'],
      address: { postalCode: 'SW1A 2AA', country: 'GB' },
      companyNumber: '01234567',
    });
  });

  it('stops at Outlook and forwarded headers', () => {
    const body = 'Thanks\nAnna Schmidt\n\nFrom: Sam <sam@example.org>\nSent: Monday\nTo: Anna\n+49 30 1234567';
    expect(parseSignature(body)).toMatchObject({ name: 'Anna Schmidt', phones: [] });
    expect(ownLines('Hi\n---------- Forwarded message ---------\nFrom: x')).toEqual(['Hi']);
  });

  it('skips social profiles as the website', () => {
    expect(parseSignature('Best,\nJane Doe\nlinkedin.com/in/janedoe\nhttps://janedoe-design.example.com').website).toBe(
      'https://janedoe-design.example.com/',
    );
  });

  it('returns empty lists for empty or hostile bodies', () => {
    expect(parseSignature('')).toEqual({ phones: [], emails: [] });
    expect(parseSignature(null)).toEqual({ phones: [], emails: [] });
    const hostile = parseSignature('<img src=x onerror=alert(1)>\n' + 'A'.repeat(1_000_000));
    expect(hostile.phones).toEqual([]);
    expect(JSON.stringify(hostile).length).toBeLessThan(2_000);
  });
});

describe('looksLikePersonName', () => {
  it('accepts capitalised names and particles', () => {
    for (const n of ['Jane Doe', 'Jean-Pierre MARTIN', 'Anna von Berg', 'Dr. Anna Schmidt', 'Inès Moreau'])
      expect(looksLikePersonName(n), n).toBe(true);
  });

  it('refuses lines that are not names', () => {
    for (const n of ['Bien cordialement,', 'jane doe', 'Tel 06 12 34 56 78', 'Jane', 'A B C D E F', 'jane@example.org'])
      expect(looksLikePersonName(n), n).toBe(false);
  });
});
