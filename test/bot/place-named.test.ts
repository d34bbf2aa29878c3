import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';
import { placesAsked, wholeOfPartsAsked } from '../../knowledge/figures/figure-places.js';

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

/** A bulletin naming Scotland, whose only rate is placed in England and Wales. */
const FERRIES = `Ferry safety bulletin

Incidents

Ferry operators in Scotland filed their returns on time this year.

The ferry incident rate was 3.1 per million passengers in England and Wales in 2022/23.
`;

const knowledge = useKnowledgeWith({ 'harbour-patrols.txt': PATROLS, 'lighthouses.txt': LIGHTHOUSES, 'ferries.txt': FERRIES });

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

describe('a figure placed in a land that shares no ground with the one asked', () => {
  it('does not answer it, though its document names the place asked', async () => {
    const scotland = await handle('What was the ferry incident rate in Scotland in 2022/23?', knowledge());
    expect(scotland.status).toBe('no_answer');
    const wales = await handle('What was the ferry incident rate in Wales in 2022/23?', knowledge());
    expect(wales.figures[0]).toMatchObject({ value: '3.1', geography: 'England and Wales' });
  });
});

describe('a question asking which parts of a place', () => {
  it('asks about the parts, not the whole it names', () => {
    expect(placesAsked('Which parts of the UK saw the cost of rural theft climb most steeply?')).toEqual([]);
    // (The whole asked about is known, so that its own figure does not lead an answer about its parts.)
    expect(wholeOfPartsAsked('Which parts of the UK saw the cost of rural theft climb most steeply?')).toBe('UK');
    expect(wholeOfPartsAsked('What did rural theft cost the UK?')).toBeUndefined();
    expect(placesAsked('Which regions of England had the highest rate?')).toEqual([]);
    expect(placesAsked('How much did rural theft cost the UK in 2015?')).toEqual(['UK']);
  });
});

/** A survey giving what a theft cost the whole country, and the rises in two of its parts. */
const SURVEY = `Farm crime survey 2023

Headline findings

Farm vehicle theft cost an estimated £31.2m in the UK during 2023.

Wales and Scotland saw the biggest rises, with costs increasing by 14% and 9% on 2022.
`;

const survey = useKnowledgeWith({ 'farm-crime.txt': SURVEY });

describe('what a survey says a thing cost', () => {
  it('names what a thing cost as its cost, and where as its place', async () => {
    const answer = await handle('How much did farm vehicle theft cost the UK in 2023?', survey());
    expect(answer.figures[0]).toMatchObject({ value: '£31.2m', measure: 'cost of farm vehicle theft', geography: 'UK' });
  });
});
