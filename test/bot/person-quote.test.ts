import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** An inspectorate's release: the inspector's words, introduced by a line of their own. */
const RELEASE = `Inspection of Northshire Police

The inspectorate published its inspection of Northshire Police today.

His Majesty's Inspector of Constabulary Jo Marsh said:

“I was pleased to find that the force's arrest rate for domestic abuse is high and officers arrest offenders at the earliest opportunity.”
`;

const knowledge = useKnowledgeWith({ 'northshire-release.txt': RELEASE });

describe('what a named person said', () => {
  it('is answered with their words, not declined for want of the rate they spoke of, and not with the line introducing them', async () => {
    const answer = await handle("What did Jo Marsh say about Northshire Police's arrest rate for domestic abuse?", knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.quotes?.[0]?.text).toContain('arrest rate for domestic abuse is high');
    expect(answer.quotes?.map((q) => q.text)).not.toContain("His Majesty's Inspector of Constabulary Jo Marsh said:");
    expect(answer.quotes?.[0]?.citation.startsWith('““')).toBe(false);
  });
});

describe("a person's words among sentences about them", () => {
  const RELEASE = [
    'Riverside commissioner publishes annual report',
    '',
    'Commissioner Dana Whitlock has published her annual report on the progress made in 2022-23 across Riverside.',
    '',
    'Burglary fell across the county over the year.',
    '',
    'Commissioner Whitlock said: “I am proud of the progress made by officers and partners this year.',
    '',
    'On the inspection, Chief Constable Omar Haddad said.',
    '',
    '“I am delighted with the grades the force has been given.”',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'riverside-release.txt': RELEASE });

  it('quotes what the person said, not a sentence about them', async () => {
    const answer = await handle('What did Dana Whitlock say about the progress made in 2022-23?', knowledge());
    expect(answer.quotes![0]!.text).toMatch(/^Commissioner Whitlock said: “I am proud/);
  });

  it('quotes the words a sentence introduces, never the introduction', async () => {
    const answer = await handle('Chief Constable Omar Haddad reaction to the inspection, quote', knowledge());
    expect(answer.quotes!.map((q) => q.text)).not.toContain('On the inspection, Chief Constable Omar Haddad said.');
    expect(answer.quotes![0]!.text).toMatch(/I am delighted with the grades/);
  });
});
