import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

// Two bulletins alike but for their place: one writes "Northern Ireland" throughout and its
// initials only once, in a note on where its figures come from.
const NORTHERN_IRELAND = `Prison Population Bulletin 2023

The average daily prison population in Northern Ireland was 1,850 in 2023.

The remand population in Northern Ireland rose to 720 in 2023.

Receptions into prisons in Northern Ireland fell to 4,100 in 2023.

Women made up 4% of those held in Northern Ireland's prisons.

Figures are supplied by the NI Prison Service.
`;

const SCOTLAND = `Prison Population Bulletin 2023

The average daily prison population in Scotland was 7,800 in 2023.

The remand population in Scotland rose to 2,100 in 2023.
`;

const knowledge = useKnowledgeWith({ 'ni-prisons.txt': NORTHERN_IRELAND, 'scotland-prisons.txt': SCOTLAND });

describe('initials the documents write now and then, beside the name they write throughout', () => {
  it('stand for that name: "NI" finds what they say of Northern Ireland, not of another place', async () => {
    const answer = await handle('NI average daily prison population 2023', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]!.text).toMatch(/Northern Ireland was 1,850/);
    expect(answer.figures[0]).toMatchObject({ value: '1,850' });
  });
});
