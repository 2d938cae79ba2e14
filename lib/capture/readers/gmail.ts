import type { PageReader } from './page-reader';
import { extractGmail } from '../../platforms/gmail';

/** What the Gmail content script runs. Red flags: see ./page-reader.ts. */
export const readGmailPage: PageReader = extractGmail;
