import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** Two courts notes: one says "Scottish", never "Scotland"; the other names no place, but words the question more fully. */
const SCOTTISH = 'Courts note A\n\nThe Scottish courts said the trial backlog had started to fall.\n';
const PLACELESS = 'Courts note B\n\nThe courts said the trial backlog had started to fall, and the courts expect the backlog to fall further this year.\n';

const knowledge = useKnowledgeWith({ 'courts-note-a.txt': SCOTTISH, 'courts-note-b.txt': PLACELESS });

describe('a place asked in the possessive', () => {
  it('is found where the documents name it by its adjective, as it is when asked plainly', async () => {
    for (const question of ["What did Scotland's courts say about the trial backlog?", 'What did the courts in Scotland say about the trial backlog?']) {
      const answer = await handle(question, knowledge());
      expect(answer.passages[0]?.text, question).toContain('Scottish courts');
    }
  });
});
