import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { BotError, ErrorCode } from '../../errors.js';

/** The text of a PDF, page by page, with what its info dictionary says about it. */
export interface PdfContent {
  pages: string[];
  title?: string;
  /** ISO date from the PDF's creation date, if it has one. */
  date?: string;
}

/** A jump down this many times the usual line spacing starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;

/** More pages than this is not a plan document; it is refused rather than read for minutes. */
export const MAX_PDF_PAGES = 2000;

/**
 * Reads a PDF's text in reading order with pdf.js, page by page (so citations can name the page),
 * and its title and creation date. An encrypted, damaged or truncated file is refused with the
 * reason, naming the file.
 */
export async function readPdf(bytes: Buffer, file: string): Promise<PdfContent> {
  let pdf;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: true, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new BotError(ErrorCode.SourceUnreadable, 'the PDF is encrypted (password protected); save an unprotected copy', { file });
    if (name === 'InvalidPDFException') throw new BotError(ErrorCode.SourceMalformed, `the PDF is damaged or truncated (${(error as Error).message})`, { file });
    throw new BotError(ErrorCode.SourceMalformed, `the PDF cannot be read: ${(error as Error).message}`, { file }, { cause: error });
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new BotError(ErrorCode.SourceMalformed, `the PDF has ${pdf.numPages} pages, more than the ${MAX_PDF_PAGES} allowed`, { file });
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      try {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        // Items on a new baseline start a new line; a gap on the same line is a space; a jump
        // down well past the usual line spacing is a paragraph break (a blank line). pdf.js's own
        // end-of-line marks (hasEOL) are folded in, never doubled.
        let text = '';
        let lastY: number | undefined;
        let lastEnd: number | undefined;
        let spacing: number | undefined;
        for (const item of content.items) {
          if (!('str' in item)) continue;
          const [, , , , x = 0, y = 0] = item.transform as number[];
          if (lastY !== undefined && Math.abs(y - lastY) > 1) {
            const gap = Math.abs(y - lastY);
            if (!text.endsWith('\n')) text += '\n';
            if (spacing !== undefined && gap > spacing * PARAGRAPH_GAP && !text.endsWith('\n\n')) text += '\n';
            spacing = spacing === undefined ? gap : Math.min(spacing, gap);
          } else if (lastEnd !== undefined && x > lastEnd + 1 && !/\s$/.test(text) && !/^\s/.test(item.str)) {
            text += ' ';
          }
          text += item.str;
          if (item.hasEOL && !text.endsWith('\n')) text += '\n';
          if (item.str !== '') {
            lastY = y;
            lastEnd = x + (item.width ?? 0);
          }
        }
        pages.push(text);
      } catch (error) {
        throw new BotError(ErrorCode.SourceMalformed, `page ${n} cannot be read: ${(error as Error).message}`, { file, row: n }, { cause: error });
      }
    }
    const meta = await pdf.getMetadata().catch(() => undefined);
    const info = (meta?.info ?? {}) as { Title?: string; CreationDate?: string };
    const created = /^D:(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate ?? '');
    return { pages, title: info.Title?.trim() || undefined, date: created ? `${created[1]}-${created[2]}-${created[3]}` : undefined };
  } finally {
    await pdf.destroy();
  }
}
