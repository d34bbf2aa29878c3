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
  'Inspection ratings 2016/17',
  '',
  'The inspectorate rated four local services as ‘Good’ (three charities and one council team).',
  '',
  'It rated six local services as ‘Requires improvement’ (all charities).',
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

  it('is answered where the question runs together labels the document gives each with its own capital', async () => {
    const answer = await handle('inspectorate 2016/17 local services ratings Good Requires improvement', knowledge());
    expect(answer.status).not.toBe('no_answer');
    expect(answer.passages.map((p) => p.text).join(' ')).toMatch(/‘Good’|‘Requires improvement’/);
  });
});
