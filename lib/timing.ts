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
  /** Reading the chosen file and parsing its JSON. */
  backupParse: 'clientcheck:backup-parse',
  /** The rows' check, summed: it runs in slices while the database writes the slices before. */
  backupValidate: 'clientcheck:backup-validate',
  /** The transaction that checks and writes the file. */
  backupWrite: 'clientcheck:backup-write',
  backupRead: 'clientcheck:backup-read',
  /** Checks and risk for one client. */
  vetting: 'clientcheck:vetting-assessment',
  /** From the popup's start to a captured client's risk on screen. */
  popupAssessment: 'clientcheck:popup-assessment',
  /** The same, from our script's start (the browser's page creation left out, as for the first render). */
  popupAssessmentFromScript: 'clientcheck:popup-assessment-from-script',
  /** The dashboard's invoices table: its script starts (a mark) → every invoice loaded, first rows on screen. */
  dashboardScriptStart: 'clientcheck:dashboard-script-start',
  invoicesFirstRender: 'clientcheck:invoices-first-render',
  invoicesFromScript: 'clientcheck:invoices-from-script',
  invoicesQuery: 'clientcheck:invoices-query',
  /** Script start → every invoice loaded (the aging, filters and exports need them all). */
  invoicesAllLoaded: 'clientcheck:invoices-all-loaded',
  /** Invoice import: the import screen's code loaded (on demand), files read (PDF reader included), the write. */
  importPanelLoad: 'clientcheck:import-panel-load',
  importRead: 'clientcheck:import-read',
  /** The PDF reader's chunk fetched and evaluated, the first time a PDF is dropped. */
  importPdfReaderLoad: 'clientcheck:import-pdf-reader-load',
  importWrite: 'clientcheck:import-write',
  /** The confirm click → "Imported" on screen: the write, the background told, the screen updated. */
  importConfirm: 'clientcheck:import-confirm',
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

/**
 * Once per page: `name` from the start of the navigation to now, and `fromScript.name` from the page
 * script's own start mark (when the script set one) to the same moment.
 */
export const measureOnce = (name: string, fromScript: { mark: string; name: string }): void => {
  if (performance.getEntriesByName(name).length > 0) return;
  const end = performance.now();
  performance.measure(name, { start: 0, end });
  if (performance.getEntriesByName(fromScript.mark).length > 0) performance.measure(fromScript.name, { start: fromScript.mark, end });
};
