/**
 * Sentence boundaries, from the ICU sentence rules built into Node (Intl.Segmenter), which keep
 * "approx. 25,000", "e.g. this" and "(n=1032)." right. Offsets are kept so a figure or quote can
 * point at its sentence.
 */

/** Made on first use: loading ICU's sentence rules costs a start some 8 ms it may not need. */
let segmenter: Intl.Segmenter | undefined;

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was cut from. */
  start: number;
}

/**
 * The sentences of a passage, trimmed.
 * @example
 * sentences('Rates rose. GM was 29.6%.').map((s) => s.text) // ['Rates rose.', 'GM was 29.6%.']
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  segmenter ??= new Intl.Segmenter('en-GB', { granularity: 'sentence' });
  for (const s of segmenter.segment(text)) {
    // ICU reads "level.4 Recent figures" as one sentence: a footnote mark set after the full stop
    // ends it all the same, as does a full stop extraction lost (see LOST_STOP).
    let at = 0;
    for (const m of s.segment.matchAll(LOST_STOP)) {
      push(out, s.segment.slice(at, m.index + m[0].length), s.index + at);
      at = m.index + m[0].length;
    }
    push(out, s.segment.slice(at), s.index + at);
  }
  return out;
}

/**
 * A full stop after a word, a footnote's number run on, then a space and a capital; a full stop
 * after a word or a percentage, then a number and a lower-case word ("… an increase of 9%. 241
 * were new custody cases", which ICU reads as one sentence, as it would "approx. 25,000"); or a full
 * stop lost where a key point's headline ran into its text ("… officers in post This is a slight
 * decrease …"): a lower-case word, then a capitalised pronoun and its verb.
 */
const LOST_STOP = /(?<=\p{Ll}{2}[)’”"']?\.\d{1,2})\s+(?=\p{Lu})|(?<=(?:%|\b(?![Aa]pprox\b|[Cc]irca\b|[Ii]ncl\b)\p{L}*\p{Ll}{4,})[)’”"']?\.)\s+(?=\d[\d,.]*%?\s+\p{Ll})|(?<=(?:^|\s)\p{Ll}[\p{Ll}'’-]*\p{Ll})\s+(?=(?:This|These|It|They) (?:is|are|was|were|has|have)\b)/gu;

function push(out: Sentence[], segment: string, index: number): void {
  const trimmed = segment.trim();
  if (trimmed !== '') out.push({ text: trimmed, start: index + (segment.length - segment.trimStart().length) });
}
