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

/** An outreach note whose count names what it counts in other words than a person asks in. */
const OUTREACH = [
  'Northvale outreach: the first year',
  '',
  'Over 900 residents have been reached by the outreach team, including 310 young people who attended dedicated knife crime awareness sessions.',
  '',
  'The team also met every secondary school head teacher in the county during the year.',
  '',
  'Digital forensics in Northvale is stretched, and there is a backlog of more than 2,500 devices waiting to be examined by specialists.',
  '',
  'The median time for an outcome to be assigned to burglary offences was 41 days in 2023-24.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'northvale-stalking.txt': BULLETIN, 'northvale-outreach.txt': OUTREACH });

describe('"how many" things', () => {
  it('is answered first by the passage that counts those things, ahead of shorter ones giving a share or a rate of them', async () => {
    const answer = await handle('How many stalking incidents did Northvale Police record in 2023-24?', knowledge());
    // (A matching passage beside it may be shown in the same excerpt, in the document's order.)
    expect(answer.passages[0]!.text.split('\n').some((line) => line.startsWith('Northvale Police recorded 3,412 stalking incidents'))).toBe(true);
    expect(answer.figures[0]?.value).toBe('3,412');
  });

  it('is answered by a count of what was asked to be counted, though the rest of the question is put in other words', async () => {
    const answer = await handle('How many youngsters sat through the Northvale team\'s talks warning of the dangers of carrying blades on the streets at night?', knowledge());
    expect(answer.status).not.toBe('no_answer');
    expect(answer.figures[0]?.value).toBe('310');
  });

  it('is answered by a count of the broader kind the documents count it by ("devices" for "gadgets")', async () => {
    const answer = await handle('How many phones, computers and other gadgets in Northvale were sitting in a queue for specialists to check them?', knowledge());
    expect(answer.status).not.toBe('no_answer');
    expect(answer.figures[0]?.value).toBe('2,500');
  });

  it('reads what is counted up to a preposition ("disruptions against organised crime groups" counts disruptions)', () => {
    expect(knowledge().question('How many disruptions against organised crime groups were there?').counted).toBe('disrupt');
  });
});

describe('"how many" days, weeks or years', () => {
  it('asks for a span of time, which a span the documents state answers', async () => {
    const answer = await handle('How many days did it take for an outcome to be assigned to burglary offences?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toBe('41 days');
  });
});

describe('"how many" of a kind of thing ("HMICFRS recommendations")', () => {
  const PROGRESS = [
    'Northvale Police: progress on inspection recommendations',
    '',
    'Since December 2020, 135 recommendations requiring action have been closed, with 32 now open, and with 15 additional under review for potential closure by HMICFRS.',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'northvale-progress.txt': PROGRESS });

  it('leads with the count whose own words say that kind, not another count of the same things', async () => {
    const answer = await handle('How many HMICFRS recommendations are waiting to be signed off as closed?', knowledge());
    expect(answer.figures[0]?.value).toBe('15');
  });
});

describe('a count asked for a place the document is for', () => {
  const RELEASE = [
    'Police use of firearms statistics, England and Wales: year ending March 2023',
    '',
    'This release gives statistics on police use of firearms and armed officer numbers for the 43 police forces in England and Wales in the year ending 31 March 2023.',
    '',
    'On 31 March 2023, the total number of officers who were authorised to use a firearm was 6,651.',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'firearms-release.txt': RELEASE });

  it('takes the place from the document where the sentence does not say it, so the count asked leads', async () => {
    const answer = await handle('how many armed officers were there in England and Wales at 31 March 2023', knowledge());
    expect(answer.figures[0]?.value).toBe('6,651');
  });
});
