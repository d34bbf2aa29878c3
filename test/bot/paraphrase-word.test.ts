import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';
import { uncoveredTopicWords } from '../../knowledge/search/answerable.js';

/** A force's bulletin on shop theft, worded as the force words it. */
const BULLETIN = `Northvale retail crime bulletin 2023

Shop theft

In 2023 the Northvale force recorded 4,210 shoplifting offences in town centre stores, up 12% on 2022. Officers charged 1,130 suspects with shoplifting offences.
`;

const knowledge = useKnowledgeWith({ 'northvale-retail-crime.txt': BULLETIN });

describe('a word of the question no document uses', () => {
  it('is taken for the question\'s own wording where the best passage words many of its other ideas', async () => {
    const question = 'How many shoplifting offences did the Northvale force record in 2023 in shopping arcades?';
    // (No document, nor any word meaning the same, says "arcades".)
    expect(uncoveredTopicWords(knowledge().question(question), knowledge())).toContain('arcades');
    const answer = await handle(question, knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toBe('4,210');
    // Said, so the reader checks the passage is what they asked about.
    expect(answer.notes.join(' ')).toContain('"arcades"');
  });

  it('still names a topic the documents do not cover where little else of the question is met', async () => {
    const answer = await handle('How many mopeds were stolen in Northvale in 2023?', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toMatch(/mopeds/);
  });

  it('still declines a place or a name the documents never write, however much else is met', async () => {
    const answer = await handle('How many shoplifting offences did the Southvale force record in town centre stores in 2023?', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toMatch(/Southvale/);
  });
});
