import JSZip from 'jszip';
import mammoth from 'mammoth';
import { BotError, ErrorCode } from '../../errors.js';
import { zipTooLarge } from './zip-size.js';

/** A Word document as HTML (headings kept as h1…h6), with its core properties. */
export interface DocxContent {
  html: string;
  title?: string;
  /** ISO date from the document's created property, if set. */
  date?: string;
}

/**
 * Converts a .docx to HTML with mammoth (Word's Heading styles become h1…h6, which give the
 * section path) and reads its title and created date from docProps/core.xml. A file that is not
 * a zip, or a zip that is not a Word document, is refused with the reason.
 */
export async function readDocx(bytes: Buffer, file: string): Promise<DocxContent> {
  const tooLarge = zipTooLarge(bytes);
  if (tooLarge) throw new BotError(ErrorCode.SourceMalformed, `not read: ${tooLarge}`, { file });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new BotError(ErrorCode.SourceMalformed, 'not a valid .docx (it is not a zip archive)', { file });
  }
  if (!zip.file('word/document.xml')) throw new BotError(ErrorCode.SourceMalformed, 'a zip archive, but not a Word document (no word/document.xml)', { file });
  // Word's Title style names the document, as a page's main heading does (mammoth leaves it a paragraph).
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ["p[style-name='Title'] => h1:fresh"] });
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1]?.trim();
  const created = /<dcterms:created[^>]*>(\d{4}-\d{2}-\d{2})/.exec(core)?.[1];
  return { html, title: title || undefined, date: created };
}
