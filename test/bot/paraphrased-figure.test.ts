import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

// A fraud-prevention body's release, as published (eval/unseen13): it says "identity fraud" and
// "cases recorded by Cifas members" where a person asks of "pretending to be another person".
const RELEASE = readFileSync(new URL('../../eval/unseen13/documents/06_cifas-fraud-database-2019.txt', import.meta.url), 'utf8');

const knowledge = useKnowledgeWith({ 'fraud-database-2019.txt': RELEASE });

describe('a long figure question put in other words than the documents use', () => {
  it('is shown the closest passages and their figures, with no figure line to paste and a note saying so, rather than declined', async () => {
    const answer = await handle('In 2019, what share of the cases that Cifas members logged involved someone pretending to be another person or inventing a fake persona?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.notes.join(' ')).toMatch(/No figure in the documents is worded as this asks.*check them before use/);
    // The nearest figures are there to check, but the line people paste is the source, not one of them.
    expect(answer.figures.map((f) => f.value)).toContain('61%');
    expect(answer.headline).not.toMatch(/\d%/);
    expect(answer.headline).toMatch(/Cifas/);
    expect(answer.passages[0]!.text).toContain('accounting for the largest number of cases recorded by Cifas members at 61%');
  });

  it('is still declined when short and worded as the documents word it, with no figure for it', async () => {
    const answer = await handle('What did identity fraud cost Cifas members in 2019?', knowledge());
    expect(answer.status).toBe('no_answer');
  });
});
