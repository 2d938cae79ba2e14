/**
 * User Timing marks around the operations the budgets name (popup first render, overdue count,
 * backup import and export). They cost microseconds, show in DevTools' performance panel, and are
 * what `npm run bench` reads from the real browser.
 */
export const MEASURES = {
  popupFirstRender: 'clientcheck:popup-first-render',
  popupScriptStart: 'clientcheck:popup-script-start',
  popupFromScript: 'clientcheck:popup-from-script',
  overview: 'clientcheck:overview-query',
  recount: 'clientcheck:overdue-recount',
  backupExport: 'clientcheck:backup-export',
  backupImport: 'clientcheck:backup-import',
  backupValidate: 'clientcheck:backup-validate',
  backupWrite: 'clientcheck:backup-write',
  backupRead: 'clientcheck:backup-read',
} as const;

export const timed = async <T,>(name: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
};

export const measureSync = <T,>(name: string, work: () => T): T => {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
};
