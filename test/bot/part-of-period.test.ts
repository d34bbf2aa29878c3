import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A monthly update: one month's count, and the year before's total. */
const UPDATE = `Riverside helpline monthly update

The helpline answered 412 calls from victims of fraud in September 2023.

Across 2022 as a whole, the helpline answered 3,950 calls from victims of fraud.
`;

const knowledge = useKnowledgeWith({ 'riverside-helpline-update.txt': UPDATE });

describe('a period asked that the documents give only a part of', () => {
  it('says the month it holds is part of the year asked, not a period near it', async () => {
    const answer = await handle('How many calls from fraud victims did the Riverside helpline answer in 2023?', knowledge());
    expect(answer.status).toBe('other_period');
    expect(answer.notes.join(' ')).toContain("don't give this for 2023 as a whole, only for part of it: September 2023");
    expect(answer.notes.join(' ')).not.toMatch(/nearest they hold is September 2023/);
  });

  it('still names another period as the nearest one held', async () => {
    const answer = await handle('How many calls from fraud victims did the Riverside helpline answer in 2021?', knowledge());
    expect(answer.status).toBe('other_period');
    expect(answer.notes.join(' ')).toMatch(/don't give this for 2021; the nearest they hold is/);
  });
});

/** A quarterly bulletin: one quarter's spending, which a season asked for mostly covers. */
const BULLETIN = `Legal aid quarterly bulletin

Between April and June 2023, spending on police station advice rose by 17% to £41 million.
`;

const quarterly = useKnowledgeWith({ 'legal-aid-bulletin.txt': BULLETIN });

describe('a period asked loosely, by a season', () => {
  it('is answered by the quarter it mostly shares', async () => {
    const answer = await handle('How much was spent on police station advice in spring 2023?', quarterly());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '£41 million' });
  });

  it('is not answered by a quarter of another year', async () => {
    const answer = await handle('How much was spent on police station advice in spring 2021?', quarterly());
    expect(answer.status).toBe('other_period');
  });
});
