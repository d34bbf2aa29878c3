import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../knowledge/documents/sources/document.js';
import { sentences } from '../../../knowledge/language/sentences.js';

describe('wrapped text', () => {
  const text = [
    'Youth Justice Analytics',
    'Specialist analytics, commissioned by the Deputy Mayor for the Youth Justice Transformation',
    'Programme, attempted to link youth offending and police data. There have been difficulties',
    'with the data.',
    '',
    'In July 2018, the Deputy Mayor made a successful bid to the Home',
    'Office’s Early Intervention Youth Fund to the value of £1,014,500.',
    '',
    'the current case load for complex safeguarding teams',
    '',
    'across Greater Manchester is 557.',
    ' A number of young people go through the custody suite',
    ' Concern expressed from partners about the system',
  ].join('\n');
  const blocks = readDocument(text);
  const texts = blocks.map((b) => b.text);

  it('reflows wrapped lines into one paragraph', () => {
    expect(texts[0]).toBe(
      'Specialist analytics, commissioned by the Deputy Mayor for the Youth Justice Transformation Programme, attempted to link youth offending and police data. There have been difficulties with the data.',
    );
  });

  it('continues a line whose next word would not have fitted on it', () => {
    expect(texts).toContain('In July 2018, the Deputy Mayor made a successful bid to the Home Office’s Early Intervention Youth Fund to the value of £1,014,500.');
  });

  it('mends a sentence broken by a blank line', () => {
    expect(texts).toContain('the current case load for complex safeguarding teams across Greater Manchester is 557.');
  });

  it('keeps bullets apart and uses headings as the section path', () => {
    expect(texts).toContain('A number of young people go through the custody suite');
    expect(texts).toContain('Concern expressed from partners about the system');
    expect(blocks[0]!.section).toEqual(['Youth Justice Analytics']);
  });
});

describe("a web page's furniture copied with its text", () => {
  it('is neither a passage nor a heading of what follows', () => {
    const blocks = readDocument(['Criminal justice', '', 'Bookmark and Share', '  • Release date: 25 February 2010', '', 'A report which includes information on arrests and sentencing.', '', 'Back to top'].join('\n'));
    expect(blocks.map((b) => b.text).join(' ')).not.toMatch(/Bookmark|Back to top/);
    expect(blocks.every((b) => !b.section.includes('Bookmark and Share'))).toBe(true);
    expect(blocks.map((b) => b.text)).toContain('A report which includes information on arrests and sentencing.');
  });
});

describe('lines that stop short of the wrap width', () => {
  it('joins an unfinished line that runs nearly the full width, though the next word would have fitted', () => {
    const text = [
      'Restorative justice brings offenders and their victims together to talk about the harm done to them and',
      'the way forward, and it is used where it is felt it will achieve the best outcome.',
      'The service works with partners within Greater Manchester including: Victim Support; 11 GMP',
      'Victim Service Coordinators; the Police; and six North West Prisons.',
    ].join('\n');
    expect(readDocument(text).map((b) => b.text)).toContain(
      'The service works with partners within Greater Manchester including: Victim Support; 11 GMP Victim Service Coordinators; the Police; and six North West Prisons.',
    );
  });

  it('keeps apart an unfinished line well short of the width: an item of a list set without bullets', () => {
    const text = [
      'Several workshops have been held by the CRC between October 2018 and',
      'June 2019 to engage resettlement officers',
      'Development of a mentoring service at the gate',
    ].join('\n');
    expect(readDocument(text).map((b) => b.text)).toEqual([
      'Several workshops have been held by the CRC between October 2018 and June 2019 to engage resettlement officers',
      'Development of a mentoring service at the gate',
    ]);
  });
});

describe("a bulletin's key figures set apart like headings", () => {
  it('are statements of the text, while a numbered heading stays a section', () => {
    const text = ['Main points', '', '12,500 young people were given a caution', '', 'The number of cautions has fallen by 40% over the last ten years.', '', '3 Youth custody', '', 'Custody numbers fell.'].join('\n');
    const blocks = readDocument(text);
    expect(blocks.map((b) => b.text)).toContain('12,500 young people were given a caution');
    expect(blocks.find((b) => b.text === 'Custody numbers fell.')?.section).toEqual(['3 Youth custody']);
  });
});

describe("a report's key statistics, each figure alone on its line over its description", () => {
  it('reads each figure with its description as one statement, under no heading of its own', () => {
    const text = [
      'Statistics',
      'The key statistics for the year are:',
      '25,566',
      'The number of cases considered during the year.',
      'This compared with 24,204 last year, up by 6%, as more recall cases were referred.',
      '18%',
      'The percentage of cases where release was granted.',
    ].join('\n');
    const blocks = readDocument(text);
    expect(blocks.map((b) => b.text)).toEqual([
      'The key statistics for the year are:',
      '25,566 The number of cases considered during the year. This compared with 24,204 last year, up by 6%, as more recall cases were referred.',
      '18% The percentage of cases where release was granted.',
    ]);
    expect(blocks.every((b) => b.section.join() === 'Statistics')).toBe(true);
  });
});

describe('diagrams in wrapped text', () => {
  it('does not take the boxes of an org chart for section headings', () => {
    const text = [
      'Youth Justice Analytics',
      'Specialist analytics were commissioned by the Deputy Mayor to link youth offending data.',
      '',
      '2. Smarter Justice',
      '',
      'Adult Offender',
      'Management Board',
      'Chair: CS Paul Savill',
      '',
      'Local Criminal Justice',
      'Board',
      'Chair: DCC Ian Pilling',
      '',
      'Data packs have been created for each district and shared with the youth justice leads.',
    ].join('\n');
    const blocks = readDocument(text);
    const data = blocks.find((b) => b.text.startsWith('Data packs'))!;
    expect(data.section[0]).toBe('Youth Justice Analytics');
    expect(blocks.flatMap((b) => b.section)).not.toContain('2. Smarter Justice');
  });
});

describe('markdown', () => {
  it('uses # headings as the section path and drops emphasis markers', () => {
    const blocks = readDocument('## Plan\n\n### Summary\n\n- Over **10%** of demand is from GM.\n- Second point.\n');
    expect(blocks.map((b) => b.text)).toEqual(['Over 10% of demand is from GM.', 'Second point.']);
    expect(blocks[0]!.section).toEqual(['Plan', 'Summary']);
  });
});

describe('lines repeated through a document', () => {
  const chapter = (name: string, body: string) => [
    '',
    name,
    '',
    'Regional context',
    '',
    `${body} is what the region faces, and the partners set out below will work on it together.`,
    '',
  ];
  const text = [
    'Annual Plan of the Region',
    '',
    ...chapter('Training and work', 'Unemployment'),
    'Annual Plan of the Region',
    ...chapter('Drugs and alcohol', 'Addiction'),
    'Annual Plan of the Region',
    ...chapter('Family and housing', 'Homelessness'),
    'The work on housing goes on',
    'Running footer',
    'into the next year, as the plan says.',
    'Running footer',
    'Running footer',
  ].join('\n');
  const blocks = readDocument(text);

  it('keeps a heading that opens part of every chapter as a section', () => {
    const addiction = blocks.find((b) => b.text.startsWith('Addiction'))!;
    expect(addiction.section.at(-1)).toBe('Regional context');
  });

  it('drops a running header that repeats the title, and one that breaks into a sentence', () => {
    expect(blocks.some((b) => b.text.includes('Annual Plan of the Region') || b.section.includes('Annual Plan of the Region'))).toBe(false);
    expect(blocks.some((b) => b.text.includes('Running footer') || b.section.includes('Running footer'))).toBe(false);
  });
});

describe('signatures under a foreword', () => {
  const text = [
    'Foreword',
    '',
    'Our aim is to prevent victims by changing lives, and this plan sets out how we will work with partners across the region.',
    '',
    'Alex Smith',
    '',
    'Chief Executive, Regional Probation',
    '',
    'We look forward to seeing what we can accomplish together through the activities set out here.',
    '',
    'Sam Jones',
    '',
    '(Deputy Criminal Justice Lead) and',
    '',
    'Kim Lee',
    '',
    '(Criminal Justice Lead), Police and Crime Commission',
    '',
    'Training and work',
    '',
    'Employment and education are important for cutting crime, and we will build on what works in every district.',
  ].join('\n');
  const blocks = readDocument(text);
  const of = (start: string) => blocks.find((b) => b.text.startsWith(start))!;

  it('says who signed the text above a name and role, and does not take them for headings', () => {
    expect(of('Our aim').section).toEqual(['Foreword', 'Alex Smith, Chief Executive, Regional Probation']);
    expect(of('We look forward').section).toEqual(['Foreword', 'Sam Jones, Deputy Criminal Justice Lead', 'Kim Lee, Criminal Justice Lead, Police and Crime Commission']);
    expect(blocks.some((b) => b.text.includes('Alex Smith') || b.text.includes('Chief Executive'))).toBe(false);
  });

  it('lets the heading after a signature open its section', () => {
    expect(of('Employment').section).toEqual(['Training and work']);
  });
});

describe('numbered paragraphs and headings after a blank line', () => {
  it('starts a numbered paragraph apart from a line above that ended on a footnote mark', () => {
    const text = [
      'Source: Respondent to the Committee’s questions for those with lived experience.2',
      '',
      '1. This inquiry was launched to explore why rape prosecutions are so low.',
    ].join('\n');
    expect(readDocument(text).map((b) => b.text)).toEqual([
      'Source: Respondent to the Committee’s questions for those with lived experience.2',
      '1. This inquiry was launched to explore why rape prosecutions are so low.',
    ]);
  });

  it('opens a numbered section after a caption that broke off, so its number is no figure of the text', () => {
    const text = [
      'There was a sharp increase in the number of offences recorded by the police following the',
      'referendum. The number of offences recorded by the police in July 2016',
      '',
      '1 Introduction',
      '1.1 OVERVIEW',
      'This publication provides information on the number of hate crimes recorded by the police in England',
      'and Wales in 2015/16.',
    ].join('\n');
    const blocks = readDocument(text);
    const overview = blocks.find((b) => b.text.startsWith('This publication'));
    expect(overview?.section).toContain('1.1 Overview');
    expect(blocks.map((b) => b.text).join(' ')).not.toMatch(/\b1 Introduction|1\.1 OVERVIEW/);
  });
});

describe('a list of figures set as separate lines, with no stops (an infographic copied from a page)', () => {
  const text = [
    'Regional statistics for 2016/17',
    '',
    'Domestic violence crime accounted for 14.2% of all crime reported to the police',
    '',
    '13 babies born to women in refuge',
    '',
    '29,657 calls managed by the 24 Hour Domestic & Sexual Violence Helpline',
    '',
    'The number of women supported rose to',
    '',
    '7,030 in 2016/17.',
  ].join('\n');
  const texts = readDocument(text).map((b) => b.text);
  const sentencesOf = (t: string) => sentences(t).map((s) => s.text);

  it('keeps an item stating its own number a sentence of its own, so a figure is not read with its neighbour’s words', () => {
    const list = texts.find((t) => t.includes('29,657'))!;
    expect(sentencesOf(list)).toContain('Domestic violence crime accounted for 14.2% of all crime reported to the police');
    expect(sentencesOf(list).find((s) => s.includes('29,657'))).not.toContain('14.2%');
  });

  it('still mends a sentence a blank line cut after a word leading to its number', () => {
    expect(texts).toContain('The number of women supported rose to 7,030 in 2016/17.');
  });
});
