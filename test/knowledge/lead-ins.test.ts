import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { buildPassages } from '../../knowledge/documents/passages.js';
import { extractFigures } from '../../knowledge/figures/figures.js';
import { findPeriods } from '../../knowledge/language/periods.js';
import { loadDocument } from '../../knowledge/documents/sources/load.js';
import { blocksOf } from '../helpers/fixtures.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

const BULLETIN = [
  'Hate crime bulletin',
  '',
  'Police recorded hate crime rose again, driven by better recording and by more victims coming forward.',
  '',
  'The number of hate crime offences in 2015/16 for the five monitored strands were as follows:',
  '',
  '49,419 (79%) were race hate crimes;',
  '4,400 (7%) were religious hate crimes;',
  '3,629 (6%) were disability hate crimes; and',
  '858 (1%) were transgender hate crimes.',
  '',
].join('\n');


describe('list items and their lead-ins', () => {
  it('marks each item of a list with its lead-in, and stops at a paragraph or the next lead-in', () => {
    const long = `${'Words that run on as a paragraph of their own '.repeat(10)}end.`;
    const passages = buildPassages('d', '2024-01-01', blocksOf(['Our aims were:', 'Fewer victims;', 'More arrests.', long, 'We also:', 'Listened.']));
    const [lead, a, b, paragraph, second, c] = passages;
    expect([a!.leansOn, b!.leansOn]).toEqual([lead!.id, lead!.id]);
    expect(paragraph!.leansOn).toBeUndefined();
    expect(second!.leansOn).toBeUndefined();
    expect(c!.leansOn).toBe(second!.id);
  });

  it('ends a list set with bullets at the first paragraph without one, however short', async () => {
    const text = ['Six month review', '', 'Key stats', '', 'Since its launch, we have received:', '', '  • 1,274 reports from the public;', '  • which has resulted in 121 alerts being sent to platforms.', '', 'Platforms responded to our alerts within 48 hours.', '', 'We are encouraged that our partners have been able to act.', ''].join('\n');
    const doc = await loadDocument(Buffer.from(text), 'review.txt');
    const passages = buildPassages('d', '2021-01-01', doc.blocks);
    const lead = passages.find((p) => p.text.startsWith('Since its launch'))!;
    const leaning = passages.filter((p) => p.leansOn === lead.id).map((p) => p.text);
    expect(leaning).toEqual(['1,274 reports from the public;', 'which has resulted in 121 alerts being sent to platforms.']);
  });

  it('ends a list of phrases at the first paragraph of several sentences, and what follows it', () => {
    const passages = buildPassages('d', '2024-01-01', blocksOf(['The areas of focus included:', 'Identifying placements', 'Volunteering opportunities', 'The team met partners. It is evident that more is needed.', 'Victim satisfaction is above 95%.']));
    const [lead, a, b, paragraph, after] = passages;
    expect([a!.leansOn, b!.leansOn]).toEqual([lead!.id, lead!.id]);
    expect(paragraph!.leansOn).toBeUndefined();
    expect(after!.leansOn).toBeUndefined();
    // A list whose items are themselves paragraphs keeps them all.
    const paras = buildPassages('d', '2024-01-01', blocksOf(['Our findings were:', 'Crime fell. Arrests rose.', 'Victims were happier. Calls were answered.']));
    expect(paras.slice(1).map((p) => p.leansOn)).toEqual([paras[0]!.id, paras[0]!.id]);
  });

  it('reads a list under a bare "This includes:" as continuing the passage before it', () => {
    const passages = buildPassages('d', '2024-01-01', blocksOf(['The workforce was 234,438 FTE.', 'This includes:', '147,098 FTE police officers']));
    expect(passages[2]!.leansOn).toBe(passages[0]!.id);
  });

  it('does not carry a lead-in across a section', () => {
    const passages = buildPassages('d', '2024-01-01', [...blocksOf(['Our aims were:']), ...blocksOf(['Fewer victims.'], ['Another section'])]);
    expect(passages[1]!.leansOn).toBeUndefined();
  });
});

describe('the period of a list item', () => {
  it('is the one its lead-in names, in the sentence opening the list or the one before it', () => {
    const passages = buildPassages('d', '2024-01-01', blocksOf(['The total budget for 2016-17 is £258m. The majority of funding is received through:', 'Government grants – 62%', 'Local precept – 38%.']));
    const [lead, grants, precept] = passages;
    expect(extractFigures(grants!, { period: findPeriods('2017-18')[0] }, lead)[0]).toMatchObject({ value: '62%', period: { label: '2016-17' } });
    expect(extractFigures(precept!, {}, lead)[0]).toMatchObject({ value: '38%', period: { label: '2016-17' } });
  });
});

describe('words introduced by their speaker', () => {
  it('are one passage with the paragraph introducing them, when they open the next in quotation marks', () => {
    const joined = buildPassages('d', '2024-01-01', blocksOf(['On the report, Chief Constable Omar Haddad said.', '“I am delighted with the grades.”']));
    expect(joined.map((p) => p.text)).toEqual(['On the report, Chief Constable Omar Haddad said. “I am delighted with the grades.”']);
    const apart = buildPassages('d', '2024-01-01', blocksOf(['The chief constable said.', 'Crime fell by 5%.']));
    expect(apart).toHaveLength(2);
  });
});

/** A council's reply to a freedom of information request: each question, then "Our response:" and the answer. */
const FOI_REPLY = [
  'FOI reply: notices and fines',
  'Example Borough Council',
  'date not shown',
  '',
  'Question 1',
  'How many fines were issued for breaches of the town centre order in 2018?',
  'Our response:',
  'Fixed Penalty Notices have been issued for the following breaches:',
  '3 x riding a bicycle in the precinct',
  '9 x begging in a shop doorway',
  'Question 2',
  'How many Community Protection Notices were issued in November 2016 to October 2017 and November 2017 to October 2018?',
  'Our response:',
  'Nov 2016 to Oct 2017: 4',
  'Nov 2017 to Oct 2018: 11',
  'Question 3',
  'Can you provide the wording of these notices?',
  'Our response:',
  'We are unable to provide this information',
  'Question 4',
  'How many fines were issued for littering in 2018?',
  'Our response:',
  'We do not hold this information',
  '',
].join('\n');

describe('a reply to questions, each answer under "Our response:"', () => {
  const knowledge = useKnowledgeWith({ 'foi-reply.txt': FOI_REPLY });

  it('keeps every answer as text, none taken for a heading or a running header', async () => {
    const passages = await knowledge().passagesById(Array.from({ length: 40 }, (_, i) => `foi-reply#${i + 1}`));
    const texts = passages.map((p) => p.text).join('\n');
    for (const line of ['Our response:', 'Nov 2017 to Oct 2018: 11', 'We are unable to provide this information', 'We do not hold this information']) expect(texts).toContain(line);
  });

  it('counts what the question asked for, for the period each answer line names', async () => {
    const answer = await handle('how many community protection notices were issued between November 2017 and October 2018?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '11', measure: 'Community Protection Notices issued' });
  });

  it('reads a list item after a times sign as what was counted, and a question\'s number as no figure', async () => {
    const figures = await knowledge().figures({ docId: 'foi-reply' });
    expect(figures.find((f) => f.value === '9')).toMatchObject({ measure: 'begging in a shop doorway' });
    expect(figures.map((f) => f.sentence)).not.toContain('Question 2');
  });
});

describe('answering from a list item', () => {
  const knowledge = useKnowledgeWith({ 'hate-crime-bulletin.txt': BULLETIN });

  it('dates an item by the period its lead-in names and finds it by the lead-in\'s words', async () => {
    const answer = await handle('How many hate crimes against disabled people were recorded in 2015/16?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]!.text).toContain('3,629 (6%) were disability hate crimes');
    expect(answer.figures[0]).toMatchObject({ value: '3,629', period: '2015/16' });
  });
});

describe('rows of figures after a question asking how many', () => {
  it('read on from the question, under a header row read as a heading too, up to the first passage that is no row', () => {
    const passages = buildPassages('d', '2024-01-01', blocksOf(['How many warnings have been issued?', 'Graffiti 14 22', 'Fly-tipping 31 40', 'Total 45 62', 'The wardens patrol the town centre on weekdays and at weekends, with more patrols planned next year.']));
    const [question, a, b, total, paragraph] = passages;
    expect([a!.leansOn, b!.leansOn, total!.leansOn]).toEqual([question!.id, question!.id, question!.id]);
    expect(paragraph!.leansOn).toBeUndefined();
  });

  const knowledge = useKnowledgeWith({
    'wardens.txt': 'Eastshire wardens report\n\nThe wardens began patrols in January.\n\n\nHow many community warnings have the wardens issued?\nPeriod 1 (10.01.22 – 22.03.22)    Period 2 (23.03.22 – 27.05.22)\n\n  • Graffiti    14          22\n\n  • Fly-tipping     31      40\n\n  • Total    45     62\n\nThe wardens patrol the town centre on weekdays and at weekends.\n',
  });

  it('are shown under the question when it is the passage answering, each value its column\'s', async () => {
    const answer = await handle('Eastshire wardens community warnings issued', knowledge());
    expect(answer.passages[0]?.text).toMatch(/issued\?\nGraffiti 14 22\nFly-tipping 31 40\nTotal 45 62/);
    const total = await handle('Eastshire wardens warnings total period 2', knowledge());
    expect(total.figures.map((f) => `${f.value} ${f.measure}`)).toContain('62 Total (Period 2)');
  });
});
