import type { PageReader } from './page-reader';
import { extractOtherPlatformWith } from '../../platforms/other-platforms';

/** What the content script of Fiverr, Malt, Codeur.com, PeoplePerHour, Guru and ComeUp runs. Red flags: see ./page-reader.ts. */
export const readOtherPlatformPage: PageReader = (doc, url) => extractOtherPlatformWith(doc, url, {});
