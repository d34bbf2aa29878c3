import { describe, expect, it } from 'vitest';
import { extractFigures, type Figure } from '../../knowledge/figures/figures.js';
import { findPeriods } from '../../knowledge/language/periods.js';
import { sentences } from '../../knowledge/language/sentences.js';
import type { Passage } from '../../knowledge/types.js';

function figuresOf(text: string): Figure[] {
  const passage: Passage = { id: 'd#1', docId: 'd', section: [], text, start: 0, end: text.length, locations: [], periods: findPeriods(text, '2016-01-01') };
  return extractFigures(passage);
}

/** A freedom-of-information reply as extraction leaves it: numbered answers run together, each a lead-in and a list of years. */
const REPLY = `Having investigated, my response to your questions is as follows:
(1) The number of taxi driver licences in force during the period 2012/2013 to 2014/2015 is as follows:-
2012/2013 – 925 2013/2014 – 1,068 2014/2015 – 1,229 (2) The number of taxi vehicle licences in force during the period 2012/2013 to 2014/2015 is as follows:-
2012/2013 – 863 2013/2014 – 979 2014/2015 – 1,127`;

describe('a numbered reply whose answers are lists of years and numbers', () => {
  const figures = figuresOf(REPLY);

  it('reads every year\'s number, and no answer\'s own number, as a figure', () => {
    expect(figures.map((f) => f.value)).toEqual(['925', '1,068', '1,229', '863', '979', '1,127']);
  });

  it('gives each number its year and what the answer\'s lead-in counts, less the words that introduce the list', () => {
    expect(figures.map((f) => f.period?.label)).toEqual(['2012/2013', '2013/2014', '2014/2015', '2012/2013', '2013/2014', '2014/2015']);
    expect(figures.slice(0, 3).map((f) => f.measure)).toEqual(Array(3).fill('taxi driver licences in force'));
    expect(figures.slice(3).map((f) => f.measure)).toEqual(Array(3).fill('taxi vehicle licences in force'));
  });

  it('ends a sentence where the next numbered answer opens, and keeps a list on the line after its lead-in', () => {
    const said = sentences(REPLY).map((s) => s.text);
    expect(said.some((s) => s.startsWith('(2) The number of taxi vehicle licences'))).toBe(true);
    expect(said.find((s) => s.startsWith('(1)'))).toMatch(/as follows:-\n2012\/2013 – 925/);
  });

  it('reads a bracketed item number opening a line as no count, and a count in brackets after its noun as one', () => {
    expect(figuresOf('(3) Number of persons granted a licence for each fiscal year from April 2012.')).toEqual([]);
    expect(figuresOf('Burglary (3) and robbery (5) were recorded in the ward.').map((f) => f.value)).toEqual(['3', '5']);
  });
});
