import type { ClientSnapshot } from '../../model/snapshot';

/**
 * What a content script runs on its pages, one module per script so each bundle holds only its
 * own platform. On job pages the red-flag phrase lists stay out (about 7 KB): the background scans
 * the job description instead; Gmail and Outlook leave the email (signature, red flags) to the
 * background the same way, and the other platforms their whole page (../complete-capture.ts). The
 * bench times these same readers.
 */
export type PageReader = (doc: Document, url: URL) => ClientSnapshot | null;
