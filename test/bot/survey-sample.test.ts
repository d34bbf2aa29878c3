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

/** A survey whose sample is said in its own sentence, a place between the people and the verb. */
const OLDER = [
  'Westvale older people and financial abuse',
  '',
  'Over 1000 older people across North Westvale were surveyed about financial abuse. The survey indicates that over 7,500 older people are experiencing some form of financial abuse.',
  '',
].join('\n');

const older = useKnowledgeWith({ 'westvale-older.txt': OLDER });

describe("a survey's sample size", () => {
  it('does not lead, said in a sentence of its own with a place before "were surveyed"', async () => {
    const answer = await handle('How many older people in North Westvale are being financially abused?', older());
    expect(answer.figures[0]).toMatchObject({ value: '7,500' });
  });

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
