import type { PageReader } from './page-reader';
import { extractGmailWith } from '../../platforms/gmail';

/** What the Gmail content script runs: the email itself is read in the background (see ./page-reader.ts). */
export const readGmailPage: PageReader = (doc, url) => extractGmailWith(doc, url, {});
