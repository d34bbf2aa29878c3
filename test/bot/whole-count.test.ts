import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A union's survey release: shares of its respondents, never how many responded. */
const SURVEY = `Tram drivers survey 2023

52% of tram drivers have faced abuse at work in the last two years, a union survey has found.
Of the respondents, 61% said they did not report the abuse, and 38% of respondents said they had been threatened.
`;

const knowledge = useKnowledgeWith({ 'tram-drivers-survey.txt': SURVEY });

describe('a count of the whole of what it names', () => {
  it('("number of respondents") is not answered by a share of them', async () => {
    const answer = await handle('tram drivers survey 2023 number of respondents', knowledge());
    expect(answer.status).toBe('no_answer');
  });

  it('while a count of those who did something ("how many respondents said …") is answered by a share', async () => {
    const answer = await handle('In the tram drivers survey, how many respondents said they did not report the abuse?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '61%' });
  });
});
