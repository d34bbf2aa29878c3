import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A force's call-data page: the national target set out first, then what the force achieved. */
const PAGE = `Westshire Police 999 call data

Police.uk publishes 999 call data for every force each month, in these categories:

  • Percentage of calls answered in under 10 seconds
  • Percentage of calls answered in 10 to 60 seconds

The percentages are set against the national standard, which says forces should aim to answer 90% of 999 calls within 10 seconds.

The force's release in May noted that 81% of 999 calls were answered within 10 seconds and a further 17.2% between 10 and 60 seconds.
`;

const knowledge = useKnowledgeWith({ 'westshire-999-calls-2023.txt': PAGE });

describe('a target the question does not ask for', () => {
  it('does not lead ahead of what was achieved', async () => {
    const answer = await handle('Westshire 999 calls answered within 10 seconds percentage', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '81%' });
  });

  it('is still shown when a target is asked for', async () => {
    const answer = await handle('What is the target for 999 calls answered within 10 seconds?', knowledge());
    expect(answer.figures.find((f) => f.value === '90%')).toMatchObject({ kind: 'target' });
  });
});
