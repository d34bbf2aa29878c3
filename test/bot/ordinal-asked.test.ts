import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A review body's annual report that says when it began but never counts its years. */
const REPORT = [
  'Eastshire Review Commission: annual report 2023-24',
  '',
  'The Commission began work in 2014.',
  '',
  'In 2023-24 we received 260 applications for reviews of how the police handled a complaint.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'eastshire-review.txt': REPORT });

describe('an ordinal in a question ("in its tenth year")', () => {
  it('names no topic the documents lack: the question is answered', async () => {
    const answer = await handle('In its tenth year, how many applications for reviews did the Eastshire commission receive?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toBe('260');
  });

  it('leaves a rare topic word the documents lack to decline the question', async () => {
    const answer = await handle('In its tenth year, how many mopeds did the commission receive?', knowledge());
    expect(answer.status).toBe('no_answer');
  });
});
