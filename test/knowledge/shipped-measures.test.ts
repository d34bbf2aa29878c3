import { describe, expect, it } from 'vitest';
import { NO_MEASURE } from '../../knowledge/figures/figures.js';
import { useRealKnowledge } from '../helpers/knowledge.js';

const knowledge = useRealKnowledge();

/** Words a label cannot end on: it was cut mid-phrase. */
const CUT = /\b(?:of|in|on|at|to|for|by|with|from|the|a|an|and|or|through|into)$/i;
const FUNCTION_WORD = /^(?:of|in|on|at|to|for|by|with|from|the|a|an|and|or|is|are|was|were|have|has|been|total|figure|respectively|up|down)$/i;

describe('the measures figures are shown with, over every sentence of the shipped documents', () => {
  it('are never empty, a single function word, cut at a preposition or led or closed by a bracket', async () => {
    const figures = await knowledge().figures();
    expect(figures.length).toBeGreaterThan(100);
    const bad = figures
      .map((f) => f.measure)
      .filter((m) => m !== NO_MEASURE)
      .filter((m) => m.trim() === '' || FUNCTION_WORD.test(m) || CUT.test(m) || /^[([]|[)\]]$/.test(m));
    expect(bad).toEqual([]);
  });
});
