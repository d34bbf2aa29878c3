import { describe, expect, it } from 'vitest';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** An inspection report that asks its own questions as headings, each answered by the paragraph after it. */
const REPORT = `Harbourshire Constabulary inspection

How well does the force treat the public and its workforce?

Inspectors found the constabulary treats the public with respect and its workforce fairly, though it should record more of its encounters with young people.

How well does the force prevent crime?

Neighbourhood teams are stretched and prevention work is patchy across the county.
`;

const knowledge = useKnowledgeWith({ 'harbourshire-inspection.txt': REPORT });

describe('a report’s own question, standing alone as a heading', () => {
  it('does not lead the answer to that question: the paragraph answering it does', async () => {
    const kb = knowledge();
    const found = await kb.retrieve(kb.question('How well does Harbourshire Constabulary treat the public and its workforce?'));
    expect(found.ranked[0]!.passage.text).toMatch(/^Inspectors found the constabulary treats the public with respect/);
  });
});
