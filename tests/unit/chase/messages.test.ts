import { describe, expect, it } from 'vitest';
import { CHASE_LADDERS } from '../../../lib/billing/rules/chase-ladder';
import { TEMPLATE_LABEL_KEYS } from '../../../lib/chase/settings';
import { CATALOGUES } from '../../../lib/i18n/messages';

const chase = CATALOGUES.chase;

describe('chase messages', () => {
  it('name every step and procedure of every shipped ladder, and every letter template, in both languages', () => {
    const keys = Object.values(CHASE_LADDERS).flatMap((ladder) =>
      ladder.steps.flatMap((step) => [step.labelKey, ...(step.procedures ?? []).map((p) => p.labelKey)]),
    );
    for (const key of [...new Set(keys), ...Object.values(TEMPLATE_LABEL_KEYS)]) {
      expect(Object.keys(chase.en), key).toContain(key);
      expect(Object.keys(chase.fr), key).toContain(key);
    }
  });

  it('are in the browser format: keys of letters, digits and underscores; named placeholders declared as $1..$9', () => {
    for (const [language, catalogue] of Object.entries(chase)) {
      for (const [key, entry] of Object.entries(catalogue as Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), `${language} ${key}`).not.toBe('');
        expect(entry.description, key).toBeTruthy();
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
          expect(entry.placeholders?.[name.toLowerCase()]?.content, `${language} ${key} $${name}$`).toMatch(/^\$[1-9]$/);
        }
      }
    }
  });

  it('French follows French typography: a no-break space before the colon, typographic apostrophes', () => {
    for (const [key, entry] of Object.entries(chase.fr as Record<string, { message: string }>)) {
      expect(entry.message, key).not.toMatch(/ [:;?!]/);
      expect(entry.message, key).not.toContain("'");
    }
  });
});
