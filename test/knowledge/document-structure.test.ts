import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { readDocument } from '../../knowledge/documents/sources/document.js';
import { splitGluedHeadings } from '../../knowledge/documents/glued-headings.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** An annual report as extraction leaves it: a contents page, page footers, headings in capitals. */
const REPORT = `Annual Report 2018/2019

Page | 1 14

CONTENTS

PAGE The Chair's View 3

About the Board 4

Road Safety Partnership 6

Useful Contacts 39

Page | 2 15

The CHAIR'S VIEW

Road safety in the county continues to improve year on year, and I thank every volunteer for it.

Casualty numbers on rural roads fell again last year, although speeding remains our first concern.

ABOUT THE BOARD

The board meets four times a year and publishes its minutes on the partnership's website.
`;

/** A news release whose key findings follow a bulleted list with no closing full stop. */
const RELEASE = `Findings from the 2021 county survey

The bulletin reports on:

  • experience of crime
  • perceptions of policing

Key Findings

  • Most households did not experience a crime asked about in the survey, the same as the year before.
`;


/** A statistical release's key points, each card's headline run into its text by the extraction. */
const BULLETIN = `Criminal court statistics: July to September 2022

Main points

Crown Court: outstanding case volumes increased Receipts (2%) and disposals (12%) fell on the previous quarter, with disposals below receipts. As a result, the outstanding caseload increased by 6% from 59,473 at the end of June 2022 to 62,766 at the end of September 2022.
Crown Court: ineffective trial rate increased The ineffective trial rate at the Crown Court increased from 31% in the previous quarter to 56% in July to September 2022.
The 40 elected Police and Crime Commissioners in England and Wales oversee their forces, and the Police and Crime Panels scrutinise them.
`;

// One corpus for every case: building one reads all of WordNet.
const knowledge = useKnowledgeWith({ 'board-report.txt': REPORT, 'court-statistics.txt': BULLETIN });

describe('a table of contents', () => {
  it('is not a passage: a question about a part finds the part, not its contents entry', async () => {
    const answer = await handle("what does the chair's view say about road safety?", knowledge());
    expect(answer.passages[0]?.text).toMatch(/^Road safety in the county continues to improve/);
    expect(answer.passages.map((p) => p.text).join('\n')).not.toMatch(/View 3|Useful Contacts/);
  });

  it('leaves the heading after it to open its section', () => {
    const blocks = readDocument(REPORT);
    expect(blocks.find((b) => b.text.startsWith('Casualty numbers'))?.section.at(-1)).toMatch(/chair's view/i);
    expect(blocks.map((b) => b.text).join('\n')).not.toMatch(/Page \| 2 15|About the Board 4/);
  });

  it('is not seen where a heading is only followed by its text', () => {
    const text = 'Contents\n\nPrint this document\n\nForeword\n\nThis review looks at how the police responded to the pandemic, force by force.\n';
    expect(readDocument(text).find((b) => b.text.startsWith('This review'))?.section).toContain('Foreword');
  });
});

describe('a heading after a bulleted list', () => {
  it('opens its section even though the last item has no full stop', () => {
    const finding = readDocument(RELEASE).find((b) => b.text.startsWith('Most households'));
    expect(finding?.section).toEqual(['Key Findings']);
  });
});


describe('a headline run into the paragraph under it', () => {
  it('heads the paragraph instead of opening its first sentence, and names what the figures under it are of', async () => {
    const answer = await handle('How many cases were waiting at the Crown Court at the end of September 2022?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures.map((f) => f.value)).toContain('62,766');
    expect(answer.passages[0]?.text).toMatch(/^Receipts \(2%\) and disposals \(12%\) fell/);
  });

  it('keeps a headline that states a number as a passage of its own, ending on that number', () => {
    const text = 'Main points\n\n1.4 million individuals were dealt with by the courts in 2022 The number of individuals formally dealt with by the courts increased by 7% in the latest year, although this is 11% below 2019.\n';
    const blocks = splitGluedHeadings(readDocument(text));
    expect(blocks.map((b) => b.text)).toEqual(['1.4 million individuals were dealt with by the courts in 2022', expect.stringMatching(/^The number of individuals formally dealt with/)]);
    expect(blocks[1]!.section.at(-1)).toBe('1.4 million individuals were dealt with by the courts in 2022');
  });

  it('parts a headline with a bracketed aside in it', () => {
    // A release's key point copied from a web page, its headline run into its text.
    const text = 'Main points\n\n64,607 FTE (full time equivalent) staff in post        This is a slight increase of 357 FTE (0.6%) on a year before, largely because prisons have grown.\n';
    const blocks = splitGluedHeadings(readDocument(text));
    expect(blocks.map((b) => b.text)).toEqual(['64,607 FTE (full time equivalent) staff in post', 'This is a slight increase of 357 FTE (0.6%) on a year before, largely because prisons have grown.']);
  });

  it('leaves a name in the middle of a sentence alone', () => {
    const blocks = splitGluedHeadings(readDocument(BULLETIN));
    expect(blocks.map((b) => b.text)).toContain('The 40 elected Police and Crime Commissioners in England and Wales oversee their forces, and the Police and Crime Panels scrutinise them.');
  });
});
