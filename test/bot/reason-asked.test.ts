import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';
import { uncoveredTopicWords } from '../../knowledge/search/answerable.js';

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

  it('is asked in other words too: what lay behind it, what reasons were given, how it was explained', async () => {
    for (const q of [
      'What was behind fewer band 3 probation services officers than a year before?',
      'What reasons explain there being fewer band 3 probation services officers than a year before?',
      'How does the bulletin explain fewer band 3 probation services officers than a year before?',
    ]) {
      const answer = await handle(q, knowledge());
      expect(answer.passages[0]!.text, q).toMatch(/fell largely due to fewer trainees/);
    }
  });
});

describe('words mostly used as adverbs', () => {
  it('are not read as a thing the documents never name ("behind there" is no pair of nouns)', () => {
    const kb = knowledge();
    expect(uncoveredTopicWords(kb.question('Anything behind there being fewer band 3 probation services officers?'), kb)).toEqual([]);
    // Two nouns the documents never use still are.
    expect(uncoveredTopicWords(kb.question('How many lollipop lady patrols were there?'), kb)).toEqual(expect.arrayContaining(['lollipop']));
  });
});
