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
  // "… is as follows:-" over a line "2012/2013 – 925 2013/2014 – 1,068": ICU ends a sentence at
  // the line break, but a list of numbers goes on the sentence that introduced it.
  for (let i = out.length - 1; i > 0; i--) {
    const [lead, list] = [out[i - 1]!, out[i]!];
    if (/:[-–]?$/.test(lead.text) && /^\d/.test(list.text)) out.splice(i - 1, 2, { text: text.slice(lead.start, list.start + list.text.length), start: lead.start });
  }
  return out;
}

/**
 * A full stop after a word, a footnote's number run on, then a space and a capital; a full stop
 * after a word or a percentage, then a number and a lower-case word ("… an increase of 9%. 241
 * were new custody cases", which ICU reads as one sentence, as it would "approx. 25,000"); or a full
 * stop lost where a key point's headline ran into its text ("… officers in post This is a slight
 * decrease …"): a lower-case word, then a capitalised pronoun and its verb; or a numbered reply's
 * next item run onto the last one's figures ("… 2014/2015 – 1,229 (2) The number of …").
 */
const LOST_STOP = /(?<=\p{Ll}{2}[)’”"']?\.\d{1,2})\s+(?=\p{Lu})|(?<=(?:%|\b(?![Aa]pprox\b|[Cc]irca\b|[Ii]ncl\b)\p{L}*\p{Ll}{4,})[)’”"']?\.)\s+(?=\d[\d,.]*%?\s+\p{Ll})|(?<=(?:^|\s)\p{Ll}[\p{Ll}'’-]*\p{Ll})\s+(?=(?:This|These|It|They) (?:is|are|was|were|has|have)\b)|(?<=[\d.;:)])\s+(?=\(\d{1,2}\)\s+\p{Lu})/gu;

function push(out: Sentence[], segment: string, index: number): void {
  const trimmed = segment.trim();
  if (trimmed !== '') out.push({ text: trimmed, start: index + (segment.length - segment.trimStart().length) });
}
