import { mkdirSync, writeFileSync } from 'node:fs';
import AdmZip from 'adm-zip';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handle } from '../../../bot/handle.js';
import { ingest } from '../../../knowledge/documents/ingest.js';
import { KnowledgeBase } from '../../../knowledge/search/retrieve.js';
import { loadDocument } from '../../../knowledge/documents/sources/load.js';
import { openStore } from '../../../knowledge/store/store.js';
import { makeDocx, makePdf } from '../../helpers/fixtures.js';
import { captureLog, copyOfData } from '../../helpers/knowledge.js';

// Passages from the shipped 2024 report, laid out as a panel report would be.
const CSTR = 'In 2023/24, 1362 CSTRs were ordered in Greater Manchester, an increase of 32% compared with 2022/23 (n=1032).';
const GMVS = 'As part of Greater Manchester’s commitment to improving services for victims of crime, GMVS was refreshed, with a new provider Catch22 - delivering the service from September 2023.';

describe('document formats', () => {
  it('reads a PDF page by page, wrapped lines reflowed, with the page in the section path and its own title and date', async () => {
    const pdf = await makePdf(
      [
        ['Drugs and alcohol', 'In 2023/24, 1362 CSTRs were ordered in Greater Manchester, an increase of 32%', 'compared with 2022/23 (n=1032).'],
        ['Victims', 'As part of Greater Manchester’s commitment to improving services for victims of crime, GMVS was'.replace('’', "'"), 'refreshed, with a new provider Catch22 - delivering the service from September 2023.'],
      ],
      { title: 'Panel report (PDF)', created: new Date('2024-07-01T00:00:00Z') },
    );
    const loaded = await loadDocument(pdf, 'panel.pdf');
    expect(loaded).toMatchObject({ format: 'pdf', pages: 2, title: 'Panel report (PDF)', date: '2024-07-01' });
    const cstr = loaded.blocks.find((b) => b.text.includes('1362 CSTRs'))!;
    expect(cstr.text).toBe(CSTR);
    expect(cstr.section).toEqual(['Drugs and alcohol', 'p. 1']);
    expect(loaded.blocks.find((b) => b.text.includes('Catch22'))!.section).toEqual(['Victims', 'p. 2']);
  });

  it('keeps every sentence of a PDF whose date line runs on into its first paragraph', async () => {
    const pdf = await makePdf([['Northvale partnership annual review', 'Published 4 May 2023 and agreed by the board, this review sets out what the', 'partnership achieved in its first year, with 212 meetings held.']]);
    const loaded = await loadDocument(pdf, 'review.pdf');
    expect(loaded.blocks.map((b) => b.text)).toContain('Published 4 May 2023 and agreed by the board, this review sets out what the partnership achieved in its first year, with 212 meetings held.');
  });

  it('reads a Word document: headings give the section path; core properties give the title', async () => {
    const docx = await makeDocx('Panel report (Word)', [{ heading: 'Drugs and alcohol' }, { text: CSTR }, { heading: 'Victims' }, { text: GMVS }]);
    const loaded = await loadDocument(docx, 'panel.docx');
    expect(loaded.format).toBe('docx');
    expect(loaded.title).toBe('Panel report (Word)');
    expect(loaded.blocks.map((b) => [b.section, b.text])).toEqual([
      [['Drugs and alcohol'], CSTR],
      [['Victims'], GMVS],
    ]);
  });

  it('reads a Word document whose author set headings in bold or left them unstyled, and names it by its Title paragraph', async () => {
    const word = async (children: Paragraph[]) => loadDocument(Buffer.from(await Packer.toBuffer(new Document({ creator: 'tests', sections: [{ children }] }))), 'review.docx');
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const NOTE = 'Figures for the last quarter are provisional.';
    // Bold headings under a styled one: each opens its own part of the section, and a bold sentence is text.
    const styled = await word([
      new Paragraph({ text: 'Northvale community safety review', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Priority 2', heading: HeadingLevel.HEADING_2 }),
      bold('Drugs and alcohol'),
      new Paragraph({ text: CSTR }),
      bold(NOTE),
      bold('Victims'),
      new Paragraph({ text: GMVS }),
    ]);
    expect(styled.title).toBe('Northvale community safety review');
    expect(styled.blocks.map((b) => [b.section, b.text])).toEqual([
      [['Northvale community safety review', 'Priority 2', 'Drugs and alcohol'], CSTR],
      [['Northvale community safety review', 'Priority 2', 'Drugs and alcohol'], NOTE],
      [['Northvale community safety review', 'Priority 2', 'Victims'], GMVS],
    ]);
    // No heading styled at all: a short capitalised line after a finished sentence heads what follows, as in a text file.
    const plain = await word([new Paragraph({ text: 'The review covers the year to March 2024.' }), new Paragraph({ text: 'Drugs and alcohol' }), new Paragraph({ text: CSTR })]);
    expect(plain.blocks.map((b) => [b.section, b.text])).toEqual([
      [[], 'The review covers the year to March 2024.'],
      [['Drugs and alcohol'], CSTR],
    ]);
  });

  it('reads a web page: title, headings, paragraphs, list items and table cells by row and column', async () => {
    const html = `<!doctype html><html><head><title>Panel page</title><style>p{}</style></head><body><nav>Home</nav>
      <h1>Priority 2</h1><h2>Drugs</h2><p>${CSTR}</p><ul><li>First &amp; foremost.</li><li>Second.</li></ul>
      <table><tr><th>Measure</th><th>2023/24</th></tr><tr><td>CSTRs ordered</td><td>1,362</td></tr></table></body></html>`;
    const loaded = await loadDocument(Buffer.from(html), 'page.html');
    expect(loaded.title).toBe('Panel page');
    expect(loaded.blocks.map((b) => b.text)).toEqual([CSTR, 'First & foremost.', 'Second.', '1,362']);
    expect(loaded.blocks[0]!.section).toEqual(['Priority 2', 'Drugs']);
    expect(loaded.blocks[3]!.section).toEqual(['Priority 2', 'Drugs', 'CSTRs ordered', '2023/24']);
  });

  it('tells a file by its content: a ".pdf" that is really a web page is read as one', async () => {
    const loaded = await loadDocument(Buffer.from(`<html><body><p>${CSTR}</p></body></html>`), 'misnamed.pdf');
    expect(loaded.format).toBe('html');
    expect(loaded.notes[0]).toContain('named .pdf but its content is html');
  });

  it('reads Windows-1252 text instead of refusing it, and says so', async () => {
    const bytes = Buffer.from(Buffer.from('Victims’ services\n\nThe Victims’ Code applies.\n', 'latin1').map((b) => (b === 0x19 ? 0x92 : b)));
    const loaded = await loadDocument(bytes, 'cp1252.txt');
    expect(loaded.notes[0]).toContain('read as Windows-1252');
  });

  it.each([
    ['an encrypted PDF', Buffer.from('%PDF-1.7\n1 0 obj<</Filter/Standard/V 2/R 3/O(x)/U(y)/P -4>>endobj\ntrailer<</Encrypt 1 0 R/Root 2 0 R>>\n%%EOF'), 'locked.pdf', /PDF/],
    ['a truncated PDF', Buffer.from('%PDF-1.7\n1 0 obj <</Type /Catalog'), 'cut.pdf', /damaged or truncated|cannot be read/],
    ['a .docx that is not a zip', Buffer.from('just text pretending'), 'fake.docx', /not a valid \.docx/],
    ['a zero-byte file', Buffer.alloc(0), 'empty.pdf', /empty/],
    ['a file with a NUL byte', Buffer.from('text\u0000more'), 'nul.txt', /NUL byte/],
  ])('refuses %s, naming the file and why', async (_what, bytes, file, reason) => {
    await expect(loadDocument(bytes, file)).rejects.toMatchObject({ location: { file }, message: expect.stringMatching(reason) });
  });

  it('answers a question from a PDF dropped in the documents folder, and skips a broken one', async () => {
    const data = copyOfData();
    const docs = path.join(data, 'documents');
    mkdirSync(docs, { recursive: true });
    // The second line continues a sentence cut before a capital: it still reads as one paragraph.
    const lines = ['Youth diversion', 'In 2024/25, 640 young people were diverted from court through the Youth Diversion', 'Scheme, up from 512 in 2023/24.'];
    writeFileSync(path.join(docs, 'panel-2025.pdf'), await makePdf([lines], { title: 'Youth Diversion Panel Report' }));
    writeFileSync(path.join(docs, 'broken.pdf'), Buffer.from('%PDF-1.7 truncated'));
    const store = await openStore(':memory:');
    const { log } = captureLog();
    const summary = await ingest(data, store, log);
    expect(summary.added).toContain('panel-2025.pdf');
    expect(summary.skipped.map((s) => s.file)).toEqual(['broken.pdf']);
    const answer = await handle('how many young people were diverted from court in 2024/25?', await KnowledgeBase.load(store));
    expect(answer.passages[0]).toMatchObject({ title: 'Youth Diversion Panel Report', section: 'Youth diversion › p. 1' });
    expect(answer.passages[0]!.text).toBe('In 2024/25, 640 young people were diverted from court through the Youth Diversion Scheme, up from 512 in 2023/24.');
    await store.close();
  });

  it('skips a web page nested 200,000 elements deep at once, naming it, and still reads a deep but ordinary one', async () => {
    const data = copyOfData();
    const page = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>In 2024/25, 640 young people were diverted from court.</p>${'</div>'.repeat(depth)}</body></html>`;
    writeFileSync(path.join(data, 'documents', 'nested.html'), page(200_000));
    writeFileSync(path.join(data, 'documents', 'deep.html'), page(500));
    const store = await openStore(':memory:');
    const summary = await ingest(data, store, captureLog().log);
    expect(summary.skipped).toEqual([{ file: 'nested.html', reason: expect.stringMatching(/nested\.html.*nested 200,00\d elements deep/) }]);
    expect(summary.added).toContain('deep.html');
    await store.close();
  });

  it('skips a small Word file that would unpack to hundreds of megabytes, naming it, and loads the rest', async () => {
    const data = copyOfData();
    const bomb = new AdmZip();
    bomb.addFile('[Content_Types].xml', Buffer.from('<Types/>'));
    bomb.addFile('word/document.xml', Buffer.alloc(300 * 1024 * 1024, 0x20));
    const bytes = bomb.toBuffer();
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    writeFileSync(path.join(data, 'documents', 'bomb.docx'), bytes);
    const store = await openStore(':memory:');
    const summary = await ingest(data, store, captureLog().log);
    expect(summary.skipped).toEqual([{ file: 'bomb.docx', reason: expect.stringMatching(/bomb\.docx.*unpacks to 300 MB/) }]);
    expect((await store.documents()).length).toBeGreaterThan(3);
    await store.close();
  });
});
