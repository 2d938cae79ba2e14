/**
 * Gmail: the client who wrote to the user in the open thread. Keeps the thread id, the sender, the
 * subject and what the sender's signature says (phones, company, address, company ids). The message body
 * itself is not kept: only the sentences flagged as red flags are quoted.
 */
import type { ClientSnapshot } from '../model/snapshot';
import { allOf, attrOf, first, linesOf, one, textOf, type Selectors } from './parse/dom';
import { SnapshotDraft } from './parse/draft';
import { findEmails } from './parse/contact';
import { leaveMail, readLeftMail } from './parse/mail';
import { GMAIL_HOSTS } from './hosts';
import { onPlatformHost } from './parse/url';

/** Selectors used by gmail.js and InboxSDK (2026); our reconstruction is tests/fixtures/gmail/thread.html. */
export const GMAIL_SELECTORS = {
  message: [
    'div.adn.ads[data-message-id]', // one expanded message of the thread
    'div.adn.ads',
  ],
  sender: [
    'h3.iw span.gD[email]', // attributes email and name
    'span.gD[email]',
    'h3 [email][name]', // the same attributes, whatever the classes
  ],
  subject: [
    'h2.hP', // the visible subject
  ],
  threadPermId: [
    '[data-thread-perm-id]', // "thread-f:1790..."
  ],
  threadLegacyId: [
    'h2[data-legacy-thread-id]', // hex id, as in the old URLs
  ],
  body: [
    'div.a3s', // the message body (".a3s.aiL") inside div.ii.gt
    'div.ii', // its wrapper
  ],
  signature: [
    'div.gmail_signature', // only for mail written in Gmail
  ],
  quoted: [
    '.gmail_quote', // quoted history
    'blockquote',
    '.gmail_extra',
  ],
} as const satisfies Record<string, Selectors>;

const S = GMAIL_SELECTORS;

export const matches = (url: URL): boolean => onPlatformHost(url, GMAIL_HOSTS);

/** The signed-in address, from the tab title "Subject - me@example.com - Gmail": never the client. */
function ownAddress(doc: Document): string | undefined {
  return findEmails(/ - ([^\s]+@[^\s]+) - Gmail\s*$/i.exec(doc.title ?? '')?.[1] ?? '')[0];
}

const isQuoted = (el: Element): boolean => {
  const cls = el.getAttribute('class') ?? '';
  return el.tagName === 'BLOCKQUOTE' || /\bgmail_(?:quote|extra)\b/.test(cls);
};

interface MessageSender {
  email: string;
  name: string;
  message: Element | null;
}

function senderOf(message: Element | null, scope: ParentNode): MessageSender | undefined {
  const el = first(message ?? scope, S.sender);
  const email = findEmails(attrOf(el, 'email', 320))[0];
  if (!email) return undefined;
  return { email, name: attrOf(el, 'name', 300) || textOf(el, 300), message };
}

/**
 * The open messages: by their classes, and by their sender line when those change (a header
 * naming an address, inside a block that also holds a body).
 */
function messagesOf(doc: Document): Element[] {
  const known = allOf(doc, S.message, 200);
  const more = allOf(doc, [S.sender[2]!], 200).flatMap((sender) => {
    if (known.some((m) => m.contains(sender))) return [];
    let block = sender.parentElement;
    for (let level = 0; block && level < 8 && !first(block, S.body); level++) block = block.parentElement;
    return block && block !== doc.body ? [block] : [];
  });
  // Document order, the thread's.
  return [...new Set([...known, ...more])].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)).slice(0, 200);
}

function readGmail(doc: Document, url: URL): ClientSnapshot | null {
  const own = ownAddress(doc);
  const messages = messagesOf(doc);
  const senders = (messages.length > 0 ? messages.map((m) => senderOf(m, m)) : [senderOf(null, doc)]).filter(
    (s): s is MessageSender => s !== undefined,
  );
  if (senders.length === 0) return null;
  // The latest message the user did not write; a thread of only the user's own mail has no client in it.
  const client = [...senders].reverse().find((s) => s.email !== own);
  if (!client) return null;

  const draft = new SnapshotDraft('gmail', 'email', url);
  const threadId =
    attrOf(first(doc, S.threadPermId), 'data-thread-perm-id', 200) ||
    attrOf(first(doc, S.threadLegacyId), 'data-legacy-thread-id', 200) ||
    /#[^/]+\/(?:[^/]+\/)*([A-Za-z0-9_-]{10,})$/.exec(url.hash)?.[1];
  draft.setClient('externalId', 'Thread id', () => threadId);
  // The subject names what the client wants: kept as the job's title.
  draft.setJob('title', 'Thread subject', () => textOf(first(doc, S.subject), 500));
  draft.setJob('title', 'Tab title', () => /^(.+?) - [^\s]+@[^\s]+ - Gmail\s*$/i.exec(doc.title ?? '')?.[1]);

  const body = client.message ? first(client.message, S.body) : first(doc, S.body);
  const signatureBlock = body ? one(body, S.signature[0]) : null;
  return leaveMail(draft.build(), {
    sender: { name: client.name, email: client.email, source: 'Message header › sender' },
    ownText: linesOf(body, { maxChars: 60_000, skip: isQuoted }).join('\n'),
    signatureText: signatureBlock ? linesOf(signatureBlock, { maxChars: 5_000 }).join('\n') : undefined,
    signatureSource: signatureBlock ? 'Signature (Gmail signature block)' : 'Signature (last lines of the message)',
    ownEmails: own ? [own] : [],
  });
}

/**
 * The client in the open Gmail thread, as the content script sends it: the message is left in
 * `snapshot.mail` for the background to read (lib/capture/complete-capture.ts). Null in the inbox list or
 * any view without an open message.
 */
export function captureGmail(doc: Document, url: URL): ClientSnapshot | null {
  // Field reads are guarded one by one; this only catches what nothing else did, so the page never sees an error.
  try {
    return readGmail(doc, url);
  } catch {
    return null;
  }
}

/** The client in the open Gmail thread, signature and red flags read at once. */
export const extractGmail = (doc: Document, url: URL): ClientSnapshot | null => {
  const captured = captureGmail(doc, url);
  return captured && readLeftMail(captured);
};
