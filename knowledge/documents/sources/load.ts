import { BotError, ErrorCode } from '../../errors.js';
import { frontMatter } from '../document-facts.js';
import type { Block } from '../../types.js';
import { readDocument } from './document.js';
import { decodeText } from './text-encoding.js';
import { detectFormat, type DocumentFormat } from './format.js';

/** A document read from its bytes, whatever its format. */
export interface LoadedDocument {
  format: DocumentFormat;
  blocks: Block[];
  /** The text quotes are checked against (the file's own text, or what was extracted). */
  sourceText: string;
  /** The text as a reader meets it, a line per heading and block, where extraction lost its lines (web pages, Word). */
  readingText?: string;
  /** What the file says about itself (PDF info, Word core properties, HTML <title>). */
  title?: string;
  date?: string;
  /** Who issued it, where its own front matter says ("Home Office"). */
  publisher?: string;
  pages?: number;
  /** Things worth logging: an encoding guessed, a misnamed file. */
  notes: string[];
}


/**
 * Reads a document with the loader for what it really is (told by its content, then its
 * ending): wrapped text, markdown and HTML-cell table rows; PDF (pages kept, so citations can
 * say "p. 7"); Word; HTML. A file that cannot be read throws a BotError naming it and why.
 */
export async function loadDocument(bytes: Buffer, file: string): Promise<LoadedDocument> {
  if (bytes.length === 0) throw new BotError(ErrorCode.SourceMalformed, 'the file is empty', { file });
  const format = detectFormat(bytes, file);
  const notes: string[] = [];
  const ending = file.toLowerCase().split('.').pop() ?? '';
  if ((format === 'html' && ending === 'pdf') || (format === 'pdf' && ending !== 'pdf')) notes.push(`named .${ending} but its content is ${format}; read as ${format}`);

  // pdf.js, mammoth, htmlparser2 and their kin load only when such a file is read: a start-up over text
  // documents (or with nothing changed) does not pay for them.
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf.js');
    const pdf = await readPdf(bytes, file);
    const { blocks, sourceText } = pdfBlocks(pdf.pages);
    // A title block the reader kept apart from the text is set aside as a text file's is; one it
    // ran into the first paragraph stays, so no sentence is lost.
    const found = frontMatter(sourceText, { endsAtDate: true });
    const front = found && !blocks.some((b) => b.start < found.end && b.end > found.end + 1) ? found : undefined;
    return { format, blocks: front ? withoutFrontMatter(blocks, sourceText, front.end) : blocks, sourceText, title: pdf.title ?? front?.title, publisher: front?.publisher, date: pdf.date, pages: pdf.pages.length, notes };
  }
  if (format === 'docx') {
    const [{ readDocx }, { readHtml }] = await Promise.all([import('./docx.js'), import('./html.js')]);
    const docx = await readDocx(bytes, file);
    const { blocks, lines, title } = readHtml(docx.html, file);
    return { format, blocks, sourceText: blocks.map((b) => b.text).join('\n'), readingText: lines.join('\n'), title: docx.title ?? title, date: docx.date, notes };
  }
  const text = decodeText(bytes, file, notes);
  if (format === 'html') {
    const { readHtml } = await import('./html.js');
    const html = readHtml(text, file);
    return { format, blocks: html.blocks, sourceText: text, readingText: html.lines.join('\n'), title: html.title, notes };
  }
  const front = frontMatter(text);
  const blocks = readDocument(text);
  return { format, blocks: front ? withoutFrontMatter(blocks, text, front.end) : blocks, sourceText: text, title: front?.title, publisher: front?.publisher, notes };
}

/**
 * A title block ("Title" / "Home Office" / "Published 24 January 2024") describes the document: it
 * is read for the document's facts, and is no passage. Its title may head the text, as a heading
 * would; its other lines head nothing.
 */
function withoutFrontMatter(blocks: Block[], text: string, end: number): Block[] {
  const lines = new Set(text.slice(0, end).split('\n').map((l) => l.trim()).filter(Boolean).slice(1));
  return blocks.filter((b) => b.start >= end).map((b) => ({ ...b, section: b.section.filter((h) => !lines.has(h)) }));
}

/** A PDF's pages read as one wrapped text, each block's section ending with its page ("p. 7"). */
function pdfBlocks(pages: string[]): { blocks: Block[]; sourceText: string } {
  const starts: number[] = [];
  let text = '';
  for (const page of pages) {
    starts.push(text.length);
    text += `${page}\n\n`;
  }
  const pageAt = (offset: number) => {
    let n = 0;
    while (n + 1 < starts.length && starts[n + 1]! <= offset) n++;
    return n + 1;
  };
  const blocks = readDocument(text).map((b) => ({ ...b, section: [...b.section, `p. ${pageAt(b.start)}`] }));
  return { blocks, sourceText: text };
}
