import { describe, expect, it } from 'vitest';
import { CATALOGUES, allKeys, message, messageFor, tn } from '../../lib/i18n/messages';

describe('message catalogues', () => {
  it('define each key once, across the shell and every feature', () => {
    const seen = new Map<string, string>();
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      for (const key of Object.keys(catalogue.en)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
    expect(seen.size).toBe(allKeys('en').length);
  });

  it('have the same keys in English and French, catalogue by catalogue', () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      expect(Object.keys(catalogue.fr).sort(), name).toEqual(Object.keys(catalogue.en).sort());
    }
  });

  it('fill named placeholders from positional values, and from named ones', () => {
    expect(message('evidence_phoneGiven', ['+33612345678'], 'en')).toBe('Phone given: +33612345678.');
    expect(message('evidence_phoneGiven', { phones: '+33612345678' }, 'en')).toBe('Phone given: +33612345678.');
  });

  it('never substitute inside a value', () => {
    expect(message('evidence_phoneGiven', ['$1 $PHONES$'], 'en')).toBe('Phone given: $1 $PHONES$.');
  });

  it('give back the key for one it does not know', () => {
    expect(messageFor('no_such_key')).toBe('no_such_key');
  });
});

describe('plural messages', () => {
  it('come in pairs: each "other" form beside its "one", in English and in French', () => {
    let plurals = 0;
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      for (const language of ['en', 'fr'] as const) {
        const keys = new Set(Object.keys(catalogue[language]));
        for (const key of keys) {
          const base = /^(.+)_other$/.exec(key)?.[1];
          if (!base) continue;
          plurals += 1;
          expect(keys.has(`${base}_one`), `${name}/${language}: ${key} has no _one`).toBe(true);
          expect(keys.has(base), `${name}/${language}: ${base} is also a plain message`).toBe(false);
        }
      }
    }
    expect(plurals).toBeGreaterThan(20);
  });

  it.each([
    // "1 invoice" and "2 invoices" in English, where 0 takes the plural.
    ['en', 'invoicesCount', 0, '0 invoices'],
    ['en', 'invoicesCount', 1, '1 invoice'],
    ['en', 'invoicesCount', 2, '2 invoices'],
    ['en', 'popupMoreReasons', 1, '1 more reason'],
    ['en', 'popupMoreReasons', 2, '2 more reasons'],
    // The singular for 0 and 1 in French, the plural from 2.
    ['fr', 'invoicesCount', 0, '0 facture'],
    ['fr', 'invoicesCount', 1, '1 facture'],
    ['fr', 'invoicesCount', 2, '2 factures'],
    ['fr', 'daysLate', 1, '1 jour de retard'],
    ['fr', 'daysLate', 62, '62 jours de retard'],
  ] as const)('say it in %s: %s for %i is %j', (language, key, count, expected) => {
    expect(tn(key, count, [], language)).toBe(expected);
  });

  it('write the count in the language’s digits and fill the other values after it', () => {
    expect(tn('popupMore', 636, [], 'en')).toBe('and 636 more in the dashboard');
    expect(tn('popupMore', 1636, [], 'fr')).toBe('et 1\u202f636 autres dans le tableau de bord');
    expect(tn('badgeOverdueTooltip', 1, ['EUR 1,440.00'], 'en')).toBe('ClientCheck — 1 invoice overdue: EUR 1,440.00');
    expect(tn('badgeOverdueTooltip', 3, ['1 440,00 €'], 'fr')).toBe('ClientCheck — 3 factures en retard : 1 440,00 €');
    expect(tn('import_file_csv_rows', 1, ['UTF-8', ';'], 'en')).toBe('CSV, 1 row, UTF-8, separator “;”');
  });

  it('read a form a language lacks as "other" (French "many" for a million)', () => {
    expect(tn('invoicesCount', 1_000_000, [], 'fr')).toBe('1\u202f000\u202f000 factures');
  });
});
