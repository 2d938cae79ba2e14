import { describe, expect, it } from 'vitest';
import { allOf, attrOf, blockText, first, hrefOf, linesOf, one, textOf } from '../../../../lib/platforms/parse/dom';
import { capLength, cleanBlock, cleanText, foldText, sentences } from '../../../../lib/platforms/parse/text';
import { htmlDocument } from '../helpers';

describe('cleanText', () => {
  it('collapses every kind of whitespace and trims', () => {
    expect(cleanText('  a\u00a0\u2009b\u202f\n\tc  ')).toBe('a b c');
  });

  it('drops control, zero-width and bidi characters, repairs half surrogate pairs', () => {
    expect(cleanText('a\u0000b\u200bc\u202ed\ufeffe')).toBe('abcde');
    expect(cleanText('x\ud800y')).toBe('x\ufffdy');
  });

  it('bounds length without splitting an emoji', () => {
    expect(cleanText('😀😀😀', 3)).toBe('😀');
    expect(capLength('abcdef', 4)).toBe('abcd');
    const huge = cleanText('a '.repeat(1_000_000), 2_000);
    expect(huge.length).toBeLessThanOrEqual(2_000);
  });

  it('returns "" for what is not text', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(42)).toBe('');
  });

  it('keeps lines in blocks, at most one empty line in a row', () => {
    expect(cleanBlock('a  b\r\n\n\n\nc\n')).toBe('a b\n\nc');
  });

  it('folds case and accents for label matching', () => {
    expect(foldText('Membre Depuis Février')).toBe('membre depuis fevrier');
  });

  it('splits sentences at end punctuation and line breaks, not inside numbers', () => {
    expect(sentences('Pay $5.00 now. Really?\nYes… ok')).toEqual(['Pay $5.00 now.', 'Really?', 'Yes…', 'ok']);
    expect(sentences('')).toEqual([]);
  });
});

describe('DOM readers', () => {
  const doc = htmlDocument(`<div id="a" title=" x ">
    <p>One<br>Two</p><ul><li>Three</li><li>Four</li></ul>
    <script>ignored()</script><style>.x{}</style>
    <blockquote>quoted</blockquote>
    <a href="/jobs/1">link</a>
  </div>`, 'https://www.upwork.com/nx/find-work/');

  it('never throws on invalid selectors or missing roots', () => {
    expect(one(doc, '[[[')).toBeNull();
    expect(one(null, 'div')).toBeNull();
    expect(first(doc, ['[[[', '#a'])?.id).toBe('a');
    expect(allOf(doc, ['[[[', 'li'])).toHaveLength(2);
    expect(allOf(undefined, ['li'])).toEqual([]);
    expect(textOf(null)).toBe('');
    expect(attrOf(first(doc, ['#a']), 'title')).toBe('x');
  });

  it('reads lines where the page breaks them, without scripts, styles or skipped blocks', () => {
    const root = first(doc, ['#a']);
    expect(linesOf(root, { skip: (el) => el.tagName === 'BLOCKQUOTE' })).toEqual(['One', 'Two', 'Three', 'Four', 'link']);
    expect(blockText(root)).toContain('quoted');
    expect(blockText(root)).not.toContain('ignored');
  });

  it('resolves links against the page', () => {
    expect(hrefOf(first(doc, ['a']), new URL('https://www.upwork.com/nx/find-work/'))).toBe('https://www.upwork.com/jobs/1');
  });

  it('bounds what it reads from huge or deep pages', () => {
    const deep = htmlDocument(`${'<div>'.repeat(3_000)}deep${'</div>'.repeat(3_000)}`);
    expect(blockText(deep.body)).toBe('deep');
    const big = htmlDocument(`<p>${'word '.repeat(200_000)}</p>`);
    expect(blockText(big.body, { maxChars: 1_000 }).length).toBeLessThanOrEqual(1_000);
  });
});
