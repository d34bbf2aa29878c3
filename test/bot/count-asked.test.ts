import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A bulletin whose shorter sentences give shares and rates of what its longer one counts. */
const BULLETIN = [
  'Stalking recorded by Northvale Police, 2023-24',
  '',
  'In 2023-24, 41% of stalking incidents recorded by Northvale Police included a crime.',
  '',
  'There were 52 stalking incidents recorded by Northvale Police per 10,000 population in 2023-24.',
  '',
  'Northvale Police recorded 3,412 stalking incidents in 2023-24, a decrease of 2% compared to the previous year. This is the first fall in the number recorded for five years, and follows a change in how reports made online are logged, which the force introduced during the spring after a review by its own auditors and by the inspectorate.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'northvale-stalking.txt': BULLETIN });

describe('"how many" things', () => {
  it('is answered first by the passage that counts those things, ahead of shorter ones giving a share or a rate of them', async () => {
    const answer = await handle('How many stalking incidents did Northvale Police record in 2023-24?', knowledge());
    expect(answer.passages[0]!.text).toMatch(/^Northvale Police recorded 3,412 stalking incidents/);
    expect(answer.figures[0]?.value).toBe('3,412');
  });

  it('reads what is counted up to a preposition ("disruptions against organised crime groups" counts disruptions)', () => {
    expect(knowledge().question('How many disruptions against organised crime groups were there?').counted).toBe('disrupt');
  });
});
