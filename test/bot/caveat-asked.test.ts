import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A statistics note: the trend, then a caveat on reading it, in words other than "caveat". */
const NOTE = `# Recorded shoplifting in Eastmoor, 2015 to 2023

## The shoplifting trend in Eastmoor

Recorded shoplifting offences in Eastmoor rose each year from 2019, reaching 8,412 offences in 2023 against 5,020 in 2015.

## Quality of the figures

Counts before 2020 are not directly comparable with later years and should be interpreted with caution.
`;

// (Alone: the shipped documents happen to say "caveat" themselves.)
const knowledge = useKnowledgeWith({ 'eastmoor-shoplifting.md': NOTE }, { alone: true });

describe('a question asking what caveats or limits figures carry', () => {
  it('is answered from the documents on its topic, though none of them says "caveat"', async () => {
    const answer = await handle('What caveats apply to the Eastmoor shoplifting trend?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages.map((p) => p.text).join(' ')).toContain('Eastmoor');
  });

  it('is still declined when its topic is one the documents do not cover', async () => {
    const answer = await handle('What caveats apply to the Westmoor burglary trend?', knowledge());
    expect(answer.status).toBe('no_answer');
  });
});
