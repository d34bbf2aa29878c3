import { sentences } from '../language/sentences.js';
import type { Passage } from '../types.js';

/**
 * Quotable sentences: the sentences of a passage that are faithful spans of the source file —
 * the same words in the same order, differing only in the whitespace of line wrapping, markup
 * (tags, `**`), entities and the hyphens glued words were mended with. A sentence that fails
 * (say, one joined across a page break with a running header between) is never offered as a
 * quote.
 */

/** Text reduced to its letters and digits, lower case: what "the same words" compares. */
export function wordsOnly(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The source file as `wordsOnly` text, tags and entities removed first. */
export function sourceForQuotes(fileText: string): string {
  return wordsOnly(
    fileText
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? ' '),
  );
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
