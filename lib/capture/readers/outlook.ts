import type { PageReader } from './page-reader';
import { extractOutlook } from '../../platforms/outlook';

/** What the Outlook content script runs. Red flags: see ./page-reader.ts. */
export const readOutlookPage: PageReader = extractOutlook;
