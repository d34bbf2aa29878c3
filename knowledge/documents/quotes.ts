import { sentences } from '../language/sentences.js';
import type { Passage } from '../types.js';

/**
 * Quotable sentences: the sentences of a passage that are faithful spans of the source file —
 * the same words in the same order, differing only in the whitespace of line wrapping, markup
 * (tags, `**`), entities and the hyphens glued words were mended with. A sentence that fails
 * (say, one joined across a page break with a running header between) is never offered as a
 * quote.
 */

/**
 * Text reduced to its letters and digits, lower case: what "the same words" compares. Its runs of
 * letters and digits are joined, not the rest replaced by nothing: V8 leaves the result of such a
 * replace as a chain of slices, about 50 bytes for each word, until something reads it.
 */
export function wordsOnly(text: string): string {
  return (text.toLowerCase().match(WORD_RUNS) ?? []).join('');
}

const WORD_RUNS = /[\p{L}\p{N}]+/gu;

/**
 * The source file as `wordsOnly` text, tags and entities removed first. Read a megabyte at a time
 * (cut at a line's end where one is near): each pass over a whole 48 MB file held several copies
 * of it and a match list of every space in it at once, some 450 MB of the ingest's peak.
 */
export function sourceForQuotes(fileText: string): string {
  const parts: string[] = [];
  for (let at = 0; at < fileText.length; ) {
    let end = Math.min(fileText.length, at + SOURCE_CHUNK);
    const line = end < fileText.length ? fileText.indexOf('\n', end) : -1;
    if (line >= 0 && line - end < LINE_SEARCH) end = line + 1;
    parts.push(wordsOnly(withoutMarkup(fileText.slice(at, end))));
    at = end;
  }
  return parts.join('');
}

/** How much of a source is made quotable text at a time. */
const SOURCE_CHUNK = 1024 * 1024;
/** How far past a chunk's end its line's end is looked for (a tag cut in two only leaves its words). */
const LINE_SEARCH = 64 * 1024;

function withoutMarkup(text: string): string {
  return text.replace(/<[^>]+>/g, ' ').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? ' ');
}

/** How far past the last sentence found the next is looked for first: passages follow their source's order. */
const NEAR = 64 * 1024;
/** Sources up to this long are searched whole for a sentence not found near the last. */
const SEARCH_WHOLE_UP_TO = 2 * 1024 * 1024;

/**
 * Finds a document's sentences in its source, in document order: each is looked for just after
 * the one before, so a document is read about once, not once per sentence. A sentence out of
 * order (a table restating a bullet, a repeat kept once) is looked for in the whole source, when
 * the source is of ordinary size; in a very large one it is not offered as a quote rather than
 * making ingest quadratic.
 */
export class QuoteFinder {
  private cursor = 0;

  constructor(private readonly source: string) {}

  /** Spans ([start, end) in passage.text) of the passage's sentences found verbatim in the source. */
  spans(passage: Pick<Passage, 'text'>): [number, number][] {
    const spans: [number, number][] = [];
    for (const s of sentences(passage.text)) {
      const key = wordsOnly(s.text);
      if (key.length >= 12 && this.find(key)) spans.push([s.start, s.start + s.text.length]);
    }
    return spans;
  }

  private find(key: string): boolean {
    const near = this.source.slice(this.cursor, this.cursor + NEAR + key.length).indexOf(key);
    if (near >= 0) {
      this.cursor += near + key.length;
      return true;
    }
    if (this.source.length > SEARCH_WHOLE_UP_TO) return false;
    const at = this.source.indexOf(key);
    if (at >= 0) this.cursor = at + key.length;
    return at >= 0;
  }
}
