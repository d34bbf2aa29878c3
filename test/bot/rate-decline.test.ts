import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A statistics release that gives shares about children in custody, and no reoffending rate. */
const RELEASE = `Youth custody statistics 2019/20

Remand

The number of children held on remand in youth custody fell by 1% compared to the previous year, to 240 children, and accounts for 31% of all children in youth custody.

First time entrants

The first time entrant rate for children fell by 8% in 2019/20.

Custodial sentences

Custodial sentences given to children fell by 12% in 2019/20.

Reconviction

Reconviction data for children held on remand will be published with next year's release.
`;

const knowledge = useKnowledgeWith({ 'youth-custody.txt': RELEASE });

describe('a question asking for a rate', () => {
  it('is declined when no sentence names what the rate is of, however well the passage fits otherwise', async () => {
    const answer = await handle('What is the reconviction rate for children held on remand in 2019/20?', knowledge());
    expect(answer.status).toBe('no_answer');
  });

  it('is declined when the only number is a change in a count, not a rate', async () => {
    const answer = await handle('What was the custodial sentence rate for children in 2019/20?', knowledge());
    expect(answer.status).toBe('no_answer');
  });

  it('is answered by a sentence that names it', async () => {
    const answer = await handle('What is the first time entrant rate for children in 2019/20?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '8%' });
  });
});
