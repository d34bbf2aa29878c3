import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A survey release whose findings and sample size stand in the same sentence. */
const RELEASE = [
  'Eastvale residents survey 2024',
  '',
  'In a survey of 1,200 residents across Eastvale, 64% said they felt safe walking alone in their area after dark.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'eastvale-survey.txt': RELEASE });

describe("a survey's sample size", () => {
  it('does not lead a question about what the survey found', async () => {
    for (const q of ['Eastvale residents survey 2024', 'what did the Eastvale residents survey find?']) {
      const answer = await handle(q, knowledge());
      expect(answer.figures[0], q).toMatchObject({ value: '64%' });
    }
  });

  it('answers a question about how many took part', async () => {
    const answer = await handle('how many residents were surveyed in Eastvale?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '1,200' });
  });
});
