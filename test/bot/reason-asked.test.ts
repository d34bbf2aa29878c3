import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A bulletin that reports a fall in one paragraph and says what lay behind it in another. */
const BULLETIN = [
  'Northvale probation workforce, December 2024',
  '',
  'In December 2024 there were 5,316 FTE band 3 probation services officers in post, fewer than a year before.',
  '',
  'The number of band 3 probation services officers fell largely due to fewer trainees.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'northvale-probation.txt': BULLETIN });

describe('a question asking why', () => {
  it('is answered first by the passage giving a reason, ahead of a fuller one reporting what happened', async () => {
    const answer = await handle('Why were there fewer band 3 probation services officers than a year before?', knowledge());
    expect(answer.passages[0]!.text).toMatch(/fell largely due to fewer trainees/);
  });
});
