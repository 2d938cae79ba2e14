/**
 * Text helpers shared by the rules that read what people wrote (risk flag words, skills in a job
 * description). Plain functions with no dependencies, safe anywhere.
 */

/** Lower case without accents: "Membre depuis", "MEMBRE DEPUIS" and "Échéance" ~ "echeance". The one place text is folded. */
export const lowerWithoutAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** As above, with curly apostrophes and runs of spaces folded too: "Impayé", "impaye" and "didn’t" match as written. */
export const fold = (text: string): string => lowerWithoutAccents(text).replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');

/** A phrase as a literal inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A comment cut into sentences, so evidence quotes the complaint rather than the whole review. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
