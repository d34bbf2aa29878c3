import { sentences } from './sentences.js';
import type { Passage } from './types.js';

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

/** Spans ([start, end) in passage.text) of the passage's sentences found verbatim in the source. */
export function quotableSpans(passage: Pick<Passage, 'text'>, source: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const s of sentences(passage.text)) {
    const key = wordsOnly(s.text);
    if (key.length >= 12 && source.includes(key)) spans.push([s.start, s.start + s.text.length]);
  }
  return spans;
}
