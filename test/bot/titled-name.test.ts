import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** One helpline's year, and a regulator that calls itself by its initials. */
const REPORT = [
  'Westmoor domestic abuse services 2016/17',
  '',
  'The Westmoor Domestic Abuse Helpline managed 2,450 calls in 2016/17.',
  '',
  'The SIA issued 310 formal warnings to door supervisors in 2016/17.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'westmoor-services.txt': REPORT });

describe('a name made of English words ("the Live Fear Free helpline")', () => {
  it('is declined when no passage holds its words together', async () => {
    const answer = await handle('How many calls did the Live Fear Free helpline take in 2016/17?', knowledge());
    expect(answer.status).toBe('no_answer');
  });

  it('is answered where a passage names it, whatever its capitals', async () => {
    const answer = await handle('How many calls did the Domestic Abuse Helpline take in 2016/17?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toBe('2,450');
  });

  it('is answered where the documents write it by its initials', async () => {
    const answer = await handle('How many formal warnings did the Security Industry Authority issue in 2016/17?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toBe('310');
  });
});
