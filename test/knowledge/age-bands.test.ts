import { describe, expect, it } from 'vitest';
import { extractFigures, type Figure } from '../../knowledge/figures/figures.js';
import { findPeriods } from '../../knowledge/language/periods.js';
import type { Passage } from '../../knowledge/types.js';

function figuresOf(text: string): Figure[] {
  const passage: Passage = { id: 'd#1', docId: 'd', section: [], text, start: 0, end: text.length, locations: [], periods: findPeriods(text, '2015-06-01') };
  return extractFigures(passage);
}

describe('an age band written before the people it describes ("18 to 21-year-old victims")', () => {
  it('is no figure, and is part of what the share beside it is of', () => {
    const figures = figuresOf('In 2014, 21 per cent of all drowning victims had alcohol in their bloodstream, and 57 per cent of all 18 to 21-year-old victims had alcohol in their bloodstream.');
    expect(figures.map((f) => f.value)).toEqual(['21 per cent', '57 per cent']);
    expect(figures[1]?.measure).toMatch(/^of 18 to 21-year-old victims/);
  });

  it('stays in the subject a count is measured by, banded with a hyphen or with "to"', () => {
    expect(figuresOf('The number of 16 to 24 year olds stopped rose to 5,000 in 2020.').map((f) => [f.value, f.measure])).toEqual([['5,000', '16 to 24 year olds stopped']]);
    expect(figuresOf('Some 12% of 16-24 year olds used a drug in 2020.').map((f) => f.value)).toEqual(['12%']);
  });
});
