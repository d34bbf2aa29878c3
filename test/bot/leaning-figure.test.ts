import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A bulletin whose share is of "these": what the sentences before it name. */
const BULLETIN = `Tribunal appeals bulletin

Summary

Appeals lodged by tenants against rent assessment committee rulings on disrepair fell by 5% on the year. The number of these upheld fell by 4%. The proportion of these upheld is roughly 31%.
`;

/** A release whose only share is "of these", the count before it of another kind of number. */
const RELEASE = `Council review release

Some 2,400 objections were raised by residents against late-night licence renewals for takeaways this year. Of these, 31% were upheld.
`;

const knowledge = useKnowledgeWith({ 'tribunal-appeals.txt': BULLETIN, 'licensing-reviews.txt': RELEASE });

describe('a share of "these"', () => {
  it('answers a question naming what "these" are, with its own figure first', async () => {
    const answer = await handle('What proportion of appeals lodged by tenants against rent assessment committee rulings on disrepair were upheld?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '31%' });
  });

  it('is a figure for the question, not declined for want of its words in the share’s own sentence', async () => {
    const answer = await handle('What share of objections raised by residents against late-night licence renewals for takeaways were upheld?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '31%' });
  });
});
