import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A precept paper that gives bands A to C, never Band D. */
const PAPER = [
  'Westmoor Police and Crime Panel: proposed precept 2024/25',
  '',
  'The Commissioner proposed an increase in the policing precept for 2024/25.',
  '',
  '61% of households in Westmoor are in properties in bands A to C and therefore would pay less than £10 more a year.',
  '',
  'Category B prisons in the county held 812 men at the end of the year.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'westmoor-precept.txt': PAPER });

describe('a lettered label asked about ("Band D")', () => {
  it('is declined when the passages speak only of other letters of its kind', async () => {
    const answer = await handle('What will a Band D household in Westmoor pay for policing in 2024/25?', knowledge());
    expect(answer.status).toBe('no_answer');
  });

  it('is answered where the passages name it', async () => {
    const answer = await handle('How many men did Category B prisons in Westmoor hold?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toBe('812');
  });

  it('is not the pronoun "I" after a capitalised word', async () => {
    const answer = await handle('Anything I can quote on the Westmoor precept increase?', knowledge());
    expect(answer.status).toBe('answered');
  });
});

describe('a lettered label asked about where a table row gives one value per label', () => {
  const LEAFLET = [
    'Eastmoor precept leaflet 2024/25',
    '',
    'The Commissioner said: "We pay £31 less for policing than our neighbours, and the precept rises by 5%."',
    '',
    'Precept by Council Tax Band',
    '',
    'Band A Band B Band C Band D Band E',
    '£150.10 £175.20 £200.30 £225.40 £275.50',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'eastmoor-leaflet.txt': LEAFLET });

  it("leads with the value in that label's column", async () => {
    const answer = await handle('Eastmoor Band D precept 2024/25', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '£225.40' });
    expect(answer.figures[0]!.measure).toMatch(/^Band D\b/);
  });
});

describe('a numbered label asked about ("band 4")', () => {
  // The band 3 line names band 4 too, and more of the question besides.
  const BULLETIN = [
    'Northvale probation workforce bulletin',
    '',
    'There were 940 FTE band 4 probation officers in post.',
    '',
    'In addition to the band 4 probation officers, there were 1,120 FTE band 3 probation officers in post in Northvale.',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'northvale-workforce.txt': BULLETIN });

  it('leads with the figure for that number of its kind, not another number beside it', async () => {
    const answer = await handle('How many band 4 probation officers were in post in Northvale?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '940' });
  });
});
