import type { ClientSnapshot } from '../model';
import { readLeftPage } from '../platforms/other-platforms';
import { readLeftUpwork } from '../platforms/upwork';
import { readLeftMail } from '../platforms/parse/mail';
import { flagJobDescription } from '../platforms/parse/red-flags';

/**
 * What the background adds to a capture before keeping it. Content scripts stay small by leaving
 * these readings to it, with the same functions the full extractors use:
 * - job pages ship without the red-flag phrase lists (about 7 KB, English and French): the job
 *   description is in the snapshot, so it is scanned here;
 * - Gmail and Outlook ship without the signature parsers (about 14 KB): the email is in
 *   `snapshot.mail`, read here and then dropped, never stored;
 * - Upwork ships without any parser (money, counts, dates, ratings): the job page's texts are in
 *   `snapshot.upwork`, parsed here and then dropped;
 * - Fiverr, Malt, Codeur.com, PeoplePerHour, Guru and ComeUp ship without any parser (address, contact,
 *   JSON-LD, money: about 25 KB): the page is in `snapshot.page`, read here and then dropped.
 * Null when the email or the page turned out to say nothing of a client.
 */
export const completeCapture = (snapshot: ClientSnapshot): ClientSnapshot | null => {
  if (snapshot.mail) return readLeftMail(snapshot);
  if (snapshot.page) return readLeftPage(snapshot);
  if (snapshot.upwork) return readLeftUpwork(snapshot);
  return flagJobDescription(snapshot);
};
