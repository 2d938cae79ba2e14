import type { PageReader } from './page-reader';
import { captureUpwork } from '../../platforms/upwork';

/** What the Upwork content script runs. Red flags: see ./page-reader.ts. */
export const readUpworkPage: PageReader = captureUpwork;
