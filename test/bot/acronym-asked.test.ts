import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A return that defines its acronyms, then counts by their long forms beside a total. */
const RETURN = `Harbour orders return

Orders made

The harbour court can make Mooring Restriction Orders (MROs) and Vessel Inspection Orders (VIOs).
In 2023/24, 410 harbour orders were made in all. Of these, 96 were Mooring Restriction Orders and 58 were Vessel Inspection Orders.
`;

const knowledge = useKnowledgeWith({ 'harbour-orders.txt': RETURN });

describe('a question asking by an acronym', () => {
  it('leads with the figure its long form names, not the total beside it', async () => {
    const answer = await handle('how many MROs were made in 2023/24?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '96' });
  });
});
