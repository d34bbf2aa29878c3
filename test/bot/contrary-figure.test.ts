import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A survey finding that gives one share for each of two opposite groups in one sentence. */
const SURVEY = `Impact of assault, England and Wales

In the crime survey for 2021, 63% of female victims and 47% of male victims said they had suffered mental or emotional problems as a result of the assault.
`;

const knowledge = useKnowledgeWith({ 'assault-survey.txt': SURVEY });

describe('a figure for the opposite group', () => {
  it('does not head the answer: asked about male victims, the line is for male victims', async () => {
    const male = await handle('What share of male victims said they had suffered mental or emotional problems?', knowledge());
    expect(male.figures[0]).toMatchObject({ value: '47%' });
    const female = await handle('What share of female victims said they had suffered mental or emotional problems?', knowledge());
    expect(female.figures[0]).toMatchObject({ value: '63%' });
  });
});
