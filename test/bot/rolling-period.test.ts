import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A survey report dated in its text, whose figures run back twelve months from that date. */
const SURVEY = `Lantern Trust teen survey

Published 3 November 2022

Findings

41% of teens said they had seen fights filmed on their phones in the last 12 months.
`;

const knowledge = useKnowledgeWith({ 'lantern-teen-survey.txt': SURVEY });

describe('a span counted back from the document’s date ("in the last 12 months")', () => {
  it('answers the year the document is of, as a person names its survey ("the 2022 survey")', async () => {
    const answer = await handle('Lantern Trust 2022 teens who saw fights filmed on phones %', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '41%' });
  });

  it('does not answer a year it does not end in', async () => {
    const answer = await handle('Lantern Trust 2020 teens who saw fights filmed on phones %', knowledge());
    expect(answer.status).not.toBe('answered');
  });
});
