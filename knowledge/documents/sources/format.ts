/** File endings read as documents. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text', '.pdf', '.docx', '.html', '.htm']);

/** The document formats the bot reads, told by content first and the file's ending second. */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'text';

/**
 * What a file really is: "%PDF-" is a PDF, a zip holding word/ is a Word file, markup that
 * opens with <html> or <!doctype html> is a web page — whatever the ending says (a ".pdf" that is
 * really a saved web page is read as one). Anything else is text.
 */
export function detectFormat(bytes: Buffer, file: string): DocumentFormat {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(head)) return 'html';
  const ending = file.toLowerCase().split('.').pop();
  if (ending === 'docx') return 'docx'; // not a zip: the docx loader says so
  if (ending === 'pdf') return 'pdf'; // no %PDF- header: the pdf loader says it is damaged
  if (ending === 'html' || ending === 'htm') return 'html';
  return 'text';
}
