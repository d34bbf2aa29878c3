import { endsSentence, nextText, type Line } from './lines.js';

/** A line that opens a table of contents. */
const CONTENTS_HEADING = /^(?:table of )?contents(?: page)?$/i;
/** Fewest entries a list under "Contents" needs to be read as one. */
const FEWEST_ENTRIES = 3;
/** Most lines a table of contents spans: past that, what follows "Contents" is the text. */
const LONGEST = 80;
/** Lines at least this long that end a sentence are the document's text, not an entry. */
const BODY_LINE = 60;

/**
 * Blanks a document's table of contents: the "Contents" line and the entries under it. An entry
 * names a heading the document opens later ("The Commissioner's View 3"), so it matches a question
 * about that part as well as the part's own text does, and it answers nothing. The entries end
 * where the text starts: at a line that reads as running text, at a heading that introduces such
 * a line, or where the first entry comes round again as the first heading.
 */
export function dropContents(lines: Line[]): Line[] {
  const at = lines.findIndex((l) => CONTENTS_HEADING.test(plain(l.text)));
  if (at < 0) return lines;
  const entries: number[] = [];
  let first: string | undefined;
  for (let i = at + 1; i < lines.length && i <= at + LONGEST; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    if (isBody(text)) break;
    const key = entryKey(text);
    if (first !== undefined && key === first) break;
    // A heading with its text straight after it is where the document begins.
    const next = nextText(lines, i);
    if (entries.length > 0 && /\p{L}/u.test(text) && next !== undefined && isBody(next)) break;
    first ??= key;
    entries.push(i);
  }
  if (entries.length < FEWEST_ENTRIES) return lines;
  const blank = new Set([at, ...entries]);
  return lines.map((l, i) => (blank.has(i) ? { ...l, text: '' } : l));
}

/** A line of running text: long, and finishing its sentence. */
function isBody(text: string): boolean {
  return text.length >= BODY_LINE && endsSentence(text);
}

/** A line's words without markdown marks. */
function plain(text: string): string {
  return text.replace(/[#*_]+/g, ' ').trim();
}

/** What an entry and the heading it points to share: the words, without numbering or page numbers. */
function entryKey(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/^(?:[-•·*]\s*|\d+(?:\.\d+)*\.?\s+|page\s+)+/, '')
    .replace(/[\s.·]*\d+(?:\s*[-–]\s*\d+)?$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
