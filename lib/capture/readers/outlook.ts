import type { PageReader } from './page-reader';
import { captureOutlook } from '../../platforms/outlook';

/** What the Outlook content script runs: the email itself is read in the background (see ./page-reader.ts). */
export const readOutlookPage: PageReader = captureOutlook;
