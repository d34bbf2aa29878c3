import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A sentencing bulletin giving two changes in one count: down on the year, up on the decade. */
const BULLETIN = `Riverside knife and offensive weapon sentencing statistics: year ending September 2023

The overall number of knife and offensive weapon offences dealt with by the courts has decreased since the year ending September 2022. This represents a 3% decrease compared to the year ending September 2022 but an increase of 21% over the last decade.
`;

const knowledge = useKnowledgeWith({ 'riverside-knife-sentencing-2023.txt': BULLETIN });

describe('a question asking which way a number moved', () => {
  it('leads with the change that went the way asked', async () => {
    const grown = await handle('How much has the number of knife and offensive weapon offences dealt with by the courts grown?', knowledge());
    expect(grown.figures[0]).toMatchObject({ value: '21%' });
    const fallen = await handle('How much has the number of knife and offensive weapon offences dealt with by the courts fallen?', knowledge());
    expect(fallen.figures[0]).toMatchObject({ value: '3%' });
  });

  it('asks neither way when it asks whether the number went up or down', async () => {
    const either = await handle('Has the number of knife and offensive weapon offences dealt with by the courts gone up or down?', knowledge());
    expect(either.figures.map((f) => f.value)).toEqual(expect.arrayContaining(['3%', '21%']));
  });
});
