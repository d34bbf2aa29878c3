import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';
import { placesAsked } from '../../knowledge/figures/figure-places.js';

/** A bulletin for England and Wales that never names Scotland. */
const PATROLS = `Harbour patrol bulletin

Arrests

The harbour patrol arrest rate was 4.2% in 2022/23, up from 3.9% in 2021/22.
`;

/** A bulletin that says once, in its opening, that its figures are for Scotland. */
const LIGHTHOUSES = `Lighthouse inspections bulletin

Coverage

Figures in this bulletin are for Scotland only, and come from the keepers' returns.

Results

The lighthouse inspection pass rate was 91% in 2022/23.
`;

const knowledge = useKnowledgeWith({ 'harbour-patrols.txt': PATROLS, 'lighthouses.txt': LIGHTHOUSES });

describe('a place English knows by name ("Scotland")', () => {
  it('is not answered by a document that never names it, and the decline says so', async () => {
    const answer = await handle('What was the harbour patrol arrest rate in Scotland in 2022/23?', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toMatch(/Scotland/);
  });

  it('is answered by a document that names it once for all its figures', async () => {
    const answer = await handle('What was the lighthouse inspection pass rate in Scotland in 2022/23?', knowledge());
    expect(answer.status).not.toBe('no_answer');
    expect(answer.figures[0]).toMatchObject({ value: '91%' });
  });
});

describe('a question asking which parts of a place', () => {
  it('asks about the parts, not the whole it names', () => {
    expect(placesAsked('Which parts of the UK saw the cost of rural theft climb most steeply?')).toEqual([]);
    expect(placesAsked('Which regions of England had the highest rate?')).toEqual([]);
    expect(placesAsked('How much did rural theft cost the UK in 2015?')).toEqual(['UK']);
  });
});
