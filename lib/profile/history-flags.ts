import { escapeRegExp, fold, sentencesOf } from '../text';

/**
 * What other freelancers wrote of a client, read for the four complaints that matter before taking
 * a job. The words are data: Settings › Risk can change them (they travel in the risk settings), and
 * both the job fit's history summary and the risk assessment read comments through `flagsInComment`.
 */
export const HISTORY_FLAGS = ['unpaid', 'late-payment', 'scope-creep', 'unresponsive'] as const;
export type HistoryFlag = (typeof HISTORY_FLAGS)[number];

export interface FlagWords {
  /** Words in freelancers' comments about the client; matched whole, case and accents ignored. */
  flagWords: Readonly<Record<HistoryFlag, readonly string[]>>;
  /** Praise that contains a flag word ("never paid late"), removed before matching. */
  neutralPhrases: readonly string[];
}

/** How comments and ratings are read: the flag words, and the rating that counts as a poor review. */
export interface HistoryReading extends FlagWords {
  /** A freelancer's rating of the client at or below this is a poor review. */
  limits: { poorFreelancerRating: number };
}

/** English and French, accents left out: comments are folded before matching. */
export const DEFAULT_FLAG_WORDS: FlagWords = {
  flagWords: {
    unpaid: [
      'unpaid', 'never paid', 'not paid', "didn't pay", 'did not pay', "won't pay", 'refused to pay', 'no payment',
      'chargeback', 'ne paie pas', "n'a pas paye", 'jamais paye', 'pas ete paye', 'impaye', 'impayee', 'impayes', 'impayees',
    ],
    'late-payment': [
      'late payment', 'paid late', 'pays late', 'payment was late', 'slow to pay', 'slow payment', 'delayed payment',
      'retard de paiement', 'paiement en retard', 'paye en retard', 'paie en retard',
    ],
    'scope-creep': [
      'scope creep', 'beyond the original scope', 'beyond the scope', 'outside the scope', 'out of scope',
      'far from the original', 'kept adding', 'hors perimetre', 'hors du perimetre',
    ],
    unresponsive: [
      'unresponsive', 'not responsive', 'stopped responding', 'ghosted', 'no response', 'never responded',
      'disappeared', 'ne repond plus', 'ne repondait plus', 'injoignable', 'aucune reponse',
    ],
  },
  neutralPhrases: ['never paid late', 'never late', 'not paid late'],
};

interface FlagPatterns {
  flags: [HistoryFlag, RegExp][];
  neutral: RegExp | undefined;
}

/** Built once per words object: Settings hands in a new object when the words change. */
const patternCache = new WeakMap<FlagWords, FlagPatterns>();
const patternsFor = (words: FlagWords): FlagPatterns => {
  const cached = patternCache.get(words);
  if (cached) return cached;
  const alternation = (phrases: readonly string[]) =>
    phrases.map((phrase) => escapeRegExp(fold(phrase).trim())).filter(Boolean).join('|');
  const flags = (Object.entries(words.flagWords) as [HistoryFlag, string[]][])
    .filter(([, list]) => alternation(list) !== '')
    // Whole words only: a phrase never fires inside a longer word, so plurals are listed on purpose.
    .map(([flag, list]): [HistoryFlag, RegExp] => [flag, new RegExp(`(?:^|[^a-z0-9])(?:${alternation(list)})(?![a-z0-9])`)]);
  const neutralAlternation = alternation(words.neutralPhrases);
  const patterns = { flags, neutral: neutralAlternation ? new RegExp(neutralAlternation, 'g') : undefined };
  patternCache.set(words, patterns);
  return patterns;
};

/**
 * Each flag a freelancer's comment raises, with the sentence that raises it. Praise that holds a flag
 * word ("never paid late") is removed first.
 */
export const flagsInComment = (comment: string, words: FlagWords = DEFAULT_FLAG_WORDS): { flag: HistoryFlag; quote: string }[] => {
  const { flags, neutral } = patternsFor(words);
  const sentences = sentencesOf(comment).map((sentence) => ({
    sentence,
    folded: neutral ? fold(sentence).replace(neutral, ' ') : fold(sentence),
  }));
  const found: { flag: HistoryFlag; quote: string }[] = [];
  for (const [flag, pattern] of flags) {
    const hit = sentences.find(({ folded }) => pattern.test(folded));
    if (hit) found.push({ flag, quote: hit.sentence });
  }
  return found;
};

export const DEFAULT_HISTORY_READING: HistoryReading = { ...DEFAULT_FLAG_WORDS, limits: { poorFreelancerRating: 2 } };
