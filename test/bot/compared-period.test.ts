import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A year's treatment orders against the year before, with its parts' own changes. */
const PROGRESS = `Harbourshire treatment orders: progress report 2023/24

In 2023/24, 1,362 treatment orders were made in Harbourshire, an increase of 32% compared with 2022/23 (n=1,032). Of these, 581 were alcohol orders (a 23% increase from 473 in 2022/23) and 692 were drug orders (a 39% increase from 499 in 2022/23).
`;

const knowledge = useKnowledgeWith({ 'harbourshire-treatment-orders-2023-24.txt': PROGRESS });

describe('a period the question only compares with', () => {
  it('is no topic word: "risen since 2022/23" does not find a "23%" of something else', async () => {
    const answer = await handle('How much have treatment orders risen since 2022/23?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '32%' });
  });
});
