import { describe, expect, it } from 'vitest';
import { terms } from '../../knowledge/language/tokens.js';

describe('search terms', () => {
  it('finds a count written in words when it is asked in digits, and the other way round', () => {
    expect(terms('employed six months after release')).toEqual(terms('employed 6 months after release'));
    expect(terms('a twelve-month pilot')).toContain(terms('12')[0]);
  });

  it('leaves "one" alone: it is more often "one of" than a count', () => {
    expect(terms('one of the partners')).not.toContain('1');
  });

  it('drops prepositions and "whether", which say how a question is put, not what it is about', () => {
    expect(terms('how many prison places are there across the prisons')).toEqual(terms('how many prison places are there the prisons'));
    expect(terms('back in trouble within a year, whether or not')).toEqual(terms('back in trouble a year, or not'));
  });

  it("drops a contraction of stop words whole, not as its letters run together", () => {
    expect(terms("because they're disabled")).toEqual(terms('because disabled'));
    expect(terms("don't")).toEqual([]);
  });

  it('reads a word with a footnote number run on as the word, and leaves names with numbers alone', () => {
    expect(terms('a custodial sentence55')).toEqual(terms('a custodial sentence'));
    expect(terms('Catch22')).not.toEqual(terms('Catch'));
  });

  it('keeps hyphenated words whole and in parts', () => {
    expect(terms('re-offending')).toEqual(expect.arrayContaining(terms('reoffending')));
    expect(terms('re-offending')).toEqual(expect.arrayContaining(terms('offending')));
  });
});
