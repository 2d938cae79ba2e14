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

/** Whether a typed or stored address is a web link (http or https), the only kind a page may open or a letter cite. */
export const isHttpUrl = (text: string): boolean => {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
};

/** A phrase as a literal inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A comment cut into sentences, so evidence quotes the complaint rather than the whole review. */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
