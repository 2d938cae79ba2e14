/**
 * Defaults as plain data: the zod schema uses them, and so does the popup's first paint, which
 * reads two settings without loading zod (see lib/db/queries.ts).
 */
export const SETTINGS_DEFAULTS = {
  language: 'auto',
  dueSoonDays: 7,
} as const;

