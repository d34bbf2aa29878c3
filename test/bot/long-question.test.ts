import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

const BULLETIN = `Northvale Court Recovery Bulletin, December 2022

In December 2022, 30 High Court evidence led trials commenced in Northvale, which is 72% of the average pre-COVID level.

The average time between pleading diet and evidence led trial is 49 weeks for High Court, compared to the pre-COVID level of 22 weeks.
`;

const knowledge = useKnowledgeWith({ 'northvale-courts.txt': BULLETIN });

describe('a long question in everyday words', () => {
  it('is answered by a passage meeting several of its rarer ideas, though it covers little of the whole', async () => {
    // The bulletin's words are "evidence led trials commenced", "High Court", "pre-COVID"; the
    // question's many other words ("under way", "highest criminal court", "a normal month")
    // leave it covering a quarter of what the question says.
    const answer = await handle(
      "In the final month of 2022, how many full trials with witnesses got under way in Northvale's highest criminal court, and how did that compare with a normal month before the pandemic?",
      knowledge(),
    );
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]!.text).toMatch(/30 High Court evidence led trials/);
    expect(answer.figures[0]).toMatchObject({ value: '30' });
  });
});
