/**
 * Counts, percentages and ratings as platforms print them: "1,204 hours", "19 hires, 7 active",
 * "68% hire rate", "4.28 of 7 reviews", "Rating is 4.9 out of 5", "4,8/5 (12 avis)".
 */

// Grouped integers ("1,204", "1 204", "1.204") or decimals ("4.28", "4,8").
const NUMBER_SOURCE = String.raw`\d{1,3}(?:[,\u00a0\u202f\u2009 '.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?`;

/** A number as written, with grouping removed; a lone "." or "," before 1–2 digits is a decimal point. */
export function parseNumber(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  const m = cached('n', () => new RegExp(NUMBER_SOURCE)).exec(raw);
  if (!m) return undefined;
  const s = m[0];
  const grouped = /^\d{1,3}(?:[,\u00a0\u202f\u2009 '.]\d{3})+$/.test(s);
  const value = grouped ? Number(s.replace(/[^\d]/g, '')) : Number(s.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** The first whole number in the text ("28 jobs posted" → 28). */
export function parseCount(text: string | null | undefined): number | undefined {
  const n = parseNumber(text);
  return n !== undefined && Number.isInteger(n) && n >= 0 && Number.isSafeInteger(n) ? n : undefined;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Patterns built from labels are compiled once: extractors ask for the same few labels on every page.
const compiledPatterns = new Map<string, RegExp>();
const cached = (key: string, build: () => RegExp): RegExp => {
  let re = compiledPatterns.get(key);
  if (!re) {
    re = build();
    if (compiledPatterns.size < 200) compiledPatterns.set(key, re);
  }
  return re;
};

/**
 * The number written right before a label: `countBefore("19 hires, 7 active", "active")` → 7,
 * `countBefore("68% hire rate, 1 open job", /open jobs?/)` → 1. Labels match case-insensitively.
 */
export function countBefore(text: string | null | undefined, label: string | RegExp): number | undefined {
  if (!text) return undefined;
  const labelSource = typeof label === 'string' ? escapeRe(label) : label.source;
  const re = cached(`c${labelSource}`, () => new RegExp(`(${NUMBER_SOURCE})\\s*(?:${labelSource})`, 'i'));
  const m = re.exec(text.length > 5_000 ? text.slice(0, 5_000) : text);
  return m ? parseNumber(m[1]) : undefined;
}

/** "68% hire rate" → 68 (0–100); with a label, the percentage written right before it. */
export function parsePercent(text: string | null | undefined, label?: string | RegExp): number | undefined {
  if (!text) return undefined;
  const labelSource = label === undefined ? '' : typeof label === 'string' ? escapeRe(label) : label.source;
  const re = cached(`p${labelSource}`, () => new RegExp(`(\\d{1,3}(?:[.,]\\d+)?)\\s*%\\s*${labelSource ? `(?:${labelSource})` : ''}`, 'i'));
  const m = re.exec(text.length > 5_000 ? text.slice(0, 5_000) : text);
  if (!m) return undefined;
  const value = Number(m[1]!.replace(',', '.'));
  return value >= 0 && value <= 100 ? value : undefined;
}

export interface Rating {
  /** On a 0–5 scale. */
  rating?: number;
  reviews?: number;
}

const clampRating = (value: number, outOf: number): number | undefined => {
  if (!Number.isFinite(value) || !Number.isFinite(outOf) || outOf <= 0 || value < 0 || value > outOf) return undefined;
  return Math.round((value / outOf) * 5 * 100) / 100;
};

const REVIEWS_WORD = String.raw`(?:reviews?|ratings?|feedbacks?|avis|évaluations?|evaluations?|notes?|commentaires?)`;

/**
 * Reads a rating and, when written, the number of reviews:
 * "4.28 of 7 reviews" → {rating: 4.28, reviews: 7}; "Rating is 4.9 out of 5" → {rating: 4.9};
 * "4.69 Stars, based on 4 feedbacks" → {4.69, 4}; "4,8/5 (12 avis)" → {4.8, 12}; "No feedback yet" →
 * {reviews: 0}. Ratings on another scale ("9/10") are brought to 0–5.
 */
export function parseRating(text: string | null | undefined): Rating | undefined {
  if (!text) return undefined;
  const s = text.length > 2_000 ? text.slice(0, 2_000) : text;
  const out: Rating = {};

  // "4.28 of 7 reviews": "of" followed by a count and a reviews word.
  const ofReviews = cached('r1', () => new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s+(?:of|sur|de)\s+(\d[\d,.\s]*?)\s*${REVIEWS_WORD}`, 'i')).exec(s);
  if (ofReviews) {
    const rating = clampRating(Number(ofReviews[1]!.replace(',', '.')), 5);
    if (rating !== undefined) out.rating = rating;
    const reviews = parseCount(ofReviews[2]);
    if (reviews !== undefined) out.reviews = reviews;
  } else {
    const outOf = /(\d+(?:[.,]\d+)?)\s*(?:\/|out of|sur|of)\s*(5|10|100)(?!\d|[.,]\d)/iu.exec(s);
    if (outOf) {
      const rating = clampRating(Number(outOf[1]!.replace(',', '.')), Number(outOf[2]));
      if (rating !== undefined) out.rating = rating;
    } else {
      // "4.69 stars", "4,8 étoiles", or a score right before its count: "4.6 (12 reviews)".
      const stars =
        /(\d+(?:[.,]\d+)?)\s*(?:stars?|étoiles?|etoiles?|★)/iu.exec(s) ??
        cached('r2', () => new RegExp(String.raw`(?:^|\s)(\d(?:[.,]\d{1,2})?)\s*\(\s*\d[\d,.\s]*${REVIEWS_WORD}\s*\)`, 'i')).exec(s);
      if (stars) {
        const rating = clampRating(Number(stars[1]!.replace(',', '.')), 5);
        if (rating !== undefined) out.rating = rating;
      }
    }
    const count =
      cached('r3', () => new RegExp(String.raw`(?:based on|from|sur la base de)\s+(\d[\d,.\s]*?)\s*${REVIEWS_WORD}`, 'i')).exec(s) ??
      cached('r4', () => new RegExp(String.raw`\(\s*(\d[\d,.\s]*?)\s*${REVIEWS_WORD}?\s*\)`, 'i')).exec(s) ??
      cached('r5', () => new RegExp(String.raw`(\d[\d,.\s]*?)\s*${REVIEWS_WORD}\b`, 'i')).exec(s);
    if (count) {
      const reviews = parseCount(count[1]);
      if (reviews !== undefined) out.reviews = reviews;
    }
  }
  // "Rating is 0 out of 5. No feedback yet": a zero drawn for an unrated client is not a rating.
  if (/\bno (?:feedback|reviews?|ratings?)\b|\baucun avis\b|\bpas (?:encore )?d['’]avis\b/iu.test(s)) {
    if (out.reviews === undefined) out.reviews = 0;
    if (out.rating === 0) delete out.rating;
  }
  return out.rating === undefined && out.reviews === undefined ? undefined : out;
}
