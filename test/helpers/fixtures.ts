import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Block } from '../../knowledge/types.js';

/** A PDF whose pages hold the given lines (one array per page), made with pdf-lib. */
export async function makePdf(pages: string[][], info: { title?: string; created?: Date } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  if (info.title) pdf.setTitle(info.title);
  if (info.created) pdf.setCreationDate(info.created);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 800 - i * 14, size: 10, font }));
  }
  return Buffer.from(await pdf.save());
}

/** A Word document with a title, headings and paragraphs, made with docx. */
export async function makeDocx(title: string, parts: { heading?: string; text?: string }[]): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'tests',
    sections: [
      {
        children: parts.map((p) =>
          p.heading ? new Paragraph({ text: p.heading, heading: HeadingLevel.HEADING_1 }) : new Paragraph({ text: p.text ?? '', alignment: AlignmentType.LEFT }),
        ),
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** Blocks of a document as a reader yields them: these texts in one section, two characters apart. */
export function blocksOf(texts: string[], section: string[] = ['Key findings']): Block[] {
  let at = 0;
  return texts.map((text) => {
    const b = { section, text, start: at, end: at + text.length };
    at += text.length + 2;
    return b;
  });
}
