import { describe, expect, it } from 'vitest';
import { messageKey } from '@/components/dashboard/import/problems';
import { allKeys } from '@/lib/i18n/messages';
import { CSV_FIELDS, CSV_PRESETS } from '@/lib/import/csv-presets';
import { IMPORT_FIELDS, PROBLEM_CODES } from '@/lib/import/types';

/** Keys the import screen builds from codes: each must exist, in English and in French. */
const built = [
  ...PROBLEM_CODES.map((c) => messageKey('import_problem', c)),
  ...IMPORT_FIELDS.map((f) => messageKey('import_field', f)),
  ...CSV_FIELDS.map((f) => messageKey('import_csv_field', f)),
  ...CSV_PRESETS.map((p) => messageKey('import_preset', p.id)),
  ...[...CSV_PRESETS.map((p) => p.id), 'custom'].map((id) => messageKey('import_preset_about', id)),
  ...['siret', 'siren', 'vat', 'email', 'name', 'chosen'].map((r) => messageKey('import_match', r)),
  ...['file', 'file-terms', 'agreement-terms', 'settings-terms', 'edited'].map((d) => messageKey('import_due', d)),
  ...['import', 'replace', 'skip'].map((a) => messageKey('import_action', a)),
  ...['error', 'warning', 'info'].map((s) => messageKey('import_severity', s)),
];

describe('import messages', () => {
  it.each(['en', 'fr'] as const)('%s has every key the screen builds from a code', (language) => {
    const keys = new Set(allKeys(language));
    expect(built.filter((key) => !keys.has(key))).toEqual([]);
  });
});
