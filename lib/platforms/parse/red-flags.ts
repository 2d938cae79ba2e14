/**
 * Scam and bad-client phrases in a job post or message, English and French: moving the talk off the
 * platform, paying outside it, free "test" work, and asking the freelancer for money. Each hit quotes the
 * whole sentence so the user judges it in context.
 *
 * Built for few false positives: a messenger name alone ("build a Telegram bot") does not fire, only a
 * request to be contacted there; "Upwork messages only" and "we pay on Upwork" never fire; a negation
 * just before the phrase ("don't contact me on WhatsApp", "no free test") cancels it.
 */
import type { ClientSnapshot, RedFlag, RedFlagKind } from '../../model/snapshot';
import { capLength, cleanText, sentences } from './text';

export type { RedFlag, RedFlagKind };

const QUOTE_MAX = 300;
const MAX_FLAGS = 50;

const MESSENGERS = (): string => String.raw`(?:telegram|whats\s?app|skype|signal|discord|wechat|we\s?chat|viber|kik|line app|imessage|google chat|hangouts)`;
const PAY_CHANNELS = (): string => String.raw`(?:paypal|pay\s?pal|crypto(?:currency)?|bitcoin|btc|usdt|tether|ethereum|eth|binance|western union|moneygram|wise|transferwise|payoneer|zelle|venmo|cash\s?app|skrill|revolut|bank transfer|wire transfer|direct (?:bank )?transfer|gift ?cards?|virement(?: bancaire)?|mandat cash)`;
const PLATFORMS = (): string => String.raw`(?:upwork|fiverr|freelancer(?:\.com)?|malt|codeur(?:\.com)?|peopleperhour|guru|comeup|the platform|this platform|this site|the site|la plateforme|cette plateforme|le site|plateforme|platform)`;

// JavaScript's \b only knows ASCII letters: "rémunéré" or "à titre gracieux" would never match at their
// accented ends. Every pattern is rebuilt with a word boundary that also knows Latin accented letters (the
// languages matched here). A plain class, not \p{L}: Unicode property classes make these patterns take
// hundreds of milliseconds to compile. Built inside the function: a content script that never scans for
// red flags then carries none of it.
const unicodeWords = (re: RegExp): RegExp => {
  const word = String.raw`[\w\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]`;
  const boundary = `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
  return new RegExp(re.source.replace(/\\b/g, boundary), re.flags);
};

/** One kind of red flag and its phrases: regex literals, or sources read case-insensitively. */
export interface RedFlagRule {
  kind: RedFlagKind;
  /** Words every phrase of the rule contains: sentences without any skip the phrases (most sentences). */
  trigger: RegExp;
  patterns: ReadonlyArray<string | RegExp>;
}

// Rules are built by calls marked pure, so a content script that imports only some of them ships only those.
const rule = (kind: RedFlagKind, trigger: RegExp, patterns: () => ReadonlyArray<string | RegExp>): RedFlagRule => ({
  kind,
  trigger,
  patterns: patterns(),
});

/** Moving the talk off the platform: messengers, email, phone. */
export const OFF_PLATFORM: RedFlagRule = /* @__PURE__ */ rule('off-platform', /telegram|whats|skype|signal|discord|chat|viber|kik|line app|imessage|hangouts|mail|text|call|sms|contact|reach|outside|dehors|hors|num[ée]ro|[ée]cri|ajout|join|appel|envoi|envoy|@/i, () => [
  // "contact me on Telegram", "add us on WhatsApp", "text me via Signal", "reach me at skype"
  String.raw`\b(?:contact|message|msg|reach|text|add|ping|write(?: to)?|chat(?: with)?|talk(?: to)?|call|dm|hit)\s+(?:me|us)\s+(?:up\s+)?(?:on|via|at|through|in|over|using)\s+(?:my\s+|our\s+)?${MESSENGERS()}\b`,
  // "my Telegram is @jane", "our WhatsApp number", "Skype ID: jane.doe", "WhatsApp: +1 555..."
  String.raw`\b(?:my|our)\s+${MESSENGERS()}\s*(?:id|handle|username|user ?name|number|no\.?|account|contact)?\b\s*(?:is|:|-)?\s*[@+\w]`,
  String.raw`\b${MESSENGERS()}\s*(?:id|handle|username|number|no\.?)?\s*[:=]\s*[@+]?\w`,
  String.raw`\b${MESSENGERS()}\b[^.\n]{0,30}(?:^|\s)@[a-z0-9_]{4,}`,
  // "let's continue on WhatsApp", "we'll talk on Telegram", "move the conversation to Skype"
  String.raw`\b(?:continue|move|take|talk|chat|discuss|communicate|connect|switch)\b[^.\n]{0,30}\b(?:on|to|via|through|over|in)\s+${MESSENGERS()}\b`,
  String.raw`\b(?:communicate|talk|chat|discuss|continue|work)\b[^.\n]{0,25}\boutside\s+(?:of\s+)?${PLATFORMS()}`,
  // "email me", "e-mail me at", "send me an email", "contact me at jane@...", "text me", "call me at"
  /\b(?:e-?mail|mail)\s+me\b/i,
  /\bsend\s+(?:me|us)\s+(?:an?\s+)?(?:e-?mail|mail|text|sms)\b/i,
  /\b(?:contact|reach)\s+(?:me|us)\s+(?:directly\s+)?(?:at|by e-?mail|by phone|on my (?:phone|number|email))\b/i,
  /\btext\s+me\b/i,
  /\bcall\s+me\s+(?:at|on)\s+[+\d(]/i,
  /\bsend\s+(?:your\s+)?(?:cv|resume|résumé|portfolio|proposal|application)\s+(?:directly\s+)?to\s+\S+@\S+/i,
  // French: "contactez-moi sur WhatsApp", "écrivez-moi sur Telegram", "ajoutez-moi sur Skype", "mon WhatsApp"
  String.raw`\b(?:contacte[rz]?|[ée]cri(?:vez|s|re)|ajoute[rz]?|joins|joignez|appele[rz]?|appelle[rz]?|envoie[rz]?)[-\s]?(?:moi|nous)\s+(?:sur|via|par|au|à)\s+(?:mon\s+|notre\s+)?(?:${MESSENGERS()}|e-?mail|mail|t[ée]l[ée]phone|sms|\+?\d)`,
  String.raw`\b(?:mon|notre)\s+(?:${MESSENGERS()}|num[ée]ro(?:\s+de\s+t[ée]l[ée]phone)?|mail|e-?mail|adresse (?:e-?)?mail)\s*(?:est|:)\s*\S`,
  /\benvoye[rz]?[-\s](?:moi|nous)\s+un\s+(?:e-?mail|mail|sms|message)\b/i,
  String.raw`\b(?:continuer|discuter|[ée]changer|communiquer)\b[^.\n]{0,30}\b(?:sur|via|par)\s+${MESSENGERS()}\b`,
  String.raw`\b(?:discuter|[ée]changer|communiquer|continuer|contacter|parler)\b[^.\n]{0,30}\b(?:en dehors|hors)\s+(?:de\s+)?${PLATFORMS()}`,
]);

/** Paying outside the platform, or by channels that leave no recourse. */
export const PAY_OUTSIDE: RedFlagRule = /* @__PURE__ */ rule('pay-outside', /pay|paie|outside|off|hors|dehors|fee|commission|frais|money|transfer|r[èée]gl/i, () => [
  // "pay outside Upwork", "payment outside of the platform", "pay you off the platform"
  String.raw`\b(?:pay|paid|paying|payment|payments|invoice)\b[^.\n]{0,30}\b(?:outside|off)\s+(?:of\s+)?${PLATFORMS()}`,
  String.raw`\b(?:outside|off)\s+(?:of\s+)?${PLATFORMS()}[^.\n]{0,30}\b(?:pay|paid|paying|payment|payments)\b`,
  // "pay via PayPal", "payment by crypto", "paid through Western Union", "send the money with Wise"
  String.raw`\b(?:pay|paid|paying|payment|payments|send (?:the |you )?money|transfer)\b[^.\n]{0,30}\b(?:via|through|by|with|using|on|in|in the form of)\s+${PAY_CHANNELS()}\b`,
  /\bpay\s+(?:you\s+)?directly\b|\bdirect\s+payment\b/i,
  String.raw`\b(?:avoid|save on|skip|bypass|get around)\s+(?:the\s+)?(?:${PLATFORMS()}\s+)?(?:'s\s+)?(?:fees?|commission|service fees?)\b`,
  // French: "payer en dehors de la plateforme", "paiement par PayPal / virement / crypto"
  String.raw`\b(?:payer|pay[ée]e?s?|paiements?|r[èe]glements?|r[ée]gler)\b[^.\n]{0,30}\b(?:en dehors|hors)\s+(?:de\s+)?${PLATFORMS()}`,
  String.raw`\b(?:payer|pay[ée]e?s?|paiements?|r[èe]glements?|r[ée]gler)\b[^.\n]{0,30}\b(?:par|via|en|avec)\s+${PAY_CHANNELS()}\b`,
  String.raw`\b(?:[ée]viter|contourner)\s+(?:les\s+)?(?:frais|commissions?)\b`,
]);

/** Unpaid "test" work. */
export const FREE_WORK: RedFlagRule = /* @__PURE__ */ rule('free-work', /free|unpaid|paid|pay|test|trial|gratuit|gracieu|r[ée]mun|offert|contrepartie/i, () => [
  /\b(?:free|unpaid|non-?paid)\s+(?:test|trial task|trial project|sample|task|work|assignment|project|design|mock-?up|article|logo|draft)s?\b/i,
  /\b(?:sample|test|trial|design|logo|article|mock-?up|demo|draft)s?\b[^.\n]{0,30}\b(?:for free|free of charge|without (?:pay|payment|compensation)|at no cost|no pay)\b/i,
  /\b(?:will not|won'?t|do not|don'?t|cannot|can'?t)\s+pay\s+for\s+(?:the|this|a|your)?\s*(?:test|sample|trial|first task)\b/i,
  /\b(?:test|trial|sample)\s+(?:task|project|work)?\s*(?:is|will be)\s+(?:unpaid|free|not paid)\b/i,
  // "a small test task first" — a test whose sentence never mentions paying for it
  /\b(?:test|trial)\s+(?:task|project|assignment)\b/i,
  // French
  /\b(?:test|essai|travail|exercice|[ée]chantillon|maquette|article|logo)\s+(?:gratuit|non r[ée]mun[ée]r[ée]|non pay[ée]|offert)e?s?\b/i,
  /\b(?:test|essai|[ée]chantillon|maquette)s?\b[^.\n]{0,30}\b(?:gratuitement|gracieusement|sans r[ée]mun[ée]ration|[àa] titre gracieux|sans contrepartie)\b/i,
]);

/** The freelancer asked to pay: fees, kits, deposits. */
export const MONEY_ASKED: RedFlagRule = /* @__PURE__ */ rule('money-asked', /fee|buy|purchase|order|pay|send|deposit|upfront|frais|achet|command|envoy|vers|vir|caution|d[ée]p[ôo]t|acompte/i, () => [
  /\b(?:registration|sign-?up|onboarding|application|training|membership|activation|joining|admin(?:istrative)?|verification|processing|account setup|equipment|starter kit)\s+fees?\b/i,
  /\b(?:buy|purchase|pay for|order)\s+(?:the|a|our|this|your own|an?)?\s*(?:software|kit|starter kit|equipment|license|licence|course|training|materials?|package|membership|subscription|tools?)\b/i,
  /\bsend\s+(?:us|me|them)?\s*(?:the\s+)?(?:money|payment|a deposit|the deposit|\$\s?\d+|€\s?\d+|the fee)\b/i,
  /\b(?:(?:refundable|security)\s+deposit|deposit\s+(?:is\s+)?required|(?:pay|make)\s+(?:a|the)\s+deposit|upfront fee|pay (?:us|me) first|advance fee)\b/i,
  // French
  /\bfrais\s+(?:d['’]inscription|de dossier|de formation|d['’]adh[ée]sion|d['’]activation|de mat[ée]riel|d['’]ouverture)\b/i,
  /\b(?:acheter|payer|commander)\s+(?:le|la|les|un|une|votre)\s+(?:logiciel|kit|mat[ée]riel|licence|formation|abonnement|pack)\b/i,
  /\b(?:envoyer|verser|virer)\s+(?:de l['’]argent|une somme|un acompte|une caution|des frais)\b/i,
  /\b(?:caution|d[ée]p[ôo]t de garantie|acompte)\s+(?:obligatoire|requis|demand[ée]|[àa] verser)\b/i,
]);

export const ALL_RED_FLAG_RULES: readonly RedFlagRule[] = [OFF_PLATFORM, PAY_OUTSIDE, FREE_WORK, MONEY_ASKED];

const compiled = new WeakMap<RedFlagRule, RegExp[]>();
const patternsOf = (rule: RedFlagRule): RegExp[] => {
  let list = compiled.get(rule);
  if (!list) {
    list = rule.patterns.map((p) => unicodeWords(typeof p === 'string' ? new RegExp(p, 'i') : p));
    compiled.set(rule, list);
  }
  return list;
};

// A negation in the few words before a phrase cancels it ("please don't contact me on WhatsApp").
const NEGATION_BEFORE = /* @__PURE__ */ unicodeWords(
  /\b(?:no|not|never|don'?t|do not|doesn'?t|won'?t|will not|cannot|can'?t|shouldn'?t|must not|mustn'?t|without|avoid|against|prohibited|forbidden|ne|n['’]|pas|jamais|aucun(?:e)?|interdit|sans|refuse)\b[^.]{0,25}$/i,
);

// Sentences that mention paying for a test are the opposite of free work.
const PAID_TEST = /* @__PURE__ */ unicodeWords(/\b(?:paid|pay(?:ing)?|compensated|r[ée]mun[ée]r[ée]e?|pay[ée]e?|factur[ée]e?)\b/i);
// "we will buy the software for you": the client pays, not the freelancer.
const CLIENT_SUBJECT_BEFORE = /* @__PURE__ */ unicodeWords(/\b(?:we|we'll|i|i'll|the client|nous|je)\s+(?:will\s+|shall\s+|can\s+|would\s+)?(?:also\s+)?$/i);

function firesIn(sentence: string, rule: RedFlagRule): boolean {
  if (!rule.trigger.test(sentence)) return false;
  const kind = rule.kind;
  for (const re of patternsOf(rule)) {
    const m = re.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const negatedInside = /\b(?:don'?t|do not|never|no|won'?t|will not)\b/i.test(m[0]) && kind !== 'free-work';
    if (NEGATION_BEFORE.test(before) || negatedInside) continue;
    // "a paid test task": the sentence says the test is paid, and the phrase itself does not say free.
    if (kind === 'free-work' && PAID_TEST.test(sentence) && !/\b(?:free|unpaid|gratuit|pay|paid|r[ée]mun)/i.test(m[0])) continue;
    if (kind === 'money-asked' && CLIENT_SUBJECT_BEFORE.test(before)) continue;
    return true;
  }
  return false;
}

export interface RedFlagOptions {
  /** Kinds to look for; default all. */
  kinds?: readonly RedFlagKind[];
}

/**
 * Red-flag sentences in `text` for the given rules, each sentence at most once per kind, quoted whole
 * (bounded to 300 characters) in the order they appear.
 */
export function scanRedFlags(text: string | null | undefined, rules: readonly RedFlagRule[]): RedFlag[] {
  if (!text) return [];
  const out: RedFlag[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences(text.length > 50_000 ? text.slice(0, 50_000) : text)) {
    // Regexes run on a bounded sentence: a line without punctuation can be very long.
    const probe = cleanText(sentence, 2_000);
    for (const rule of rules) {
      const key = `${rule.kind}\u0000${probe}`;
      if (seen.has(key) || !firesIn(probe, rule)) continue;
      seen.add(key);
      const quote = probe.length > QUOTE_MAX ? `${capLength(probe, QUOTE_MAX - 1)}…` : probe;
      out.push({ kind: rule.kind, quote });
      if (out.length >= MAX_FLAGS) return out;
    }
  }
  return out;
}

/** Every kind of red flag (or the `kinds` asked for) in `text`; see scanRedFlags. */
export function findRedFlags(text: string | null | undefined, options: RedFlagOptions = {}): RedFlag[] {
  const rules = options.kinds ? ALL_RED_FLAG_RULES.filter((r) => options.kinds!.includes(r.kind)) : ALL_RED_FLAG_RULES;
  return scanRedFlags(text, rules);
}

/**
 * `snapshot` with the red flags of its job description, quoted under the description's source. Content
 * scripts leave this to the background (the phrase lists weigh about 7 KB): the description travels in
 * the snapshot anyway. A snapshot that already has red flags, or no description, is returned as it is.
 */
export function flagJobDescription(snapshot: ClientSnapshot): ClientSnapshot {
  const description = snapshot.job?.description;
  if (snapshot.redFlags.length > 0 || !description) return snapshot;
  const redFlags = findRedFlags(description).slice(0, MAX_FLAGS);
  if (redFlags.length === 0) return snapshot;
  return {
    ...snapshot,
    redFlags,
    fieldSources: { ...snapshot.fieldSources, redFlags: snapshot.fieldSources['job.description'] ?? 'Job description' },
  };
}
