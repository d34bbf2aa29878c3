import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/**
 * A council's reply to a request for information: each question written out with its answer
 * after it, follow-up questions under the first, the answers' own words naming little.
 */
const REPLY = [
  'Response to request for information',
  'Northvale District Council',
  'Response date: 3 March 2022',
  '',
  'Response',
  '',
  '1. For the last financial year (2020-2021) how many fixed penalty notices did your authority issue for graffiti? 64 (less 4 that were issued and then cancelled)',
  '',
  '  • How many were paid/unpaid? Paid 50 (£7,500), unpaid 6, written off 3, withdrawn 1.',
  '',
  '  • What is the total amount (in £s) unpaid after 14 days? 6 x £150 full rate = £900',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'northvale-foi-graffiti.txt': REPLY });

describe('a reply that writes each question before its answer', () => {
  it('measures an answer by what its question asked, and a number by what its own words say was done to it', async () => {
    const answer = await handle('How many graffiti fixed penalty notices did Northvale issue in 2020-21, and how many were cancelled?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures.map((f) => [f.value, f.measure, f.period])).toEqual(
      expect.arrayContaining([
        ['64', 'fixed penalty notices for graffiti', '2020-2021'],
        ['4', 'fixed penalty notices for graffiti issued and then cancelled', '2020-2021'],
      ]),
    );
  });

  it('reads each value of a breakdown by the label before it, for the period of the question it follows up', async () => {
    const answer = await handle('How many Northvale graffiti fines were written off in 2020-21?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures.find((f) => f.value === '3')).toMatchObject({ measure: 'written off', period: '2020-2021' });
  });

  it('answers a question in two parts asking two kinds of number, and takes no number from the question the reply repeats', async () => {
    const answer = await handle('How much was still unpaid on Northvale graffiti fines after 14 days, and what was the full rate of each fine?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures.map((f) => [f.value, f.measure])).toEqual(expect.arrayContaining([['£900', 'total amount unpaid after 14 days'], ['£150', 'full rate']]));
    expect(answer.figures.some((f) => f.value === '14 days')).toBe(false);
  });
});
