import { describe, expect, it } from 'vitest';
import { QuoteFinder, sourceForQuotes } from '../../knowledge/documents/quotes.js';

const SOURCE = [
  '<p>Officers made 412 arrests in the year.</p>',
  'The unit was set up in 2021 and now has twelve staff.',
  'Page 4 – Annual report',
  'Victims were contacted within',
  'Page 5 – Annual report',
  'two days of reporting a crime.',
].join('\n');

const quoted = (finder: QuoteFinder, text: string) => finder.spans({ text }).map(([a, b]) => text.slice(a, b));

describe('quotable sentences', () => {
  it('are the sentences found word for word in the source, in order, whatever the markup and wrapping', () => {
    const finder = new QuoteFinder(sourceForQuotes(SOURCE));
    expect(quoted(finder, 'Officers made 412 arrests in the year. The unit was set up in 2021 and now has twelve staff.')).toEqual([
      'Officers made 412 arrests in the year.',
      'The unit was set up in 2021 and now has twelve staff.',
    ]);
  });

  it('include one the document states again out of order, such as a table restating a bullet', () => {
    const finder = new QuoteFinder(sourceForQuotes(SOURCE));
    quoted(finder, 'The unit was set up in 2021 and now has twelve staff.');
    expect(quoted(finder, 'Officers made 412 arrests in the year.')).toEqual(['Officers made 412 arrests in the year.']);
  });

  it('leave out a sentence joined across a page break, and one the source never says', () => {
    const finder = new QuoteFinder(sourceForQuotes(SOURCE));
    expect(quoted(finder, 'Victims were contacted within two days of reporting a crime.')).toEqual([]);
    expect(quoted(finder, 'Officers made 413 arrests in the year.')).toEqual([]);
  });

  it('are read the same from a source of several megabytes, read a piece at a time, markup and all', () => {
    const para = (n: number) => `<p>In area ${n} officers made ${n * 3} arrests &amp; answered ${n * 7} calls.</p>`;
    const long = Array.from({ length: 40_000 }, (_, n) => para(n)).join('\n');
    expect(long.length).toBeGreaterThan(2 * 1024 * 1024);
    // A piece ends at a line's end: no tag or entity is cut in two.
    expect(sourceForQuotes(long)).toBe(Array.from({ length: 40_000 }, (_, n) => `inarea${n}officersmade${n * 3}arrestsanswered${n * 7}calls`).join(''));
    const finder = new QuoteFinder(sourceForQuotes(long));
    expect(quoted(finder, 'In area 2 officers made 6 arrests & answered 14 calls.')).toHaveLength(1);
  });
});
