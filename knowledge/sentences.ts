/**
 * Sentence boundaries, from the ICU sentence rules built into Node (Intl.Segmenter), which keep
 * "approx. 25,000", "e.g. this" and "(n=1032)." right. Offsets are kept so a figure or quote can
 * point at its sentence.
 */

const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

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
  for (const s of segmenter.segment(text)) {
    const trimmed = s.segment.trim();
    if (trimmed === '') continue;
    out.push({ text: trimmed, start: s.index + (s.segment.length - s.segment.trimStart().length) });
  }
  return out;
}
