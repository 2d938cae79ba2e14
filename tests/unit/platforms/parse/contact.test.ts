import { describe, expect, it } from 'vitest';
import {
  domainOf,
  emailFromMailto,
  findEmails,
  findPhoneCandidates,
  findUrls,
  phoneFromTel,
} from '../../../../lib/platforms/parse/contact';

describe('findEmails', () => {
  it('finds, lower-cases and deduplicates addresses', () => {
    expect(findEmails('Jane <Jane.Doe@Example.FR>, jane.doe@example.fr; ops+invoices@acme.example')).toEqual([
      'jane.doe@example.fr',
      'ops+invoices@acme.example',
    ]);
  });

  it('reads addresses written to dodge scrapers', () => {
    expect(findEmails('contact (at) acme (dot) co (dot) uk')).toEqual(['contact@acme.co.uk']);
    expect(findEmails('jane [at] example.org')).toEqual(['jane@example.org']);
  });

  it('skips image names and broken addresses', () => {
    expect(findEmails('logo@2x.png icon@3x.webp x@y a@b.c')).toEqual([]);
    expect(findEmails('')).toEqual([]);
  });

  it('bounds the result', () => {
    const many = Array.from({ length: 100 }, (_, i) => `u${i}@example.com`).join(' ');
    expect(findEmails(many)).toHaveLength(20);
  });
});

describe('findUrls and domainOf', () => {
  it('finds absolute, www. and bare addresses with a known top-level domain', () => {
    expect(findUrls('see www.acme.fr/contact, https://acme.io/a?b=1. Or acme-studio.com')).toEqual([
      'https://www.acme.fr/contact',
      'https://acme.io/a?b=1',
      'https://acme-studio.com/',
    ]);
  });

  it('leaves library names and email domains alone', () => {
    expect(findUrls('Node.js, Next.js and Vue.js; jane@acme.fr')).toEqual([]);
    expect(findUrls('javascript:alert(1)')).toEqual([]);
  });

  it('approximates the registrable domain', () => {
    expect(domainOf('https://www.mail.acme.co.uk/x')).toBe('acme.co.uk');
    expect(domainOf('jane@acme.fr')).toBe('acme.fr');
    expect(domainOf('www.acme.fr')).toBe('acme.fr');
    expect(domainOf('https://shop.example.com:8443/a')).toBe('example.com');
    expect(domainOf('localhost')).toBeUndefined();
    expect(domainOf('')).toBeUndefined();
    expect(domainOf('not a url at all')).toBeUndefined();
  });
});

describe('findPhoneCandidates', () => {
  it('finds international, national and North-American shapes as written', () => {
    expect(
      findPhoneCandidates('Tel: +33 6 12 34 56 78 / Fax 01.23.45.67.89, (415) 555-0132, +44 (0)20 7946 0000, 0044 20 7946 0001'),
    ).toEqual(['+33 6 12 34 56 78', '01.23.45.67.89', '(415) 555-0132', '+44 (0)20 7946 0000', '0044 20 7946 0001']);
  });

  it('ignores dates, SIREN/SIRET groupings, amounts and IP addresses', () => {
    expect(findPhoneCandidates('SIRET 732 829 320 00074, RCS Paris 732 829 320, 03/03/2019, 2019-03-03, 4 500,00 €, 192.168.100.200')).toEqual([]);
  });

  it('deduplicates the same number written twice', () => {
    expect(findPhoneCandidates('+33 6 12 34 56 78 or 0033 6 12 34 56 78')).toEqual(['+33 6 12 34 56 78']);
  });
});

describe('mailto: and tel: links', () => {
  it('reads the address of a mailto: link without its query', () => {
    expect(emailFromMailto('mailto:Jane%40example.org?subject=Hello')).toBe('jane@example.org');
    expect(emailFromMailto('mailto:a@example.org,b@example.org')).toBe('a@example.org');
    expect(emailFromMailto('mailto:%E0%A4%A')).toBeUndefined();
    expect(emailFromMailto('https://example.org')).toBeUndefined();
  });

  it('reads the number of a tel: link', () => {
    expect(phoneFromTel('tel:+33184801234')).toBe('+33184801234');
    expect(phoneFromTel('tel:+1%20415%20555%200132')).toBe('+1 415 555 0132');
    expect(phoneFromTel('tel:javascript:alert(1)')).toBeUndefined();
    expect(phoneFromTel('tel:12')).toBeUndefined();
  });
});
