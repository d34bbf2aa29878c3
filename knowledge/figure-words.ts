import type { Figure } from './figures.js';
import { cachedTerms } from './tokens.js';

/** A figure's words as search terms: those of its measure, of its sentence, and of both. */
export interface FigureWords {
  measure: Set<string>;
  sentence: Set<string>;
  all: Set<string>;
}

/** Kept while the figure is: a corpus held in memory ranks the same figures question after question. */
const known = new WeakMap<Figure, FigureWords>();

/**
 * The figure's words, worked out once per figure. With `expand` (the corpus's acronyms), the
 * sentence also holds the other forms of the acronyms it uses: "1362 CSTRs were ordered" is
 * about community sentence treatment requirements.
 */
export function figureWords(figure: Figure, expand?: (terms: string[]) => string[]): FigureWords {
  let words = known.get(figure);
  if (!words) {
    const measure = new Set(cachedTerms(figure.measure));
    const own = cachedTerms(figure.sentence);
    const sentence = new Set(own);
    if (expand) for (const long of expand(own)) for (const t of cachedTerms(long)) sentence.add(t);
    words = { measure, sentence, all: new Set([...sentence, ...measure]) };
    known.set(figure, words);
  }
  return words;
}
