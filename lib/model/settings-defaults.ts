/**
 * Defaults as plain data: the zod schema uses them, and so does the popup's first paint, which
 * reads two settings without loading zod (see lib/db/queries.ts).
 */
export const SETTINGS_DEFAULTS = {
  language: 'auto',
  dueSoonDays: 7,
  /** Days after a delivery or the last payment before a check-in with the client. */
  checkInDays: 14,
  /** Days changes may wait in no backup before the dashboard offers one (0: never). */
  backupReminderDays: 14,
} as const;

