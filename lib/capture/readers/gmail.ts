import type { PageReader } from './page-reader';
import { captureGmail } from '../../platforms/gmail';

/** What the Gmail content script runs: the email itself is read in the background (see ./page-reader.ts). */
export const readGmailPage: PageReader = captureGmail;
