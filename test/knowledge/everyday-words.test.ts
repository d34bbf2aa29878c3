import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/**
 * A county update: one passage names the helpline, the other only shares the question's
 * everyday words (a stand-in for "fixing", and "number").
 */
const UPDATE = `County update

Works

The council will repair the bus shelters and count the number of passengers using them.

Contact

We are working with the operator to improve the 111 service for callers.

Weapons

Every knife handed in at the amnesty bins is logged before it is destroyed.
`;

const knowledge = useKnowledgeWith({ 'county-update.txt': UPDATE });

describe('how much a question word says about its topic', () => {
  it('weighs an everyday word below a specific one, however seldom the documents use it', async () => {
    const answer = await handle('anything about fixing the 111 number?', knowledge());
    expect(answer.passages[0]?.text).toBe('We are working with the operator to improve the 111 service for callers.');
  });
});

describe('a plural the stemmer does not take back to its noun', () => {
  it('finds the passage that uses the noun ("knives" → knife)', async () => {
    const answer = await handle('what is done with knives?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toMatch(/Every knife handed in/);
  });
});

/** A watchdog's release: the question's everyday verb is a kind of the document's word. */
const RELEASE = `Complaints release

Timeliness

Forces took an average of five working days to contact a complainant after the complaint was made.

Workforce

Forces recruited 20,000 officers over three years.
`;

const release = useKnowledgeWith({ 'complaints-release.txt': RELEASE });

describe('a figure found through a broader word, written in words', () => {
  it('answers with the span the sentence spells out ("five working days")', async () => {
    const answer = await handle('how quickly did forces get back to people who grumbled about them?', release());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toBe('five working days');
  });
});

/** A fire release: one passage describes in words, the other reports a count. */
const FIRE = `Fire release

Incidents

Incidents that fire and rescue services attend are put into three main types.

Activity

Fire and rescue services attended 555,358 incidents last year.
`;

const fire = useKnowledgeWith({ 'fire-release.txt': FIRE });

describe('a count written in words', () => {
  it('is no statistic to the search: "how many" finds the passage that reports one', async () => {
    const answer = await handle('how many incidents do fire and rescue services attend?', fire());
    expect(answer.passages[0]?.text).toMatch(/555,358/);
    expect(answer.figures[0]?.value).toBe('555,358');
  });
});
