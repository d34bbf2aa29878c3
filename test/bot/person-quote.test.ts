import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';
import { buildPassages } from '../../knowledge/documents/passages.js';
import { blocksOf } from '../helpers/fixtures.js';

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

describe('a speech that runs over several paragraphs', () => {
  // Each paragraph of a long quotation opens with a quotation mark; only the first names the speaker.
  const RELEASE = [
    'Eastvale Transport Police crime figures',
    '',
    'Chief Constable Priya Okafor said: “We recorded more offences this year, as more people came forward to report them to us.',
    '',
    '“Even so, the risk of you becoming a victim of crime on the tram network remains very low, with just 9 crimes for every million journeys.',
    '',
    '“Crime on the tram network is a small part of crime in the county, and a victim of crime on a tram is helped at once.',
    '',
    '“The tram network carries more people every year, and the risk of crime there falls as we patrol it.',
    '',
    '“Becoming a victim of crime is rare on the network: a victim of crime on the tram network can text us.',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'eastvale-release.txt': RELEASE });

  it('takes the speaker named where the speech begins for its later paragraphs', async () => {
    const answer = await handle('Okafor risk of becoming a victim of crime on the tram network quote', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.quotes?.[0]?.text).toContain('remains very low');
  });

  it('still declines a person the documents never name', async () => {
    const answer = await handle('Marsden risk of becoming a victim of crime on the tram network quote', knowledge());
    expect(answer.status).toBe('no_answer');
  });
});

describe('a person\'s words set as the paragraph after "… said:", without quotation marks', () => {
  const RELEASE = [
    'Victims survey published',
    '',
    'Many victims were disappointed with the court process and the Crown Prosecution Service (CPS), the survey found.',
    '',
    'The Victims Champion for Northshire, Amara Oduya, said:',
    '',
    'Victims want to be treated with respect. Time and again the CPS has been found wanting and inconsiderate of what victims need.',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'northshire-victims.txt': RELEASE });

  it('quotes those words, reading an acronym they use as its long form, ahead of a sentence about the service', async () => {
    const answer = await handle('What did Amara Oduya say about the Crown Prosecution Service?', knowledge());
    const quoted = answer.quotes!.map((q) => q.text);
    const said = quoted.indexOf('Time and again the CPS has been found wanting and inconsiderate of what victims need.');
    expect(said).toBeGreaterThanOrEqual(0);
    const about = quoted.findIndex((t) => t.startsWith('Many victims were disappointed'));
    expect(about === -1 || about > said).toBe(true);
  });
});

describe('a quotation that runs over several sentences, beside a sentence naming its speaker in full', () => {
  const RELEASE = [
    'Westmere precept set',
    '',
    'The Police and Crime Commissioner for Westmere, Rowan Tallis, has set the police precept for 2024-25 at a level agreed by the panel.',
    '',
    'Mr Tallis said: “ Setting the precept at the right level takes careful thought. I have to weigh the need to keep people safe against what households can pay. Even so, Westmere households will still pay less than most.”',
    '',
    'The Police and Crime Commissioner (the “Commissioner”) must consult the panel on the precept each year.',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'westmere-precept.txt': RELEASE });

  it("quotes the person's words, each sentence inside the quotation marks counting as theirs, ahead of the sentence about them", async () => {
    const answer = await handle('What did Rowan Tallis say about setting the police precept for Westmere in 2024-25?', knowledge());
    const quoted = answer.quotes!.map((q) => q.text);
    expect(quoted[0]).toMatch(/^Mr Tallis said: “ Setting the precept/);
    expect(quoted).toContain('I have to weigh the need to keep people safe against what households can pay.');
    // A term set in quotation marks to define it is nobody's words.
    expect(quoted.some((t) => t.includes('(the “Commissioner”)'))).toBe(false);
    expect(answer.passages[0]!.text).toMatch(/(?:^|\n)Mr Tallis said/);
  });
});

describe('a speech that goes on in the next paragraph after "… she said."', () => {
  const RELEASE = [
    'Legal aid annual report published',
    '',
    'The Northshire Legal Aid Board has published its annual report for 2023-24.',
    '',
    'Chief Executive Morven Ashe welcomed the report.',
    '',
    '“The 13% fall in criminal payments to the profession this year follows several years of falling spending across the whole of the justice system. It is not because of a cut in funding or in the level of fees,” she said.',
    '',
    '“Rather it reflects a long term drop in reported offending and the wider use of alternatives to prosecution.”',
    '',
    'Applications for civil legal aid rose by 4% over the year.',
    '',
  ].join('\n');
  const knowledge = useKnowledgeWith({ 'northshire-legal-aid.txt': RELEASE });

  it("quotes the paragraph that carries on the speaker's words, which alone shares none of the question's", async () => {
    const answer = await handle('How did Morven Ashe explain the 13% fall in criminal payments?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]!.text).toContain('Rather it reflects a long term drop in reported offending');
    expect(answer.passages[0]!.text).not.toContain('Applications for civil legal aid');
  });
});

describe('the paragraphs of one speech', () => {
  const OPEN = 'Helen Ward, Chief Executive of the Retail Guild, said: “Over 400 shop workers face violence or abuse at work every day, and those affected carry these experiences with them for a long time afterwards.';
  const texts = (paragraphs: string[]) => buildPassages('d', '2024-01-01', blocksOf(paragraphs, ['News'])).map((p) => p.text);

  it('are one passage where print leaves the quotation open for the next paragraph to go on', () => {
    expect(texts([OPEN, '“The Government must help put an end to retail crime.”'])).toHaveLength(1);
  });

  it('is one passage with the name set over it as a label', () => {
    expect(texts(['Prisons Ombudsman Sue Marsh CB:', '“We have become a more inclusive organisation, still proudly independent.”'])).toEqual([
      'Prisons Ombudsman Sue Marsh CB: “We have become a more inclusive organisation, still proudly independent.”',
    ]);
  });

  it('stay apart where the quotation closed with no speaker named, and past a long speech', () => {
    expect(texts([`${OPEN}”`, '“We need a new offence of assaulting a shop worker.”'])).toHaveLength(2);
    const long = Array.from({ length: 5 }, (_, k) => `“Paragraph ${k + 1} of the speech runs on about the harm done to shop workers and their families by violence and abuse at work, and about what the police, the courts and the Government should each do to stop it happening again and again.`);
    expect(texts([OPEN, ...long]).length).toBeGreaterThan(1);
  });
});
