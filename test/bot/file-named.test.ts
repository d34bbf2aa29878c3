import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { fileWords } from '../../knowledge/search/retrieve.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A council's reply to a freedom of information request, as saved: its text never names the council. */
const REPLY = [
  'Response to request for information',
  '',
  'Request: How many fixed penalty notices for fly-tipping were issued in 2020-2021, and how many were paid?',
  '',
  'Response: In 2020-2021, 42 fixed penalty notices for fly-tipping were issued. Of these, 35 were paid and 7 were cancelled.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ '06_brackenford-council-foi-fly-tipping-2021.txt': REPLY });

describe('a document dropped into data/ with no catalog entry', () => {
  it('is found by the words of its file name, when its text never says whose it is', async () => {
    const answer = await handle('How many fly-tipping fines did Brackenford council issue in 2020-21?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toBe('42');
    expect(answer.passages[0]!.text).toContain('42 fixed penalty notices');
  });

  it('takes from a file name its words, not its numbers or a hash', () => {
    expect(fileWords('06_brackenford-council-foi-fly-tipping-2021.txt')).toBe('brackenford council foi fly tipping');
    expect(fileWords('000_35f14ea1fa3973a0.txt')).toBe('');
    expect(fileWords('Crime in England and Wales YE March 2024.pdf')).toBe('Crime England and Wales March');
  });
});
