/**
 * Who wrote an email, read from its signature: the last lines of the body that are not quoted history.
 * Name, company, job title, phones, emails, website, postal address and company ids.
 */
import { parseAddress, type ParsedAddress } from './address';
import { domainOf, findEmails, findPhoneCandidates, findUrls } from './contact';
import { findSiren, findSiret, findUkCompanyNumbers, findVatNumbers } from './identifiers';
import { detectLegalForm, looksLikeCompany } from './legal-form';
import { cleanText } from './text';

export interface Signature {
  name?: string;
  company?: string;
  jobTitle?: string;
  phones: string[];
  emails: string[];
  website?: string;
  address?: ParsedAddress;
  siren?: string;
  siret?: string;
  vat?: string;
  companyNumber?: string;
}

const SIGNATURE_LINES = 15;

// Where quoted history starts: "On Mon, 3 Mar 2025, Jane <jane@x> wrote:", "Le lun. 3 mars 2025 à 10:00, ... a écrit :",
// "-----Original Message-----", "---------- Forwarded message ---------", an Outlook "From:/De :" header block.
const QUOTE_HEADER = [
  /^On\b.{4,300}\bwrote:?$/i,
  /^Le\b.{4,300}\ba [ée]crit\s?:?$/i,
  /^Am\b.{4,300}\bschrieb.{0,80}:?$/i,
  /^-{2,}\s*(?:Original Message|Message d['’]origine|Forwarded message|Message transf[ée]r[ée]|Urspr[üu]ngliche Nachricht)\s*-*$/i,
  /^_{8,}$/,
];
const HEADER_FIELD = /^(?:From|De|Von|Sent|Envoy[ée]|Date|To|[ÀA]|Subject|Objet|Cc)\s*:/i;

const CLOSING =
  /^(?:(?:best|kind|warm|warmest)\s+(?:regards|wishes)|regards|best|cheers|thanks(?:\s+again)?|thank you|many thanks|sincerely|yours(?:\s+sincerely|\s+truly)?|cordialement|bien cordialement|tr[èe]s cordialement|bien [àa] vous|bonne (?:journ[ée]e|soir[ée]e)|merci(?:\s+beaucoup|\s+d['’]avance)?|salutations|sinc[èe]res salutations|mit freundlichen gr[üu](?:ß|ss)en|viele gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e)\b[,.!\s-]*$/i;

const JOB_TITLE =
  /\b(?:CEO|CTO|COO|CFO|CMO|founder|co-?founder|fondat(?:eur|rice)|director|directeur|directrice|manager|g[ée]rant(?:e)?|pr[ée]sident(?:e)?|president|owner|head of|responsable|chef de projet|project manager|product (?:owner|manager)|partner|associ[ée]|consultant(?:e)?|engineer|ing[ée]nieur(?:e)?|assistant(?:e)?|office manager|recruiter|recruteur|talent|buyer|acheteur|account|comptable|lead)\b/i;

const SOCIAL = /^(?:linkedin|twitter|x|facebook|instagram|youtube|tiktok|github|calendly|medium|wa|t|bit|goo)\.(?:com|me|ly|gl|co)$/i;

/** Lines written by the sender: quoted history, forwarded headers and "> " lines removed. */
export function ownLines(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length && i < 5_000; i++) {
    const line = cleanText(lines[i] ?? '', 500);
    if (QUOTE_HEADER.some((re) => re.test(line))) break;
    // An Outlook header block: two header fields in a row.
    if (HEADER_FIELD.test(line) && HEADER_FIELD.test(cleanText(lines[i + 1] ?? '', 200))) break;
    if (line.startsWith('>')) continue;
    out.push(line);
  }
  return out;
}

/** "Jane Doe", "Jean-Pierre MARTIN", "Dr. Anna Schmidt": 2–4 capitalised words, no digits or symbols, no company word. */
export function looksLikePersonName(line: string): boolean {
  if (line.length < 3 || line.length > 60 || /[\d@/:|•·]/.test(line) || looksLikeCompany(line)) return false;
  const words = line.replace(/^(?:Dr|Mr|Mrs|Ms|M|Mme|Mlle|Me)\.?\s+/i, '').split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:de|du|da|van|von|der|le|la|di|del|dos|des)\b)$/u.test(w));
}

function splitTitleAndCompany(line: string): { jobTitle?: string; company?: string } | undefined {
  const m = /^(.{2,80}?)\s+(?:\||–|—|-|@|at|chez|bei|,)\s+(.{2,80})$/i.exec(line);
  if (!m) return undefined;
  const [left, right] = [m[1]!.trim(), m[2]!.trim()];
  if (JOB_TITLE.test(left)) return { jobTitle: left, company: right };
  if (JOB_TITLE.test(right)) return { jobTitle: right, company: left };
  return undefined;
}

/**
 * Reads the signature of an email body (plain text with line breaks). Looks at the lines after a "-- "
 * delimiter when there is one, otherwise at the last ~15 lines the sender wrote.
 */
export function parseSignature(bodyText: string | null | undefined): Signature {
  const out: Signature = { phones: [], emails: [] };
  if (!bodyText) return out;
  const body = bodyText.length > 200_000 ? bodyText.slice(0, 200_000) : bodyText;
  const own = ownLines(body);
  const delimiter = own.map((l) => l === '--' || l === '-- ' || l === '—').lastIndexOf(true);
  const tail = (delimiter >= 0 ? own.slice(delimiter + 1) : own).filter(Boolean).slice(-SIGNATURE_LINES);
  if (tail.length === 0) return out;
  const text = tail.join('\n');

  out.phones = findPhoneCandidates(text, 5);
  out.emails = findEmails(text, 5);
  // Social profiles and link shorteners are not the client's website.
  const website = findUrls(text, 10).find((u) => !SOCIAL.test(domainOf(u) ?? ''));
  if (website) out.website = website;
  const address = parseAddress(text);
  if (address) out.address = address;
  const siret = findSiret(text, 1)[0];
  if (siret) out.siret = siret;
  const siren = findSiren(text, 1)[0];
  if (siren) out.siren = siren;
  const vat = findVatNumbers(text, 1)[0];
  if (vat) out.vat = vat;
  const companyNumber = findUkCompanyNumbers(text, 1)[0];
  if (companyNumber) out.companyNumber = companyNumber;

  // The name: the line after a closing ("Best regards,"), else the first name-shaped line.
  const closing = tail.findIndex((l) => CLOSING.test(l));
  const nameSearch = closing >= 0 ? tail.slice(closing + 1) : tail;
  const nameAt = nameSearch.findIndex(looksLikePersonName);
  if (nameAt >= 0) out.name = nameSearch[nameAt];
  const afterName = nameAt >= 0 ? nameSearch.slice(nameAt + 1) : nameSearch;

  const plain = (l: string): boolean =>
    l !== out.name && !/@|https?:|www\.|\d{3}/i.test(l) && l.length <= 100 && !CLOSING.test(l);
  for (const line of afterName) {
    if (!plain(line)) continue;
    const split = splitTitleAndCompany(line);
    if (split) {
      out.jobTitle ??= split.jobTitle;
      out.company ??= split.company;
      continue;
    }
    if (!out.company && (detectLegalForm(line) || looksLikeCompany(line))) out.company = line;
    else if (!out.jobTitle && JOB_TITLE.test(line)) out.jobTitle = line;
  }
  return out;
}
