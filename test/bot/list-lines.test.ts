import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A charity's year in figures, copied from its page: each figure on a line of its own, no stops. */
const YEAR_IN_FIGURES = `Harbour Women's Aid statistics for 2016/17

Police responded to a domestic incident every 18 minutes of every day

Domestic violence crime accounted for 14.2% of all crime reported to the police

13 babies born to women in refuge

29,657 calls managed by the 24 Hour Domestic & Sexual Violence Helpline
`;

const knowledge = useKnowledgeWith({ 'harbour-womens-aid-2016-17.txt': YEAR_IN_FIGURES });

describe('figures set one to a line without full stops', () => {
  it('answers with the figure of the line the question names, not a neighbour’s', async () => {
    const answer = await handle('24 Hour Domestic & Sexual Violence Helpline calls 2016/17', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '29,657' });
  });
});
