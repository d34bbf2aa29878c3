import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A bulletin glossing an exact count with a share in round words. */
const BULLETIN = `Homicide in Northshire: year ending March 2022

Approximately 4 in 10 homicides were committed using a knife or sharp instrument (282 homicides); a 19% increase compared with the previous year.
`;

const knowledge = useKnowledgeWith({ 'northshire-homicide.txt': BULLETIN });

describe('a share in round words beside the exact number', () => {
  it('gives way to the number when no share is asked for, and leads when one is', async () => {
    expect((await handle('Northshire knife or sharp instrument homicides year ending March 2022', knowledge())).figures[0]).toMatchObject({ value: '282' });
    expect((await handle('what proportion of Northshire homicides were committed with a knife?', knowledge())).figures[0]).toMatchObject({ value: '4 in 10' });
  });
});
