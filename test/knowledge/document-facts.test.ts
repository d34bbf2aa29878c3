import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../knowledge/documents/sources/load.js';
import { dateInText, frontMatter, publisherInText, titleInText } from '../../knowledge/documents/document-facts.js';
import { handle } from '../../bot/handle.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { captureLog, useFreshDataAndStore } from '../helpers/knowledge.js';
import { makePdf } from '../helpers/fixtures.js';

describe('the date a document gives itself', () => {
  it.each([
    ['Published 27 October 2022\n\nIntroduction', '2022-10-27'],
    ['Release date:\n24 July 2024\n\nNext release:\n24 October 2024', '2024-07-24'],
    ['Date published: 17 July 2020', '2020-07-17'],
    ['Agenda item 5\nDate: 10/05/2023\nReport of the Chief Constable', '2023-05-10'],
    ['Annual report\n\n4 August 2022\n\nThe year in numbers.', '2022-08-04'],
    ['Published on March 3, 2021', '2021-03-03'],
    ['Record year for appeals\nThe figure is in the annual report, which has been laid in Parliament today, Thursday 14 November 2024.', '2024-11-14'],
  ])('reads %j', (text, date) => {
    expect(dateInText(text)).toBe(date);
  });

  it('takes no date from a sentence that only mentions one, nor from a date that does not exist', () => {
    expect(dateInText('The plan was published in draft. Since 4 August 2022 the team has grown.')).toBeUndefined();
    expect(dateInText('Date: 31/02/2023')).toBeUndefined();
    // A question asked of a time, and a span a line reports on, are not the document's date.
    expect(dateInText('Question 3\nHow many notices were issued in November 2016 to October 2017 and November 2017 to October 2018?')).toBeUndefined();
    expect(dateInText('Our response:\nNov 2016 to Oct 2017: 7\nNov 2017 to Oct 2018: 15')).toBeUndefined();
  });
});

describe('the title a document gives itself', () => {
  it('is its first line that reads as a title, not a link, label, date or sentence', () => {
    const text = 'https://example.org/report\nSource: council website\nDate: 4 May 2023\nThe council made 3 decisions.\nCommunity Safety Partnership Annual Report\n';
    expect(titleInText(text)).toBe('Community Safety Partnership Annual Report');
  });

  it('is not a web page\'s furniture copied above its heading: a skip link, a cookie banner, menu items or a trail of links', () => {
    const text = 'Skip to main content\nCookies on the council website\nMenu\nNews and media\nHome > Community safety > Reports\nCommunity Safety Partnership Annual Report\nThe council made 3 decisions.\n';
    expect(titleInText(text)).toBe('Community Safety Partnership Annual Report');
  });

  it('is none when no line reads as one', () => {
    expect(titleInText('Police + Fire\n\nDecisions published\n')).toBeUndefined();
  });
});

describe('the publisher a document names itself', () => {
  it('is the name on an opening "From:", "Published by" or "Publisher:" line', () => {
    expect(publisherInText('Stop and search statistics\nFrom: Home Office\nPublished 27 October 2022')).toBe('Home Office');
    expect(publisherInText('Annual report\n\nPublished by the Northvale Youth Justice Agency\n')).toBe('Northvale Youth Justice Agency');
  });

  it('is none for a sentence or a date that happens to open with those words', () => {
    expect(publisherInText('From April 2023 the service expanded to every district.')).toBeUndefined();
    expect(publisherInText('Published: 4 August 2022')).toBeUndefined();
    expect(publisherInText('Crime fell.\nfrom: the mailing list')).toBeUndefined();
  });
});

describe('the title block a document opens with', () => {
  it('is the title over lines naming its publisher, date or source, up to the first blank line', () => {
    const text = 'Police workforce, England and Wales: 30 September 2023\nHome Office\nPublished 24 January 2024\n\nKey findings\n';
    expect(frontMatter(text)).toEqual({ end: text.indexOf('\n\n'), title: 'Police workforce, England and Wales: 30 September 2023', publisher: 'Home Office' });
    expect(frontMatter('Annual Report 2023/24\nOffice of the Police and Crime Commissioner\ndate not shown\n\nText.')).toMatchObject({ title: 'Annual Report 2023/24', publisher: 'Office of the Police and Crime Commissioner' });
    expect(frontMatter('Crime outcomes 2019 to 2020 (Home Office statistical bulletin)\nSource: https://example.org/x\n\nText.')?.publisher).toBeUndefined();
  });

  it('is a headline standing alone above the text, or the lines a copied page sets apart under it', async () => {
    const headline = 'Cycling charity survey finds most riders have faced abuse on the road\n\nA new survey by the charity found that 71 per cent of cyclists had faced abuse.\n';
    expect(frontMatter(headline)).toEqual({ end: headline.indexOf('\n\n'), title: 'Cycling charity survey finds most riders have faced abuse on the road' });
    // "Press release" says what kind of page it is, not who issued it; the date line ends the block.
    const page = 'Record number of complaints against doctors\n\nPress Release\n\n12 May 2011\n\nKey findings\n\nComplaints rose to 7,153.';
    expect(frontMatter(page)).toEqual({ end: page.indexOf('12 May 2011') + '12 May 2011'.length, title: 'Record number of complaints against doctors', publisher: undefined });
    // The headline names the document and is none of its passages; the text under it is all there.
    const { blocks, title } = await loadDocument(Buffer.from(headline), 'cycling.txt');
    expect(title).toBe('Cycling charity survey finds most riders have faced abuse on the road');
    expect(blocks.map((b) => b.text)).toEqual(['A new survey by the charity found that 71 per cent of cyclists had faced abuse.']);
    // A heading of two words over the text is a heading, not the document's title.
    expect(frontMatter('Key findings\n\nCrime fell by 4%.')).toBeUndefined();
  });

  it('is none where the opening lines are a title over text, or say nothing of where the document came from', () => {
    expect(frontMatter('Community Safety Plan\nThis plan sets out our priorities for the next three years.\n\nMore.')).toBeUndefined();
    expect(frontMatter('Community Safety Plan\nOur priorities\n\nMore.')).toBeUndefined();
    expect(frontMatter('Officers made 412 arrests in the year.\nPublished 4 May 2023\n\nMore.')).toBeUndefined();
  });
});

describe('a document added without a catalog entry', () => {
  const fresh = useFreshDataAndStore();

  it('is titled and dated from its text, and its figures speak of the period its title reports on', async () => {
    const file = path.join(fresh.dataDir(), 'documents', 'bulletin.txt');
    writeFileSync(file, 'Knife crime in England and Wales: year ending March 2023\n\nPublished 20 July 2023\n\nThere were 45,027 offences involving a knife or sharp instrument recorded by the police.\n');
    const summary = await ingest(fresh.dataDir(), fresh.store(), captureLog().log);
    expect(summary.added).toContain('bulletin.txt');
    const doc = (await fresh.store().documents()).find((d) => d.id === 'bulletin')!;
    expect(doc).toMatchObject({ title: 'Knife crime in England and Wales: year ending March 2023', date: '2023-07-20' });
    const kb = await KnowledgeBase.load(fresh.store());
    const figure = (await kb.retrieve('knife offences 2022/23')).ranked[0]!.figures.find((f) => f.value === '45,027');
    expect(figure?.period).toMatchObject({ start: '2022-04-01', end: '2023-03-31' });
    expect(figure?.geography).toBe('England and Wales');
  });

  it('is dated from a web page\'s text, where the date stands as a heading of its own', async () => {
    const file = path.join(fresh.dataDir(), 'documents', 'page.html');
    writeFileSync(file, '<html><head><title>Stop and search statistics - GOV.UK</title></head><body><h1>Stop and search statistics</h1><h2>Published 27 October 2022</h2><h2>Applies to England and Wales</h2><p>There were 526,024 stop and searches conducted by police in the year.</p></body></html>');
    await ingest(fresh.dataDir(), fresh.store(), captureLog().log);
    const doc = (await fresh.store().documents()).find((d) => d.id === 'page')!;
    // The page's own name, not its site's: the main heading the <title> holds.
    expect(doc).toMatchObject({ title: 'Stop and search statistics', date: '2022-10-27' });
  });

  it('is named by a web page\'s title without its site\'s name, and takes its publisher from a "From:" line', async () => {
    const file = path.join(fresh.dataDir(), 'documents', 'release.html');
    writeFileSync(
      file,
      '<html><head><title>Youth custody statistics 2023 | Northvale Justice Agency</title></head><body><p>From: Northvale Justice Agency</p><p>Published 3 May 2024</p><p>There were 41 children in custody on an average night.</p></body></html>',
    );
    await ingest(fresh.dataDir(), fresh.store(), captureLog().log);
    const doc = (await fresh.store().documents()).find((d) => d.id === 'release')!;
    expect(doc).toMatchObject({ title: 'Youth custody statistics 2023', publisher: 'Northvale Justice Agency', date: '2024-05-03' });
    const answer = await handle('How many children did the Northvale Justice Agency hold in custody?', await KnowledgeBase.load(fresh.store()));
    expect(answer.headline).toContain('41');
  });

  it('answers "how many" with the count its title\'s period covers, not a share or a rate beside it', async () => {
    const file = path.join(fresh.dataDir(), 'documents', 'bulletin.txt');
    writeFileSync(
      file,
      'Stop and search, England and Wales, year ending 31 March 2022\n\nPublished 27 October 2022\n\n' +
        'Two thirds (66%) of stop and searches in the year ending March 2022 were of young men. Males aged 15-19 had the highest rate, at 70 stop and searches per 1,000 population in the year ending March 2022.\n\n' +
        'There were 526,024 stop and searches conducted under section 1 PACE by police in England and Wales. This is a decrease of 25% compared with the previous year.\n',
    );
    await ingest(fresh.dataDir(), fresh.store(), captureLog().log);
    const answer = await handle('how many stop and searches in 2021/22?', await KnowledgeBase.load(fresh.store()));
    expect(answer.figures[0]).toMatchObject({ value: '526,024', geography: 'England and Wales', period: 'year ending 31 March 2022' });
  });

  it('takes its publisher from its title block, which is neither a passage nor a heading', async () => {
    const file = path.join(fresh.dataDir(), 'documents', 'workforce.txt');
    writeFileSync(
      file,
      'Police workforce, England and Wales: 30 September 2023\nHome Office\nPublished 24 January 2024\n\nKey findings\n\nThere were 147,098 full-time equivalent police officers in England and Wales.\n',
    );
    await ingest(fresh.dataDir(), fresh.store(), captureLog().log);
    const doc = (await fresh.store().documents()).find((d) => d.id === 'workforce')!;
    expect(doc).toMatchObject({ title: 'Police workforce, England and Wales: 30 September 2023', publisher: 'Home Office', date: '2024-01-24' });
    const passages = (await fresh.store().passages()).filter((p) => p.docId === 'workforce');
    expect(passages.map((p) => p.text)).toEqual(['There were 147,098 full-time equivalent police officers in England and Wales.']);
    expect(passages[0]!.section.join(' ')).not.toMatch(/Home Office|Published/);
  });

  it('is dated by the date its text gives itself before the date its file was made', async () => {
    // A reply saved as PDF years after it was sent: its metadata says when the file was made.
    const pdf = await makePdf([['Response to request for information', 'Response date', '11 June 2021', 'In 2020-2021, 42 fixed penalty notices for fly-tipping were issued.']], { created: new Date('2026-12-01T00:00:00Z') });
    writeFileSync(path.join(fresh.dataDir(), 'documents', 'foi-reply.pdf'), pdf);
    await ingest(fresh.dataDir(), fresh.store(), captureLog().log);
    expect((await fresh.store().documents()).find((d) => d.id === 'foi-reply')).toMatchObject({ date: '2021-06-11' });
  });

  it('takes its publisher from a PDF\'s title block, which is no passage, though no blank line follows it', async () => {
    const pdf = await makePdf([['Knife crime in Northvale, year ending March 2024', 'Northvale Community Safety Partnership', '25 July 2024', 'There were 412 knife offences recorded by the police in the year.']]);
    writeFileSync(path.join(fresh.dataDir(), 'documents', 'knife-crime.pdf'), pdf);
    await ingest(fresh.dataDir(), fresh.store(), captureLog().log);
    expect((await fresh.store().documents()).find((d) => d.id === 'knife-crime')).toMatchObject({ title: 'Knife crime in Northvale, year ending March 2024', publisher: 'Northvale Community Safety Partnership', date: '2024-07-25' });
    const passages = (await fresh.store().passages()).filter((p) => p.docId === 'knife-crime');
    expect(passages.map((p) => p.text)).toEqual(['There were 412 knife offences recorded by the police in the year.']);
  });

  it('is left undated when its text gives no date, whatever its file time', async () => {
    const file = path.join(fresh.dataDir(), 'documents', 'notes.txt');
    writeFileSync(file, 'Neighbourhood policing review notes\n\nOfficers attended 212 community meetings across the districts.\n');
    utimesSync(file, new Date('2026-12-01'), new Date('2026-12-01'));
    await ingest(fresh.dataDir(), fresh.store(), captureLog().log);
    const doc = (await fresh.store().documents()).find((d) => d.id === 'notes')!;
    expect(doc).toMatchObject({ title: 'Neighbourhood policing review notes', date: '' });
  });
});
