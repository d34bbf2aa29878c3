import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A target stated as a share within a span of time, with no duration of its own. */
const RELEASE = [
  'Northvale 999 call answering',
  '',
  'The national standard says forces should answer 90% of 999 calls within 10 seconds.',
  '',
  'Northvale received 41,200 calls in the quarter.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'northvale-999.txt': RELEASE });

describe('"how quickly" asked of a target given as a share within a span', () => {
  it('is answered by the share and its span, not declined for want of a duration', async () => {
    const answer = await handle('How quickly should forces answer 999 calls under the national standard?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]!.text).toContain('within 10 seconds');
  });
});
