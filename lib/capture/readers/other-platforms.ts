import type { PageReader } from './page-reader';
import { captureOtherPlatform } from '../../platforms/other-platforms';

/** What the content script of Fiverr, Malt, Codeur.com, PeoplePerHour, Guru and ComeUp runs: the page itself is read in the background (see ./page-reader.ts). */
export const readOtherPlatformPage: PageReader = captureOtherPlatform;
