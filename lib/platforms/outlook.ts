/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com): the sender of the open
 * message. There is no trustworthy public markup evidence (PLATFORMS.md), so this reads what holds across
 * redesigns: the reading pane's "Name <address>" text, elements whose title or label is an address,
 * mailto: links, the message id in the URL, then the signature in the body's last lines.
 */
import type { ClientSnapshot } from '../model/snapshot';
import { allOf, attrOf, first, linesOf, textOf, type Selectors } from './parse/dom';
import { SnapshotDraft } from './parse/draft';
import { emailFromMailto, findEmails } from './parse/contact';
import { leaveMail, readLeftMail, type Sender } from './parse/mail';
import { OUTLOOK_HOSTS } from './hosts';
import { onPlatformHost } from './parse/url';

/**
 * Seen in public extensions that read Outlook (2025), not on a saved page: every one is a guess that the
 * fallbacks below cover. Our reconstruction is tests/fixtures/outlook/reading-pane.html.
 */
export const OUTLOOK_SELECTORS = {
  readingPane: [
    '#ReadingPaneContainerId', // public extensions, 2025
    '[data-app-section="ConversationContainer"]',
    '[data-app-section="MailReadingPaneContainer"]',
    '[role="region"][aria-label*="Reading" i]',
    '[role="region"][aria-label*="lecture" i]', // French UI: "Volet de lecture"
    '[role="main"]',
  ],
  header: [
    '[data-app-section="SenderLine"]',
    '[aria-label^="From" i]',
    '[aria-label^="De " i]',
  ],
  addressHints: [
    '[title*="@"]', // the sender's name carries the address as its title
    '[aria-label*="@"]',
  ],
  subject: [
    '[data-app-section="SubjectLine"]',
    '[role="heading"][aria-level="2"]',
    '[role="heading"]',
  ],
  body: [
    '[aria-label="Message body"]',
    '[aria-label="Corps du message"]',
    '[role="document"]',
  ],
  accountManager: [
    '#mectrl_currentAccount_secondary', // Microsoft account control: the signed-in address
    '[id^="mectrl_"]',
  ],
  quoted: [
    '#divRplyFwdMsg', // header block of the quoted message in replies
    'blockquote',
  ],
} as const satisfies Record<string, Selectors>;

const S = OUTLOOK_SELECTORS;

export const matches = (url: URL): boolean => onPlatformHost(url, OUTLOOK_HOSTS);

// "Camille Fontaine <camille@atelier.example>"
const NAME_AND_ADDRESS = /([^<>\n,;:]{2,80}?)\s*<\s*([^<>\s@]+@[^<>\s]+)\s*>/;

function ownAddresses(doc: Document): string[] {
  return allOf(doc, S.accountManager, 20).flatMap((el) => findEmails(textOf(el, 500)));
}

const isQuoted = (el: Element): boolean => el.tagName === 'BLOCKQUOTE' || el.id === 'divRplyFwdMsg' || el.id === 'x_divRplyFwdMsg';

/** The sender, read three ways: "Name <address>" text, an element titled with the address, a mailto: link. */
function senderIn(pane: Element, mine: (email: string | undefined) => boolean): Sender {
  const header = first(pane, S.header) ?? pane;
  const named = NAME_AND_ADDRESS.exec(textOf(header, 3_000));
  const namedEmail = named ? findEmails(named[2])[0] : undefined;
  if (named && !mine(namedEmail)) {
    return { email: namedEmail, name: named[1]!.replace(/^(?:From|De)\s*:?\s*/i, '').trim(), source: 'Reading pane › sender' };
  }
  const visibleName = (el: Element): string | undefined => {
    const name = textOf(el, 300).replace(/<[^>]*>/g, '').trim();
    return name && !name.includes('@') ? name : undefined;
  };
  for (const el of allOf(header, S.addressHints, 20)) {
    const email = findEmails(`${attrOf(el, 'title', 320)} ${attrOf(el, 'aria-label', 320)}`)[0];
    if (!mine(email)) return { email, name: visibleName(el), source: 'Reading pane › sender (address in title)' };
  }
  for (const link of allOf(pane, ['a[href^="mailto:" i]'], 20)) {
    const email = emailFromMailto(attrOf(link, 'href', 2_000));
    if (!mine(email)) return { email, name: visibleName(link), source: 'Reading pane › mailto link' };
  }
  return { source: 'Reading pane › sender' };
}

function readOutlook(doc: Document, url: URL): ClientSnapshot | null {
  const pane = first(doc, S.readingPane);
  if (!pane) return null;
  const own = new Set(ownAddresses(doc));
  const mine = (email: string | undefined): boolean => email === undefined || own.has(email);
  const draft = new SnapshotDraft('outlook', 'email', url);

  const sender = senderIn(pane, mine);
  // /mail/inbox/id/<id>, /mail/0/deeplink/read/<id>: the message id Outlook puts in the address.
  draft.setClient('externalId', 'Page address › message id', () => {
    const m = /\/(?:id|read)\/([^/?#]+)/.exec(url.pathname)?.[1];
    try {
      return m ? decodeURIComponent(m) : undefined;
    } catch {
      return m;
    }
  });
  draft.setJob('title', 'Reading pane › subject', () => textOf(first(pane, S.subject), 500));

  const body = first(pane, S.body);
  // Who wrote is judged in the background, once the email is read (lib/capture/complete-capture.ts).
  return leaveMail(draft.build(), {
    sender,
    ownText: linesOf(body, { maxChars: 60_000, skip: isQuoted }).join('\n'),
    signatureSource: 'Signature (last lines of the message)',
    ownEmails: [...own],
  });
}

/**
 * The sender of the message open in Outlook, as the content script sends it: the message is left in
 * `snapshot.mail` for the background to read. Null when no message is open.
 */
export function captureOutlook(doc: Document, url: URL): ClientSnapshot | null {
  // Field reads are guarded one by one; this only catches what nothing else did, so the page never sees an error.
  try {
    return readOutlook(doc, url);
  } catch {
    return null;
  }
}

/** The sender of the message open in Outlook, signature and red flags read at once; null when it names no one. */
export const extractOutlook = (doc: Document, url: URL): ClientSnapshot | null => {
  const captured = captureOutlook(doc, url);
  return captured && readLeftMail(captured);
};
