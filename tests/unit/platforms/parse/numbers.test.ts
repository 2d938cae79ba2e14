import { describe, expect, it } from 'vitest';
import { countBefore, parseCount, parseNumber, parsePercent, parseRating } from '../../../../lib/platforms/parse/numbers';

describe('counts', () => {
  it('reads grouped counts', () => {
    expect(parseCount('1,204 hours')).toBe(1204);
    expect(parseCount('1 204 h')).toBe(1204);
    expect(parseCount('1\u202f204 heures')).toBe(1204);
    expect(parseCount('28 jobs posted')).toBe(28);
    expect(parseCount('157 hours')).toBe(157);
  });

  it('refuses decimals and nothing', () => {
    expect(parseCount('4.28')).toBeUndefined();
    expect(parseCount('no number')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
    expect(parseNumber('4,8')).toBe(4.8);
  });

  it('finds the number before a label', () => {
    expect(countBefore('19 hires, 7 active', /hires?\b/)).toBe(19);
    expect(countBefore('19 hires, 7 active', 'active')).toBe(7);
    expect(countBefore('68% hire rate, 1 open job', /open jobs?/)).toBe(1);
    expect(countBefore('68% hire rate, 6 open jobs', /open jobs?/)).toBe(6);
    expect(countBefore('no hires yet', 'hires')).toBeUndefined();
    expect(countBefore('5 HIRES', 'hires')).toBe(5);
  });

  it('escapes string labels', () => {
    expect(countBefore('3 (a+b) items', '(a+b)')).toBe(3);
  });
});

describe('percentages', () => {
  it('reads percentages between 0 and 100', () => {
    expect(parsePercent('68% hire rate')).toBe(68);
    expect(parsePercent('68% hire rate, 1 open job', /hire rate/)).toBe(68);
    expect(parsePercent('taux d’embauche 12,5 %')).toBe(12.5);
    expect(parsePercent('250% growth')).toBeUndefined();
    expect(parsePercent('no rate')).toBeUndefined();
  });
});

describe('ratings', () => {
  it.each([
    ['4.28 of 7 reviews', { rating: 4.28, reviews: 7 }],
    ['Rating is 4.9 out of 5', { rating: 4.9 }],
    ['Rating is 4.3 out of 5.', { rating: 4.3 }],
    ['4.69 Stars, based on 4 feedbacks', { rating: 4.69, reviews: 4 }],
    ['5.00 Star, based on 1 feedbacks', { rating: 5, reviews: 1 }],
    ['4,8/5 (12 avis)', { rating: 4.8, reviews: 12 }],
    ['4.6 (12 reviews)', { rating: 4.6, reviews: 12 }],
    ['2 stars', { rating: 2 }],
    ['1.00 stars', { rating: 1 }],
    ['9/10', { rating: 4.5 }],
    ['No feedback yet', { reviews: 0 }],
    ['Rating is 0 out of 5. No feedback yet', { reviews: 0 }],
    ['Aucun avis', { reviews: 0 }],
  ])('%s', (text, expected) => {
    expect(parseRating(text)).toEqual(expected);
  });

  it('refuses ratings off the scale', () => {
    expect(parseRating('7 out of 5')).toBeUndefined();
    expect(parseRating('hello')).toBeUndefined();
    expect(parseRating(null)).toBeUndefined();
  });
});
