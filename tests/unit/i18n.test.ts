import { describe, expect, it } from 'vitest';
import { CATALOGUES, allKeys, message, messageFor } from '../../lib/i18n/messages';

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
