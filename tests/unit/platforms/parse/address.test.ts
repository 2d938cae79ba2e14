import { describe, expect, it } from 'vitest';
import { findAddresses, parseAddress } from '../../../../lib/platforms/parse/address';

describe('parseAddress', () => {
  it.each([
    ['12 rue de la Paix, 75002 Paris', { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' }],
    ['12 rue de la Paix 75002 Paris', { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' }],
    ['10 Downing Street, London SW1A 2AA', { street: '10 Downing Street', postalCode: 'SW1A 2AA', city: 'London', country: 'GB' }],
    ['Unter den Linden 1, 10117 Berlin', { street: 'Unter den Linden 1', postalCode: '10117', city: 'Berlin', country: 'DE' }],
    ['Hauptstraße 5, 80331 München, Deutschland', { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'DE' }],
    [
      '1600 Amphitheatre Pkwy, Mountain View, CA 94043',
      { street: '1600 Amphitheatre Pkwy', postalCode: '94043', city: 'Mountain View', country: 'US' },
    ],
  ])('%s', (text, expected) => {
    expect(parseAddress(text)).toEqual(expected);
  });

  it('reads addresses over several lines, with bis, CEDEX and a country line', () => {
    expect(parseAddress('Atelier Brume SAS\n12 bis, avenue des Champs-Élysées\n75008 PARIS CEDEX 08\nFrance')).toEqual({
      street: '12 bis avenue des Champs-Élysées',
      postalCode: '75008',
      city: 'PARIS',
      country: 'FR',
    });
    expect(parseAddress('Jane Doe\n3 rue du 8 Mai 1945\n69003 Lyon')).toEqual({
      street: '3 rue du 8 Mai 1945',
      postalCode: '69003',
      city: 'Lyon',
      country: 'FR',
    });
    expect(parseAddress('Flat 2, 221B Baker Street\nLondon\nNW1 6XE')).toEqual({
      street: '221B Baker Street',
      postalCode: 'NW1 6XE',
      city: 'London',
      country: 'GB',
    });
  });

  it('does not mistake amounts, SIRETs or counts for addresses', () => {
    expect(parseAddress('Société au capital de 50000 euros')).toBeUndefined();
    expect(parseAddress('SIRET 732 829 320 00074 Paris')).toBeUndefined();
    expect(parseAddress('We have 12000 Users')).toBeUndefined();
    expect(parseAddress('Paris')).toBeUndefined();
    expect(parseAddress('')).toBeUndefined();
  });

  it('finds several addresses in order and bounds the work', () => {
    const text = 'Siège : 12 rue de la Paix, 75002 Paris. Office: 10 Downing Street, London SW1A 2AA.';
    expect(findAddresses(text).map((a) => a.postalCode)).toEqual(['75002', 'SW1A 2AA']);
    expect(findAddresses('1 rue A, 75001 Paris\n'.repeat(1_000), 3)).toHaveLength(3);
    expect(parseAddress('x'.repeat(1_000_000))).toBeUndefined();
  });
});
