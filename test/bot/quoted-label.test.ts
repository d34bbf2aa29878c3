import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { quotedPhrases } from '../../knowledge/search/question.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** An inspection's grades, several counts in one sentence, each beside its grade. */
const INSPECTION = `Inspection of Northshire Police

The inspectorate graded the performance of Northshire Police across nine areas of policing and found the force was ‘outstanding’ in two areas, ‘good’ in four areas and ‘requires improvement’ in three areas.
`;

const knowledge = useKnowledgeWith({ 'northshire-inspection.txt': INSPECTION });

describe('a label the question quotes', () => {
  it('is read as a phrase, and an apostrophe is no quotation mark', () => {
    expect(quotedPhrases("In HMICFRS's inspection, how many areas were rated 'requires improvement'?")).toEqual(['requires improvement']);
    expect(quotedPhrases('areas graded “outstanding” or ‘good’')).toEqual(['outstanding', 'good']);
    expect(quotedPhrases("the force's grades")).toEqual([]);
  });

  it('heads the answer with the number it stands beside, not the sentence’s first', async () => {
    const improve = await handle("In the inspection of Northshire Police, in how many areas was the force rated 'requires improvement'?", knowledge());
    expect(improve.figures[0]).toMatchObject({ value: 'three' });
    const outstanding = await handle('In how many areas was Northshire Police graded “outstanding”?', knowledge());
    expect(outstanding.figures[0]).toMatchObject({ value: 'two' });
  });
});
