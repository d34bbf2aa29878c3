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

/** The figure's words, worked out once per figure. */
export function figureWords(figure: Figure): FigureWords {
  let words = known.get(figure);
  if (!words) {
    const measure = new Set(cachedTerms(figure.measure));
    const sentence = new Set(cachedTerms(figure.sentence));
    words = { measure, sentence, all: new Set([...sentence, ...measure]) };
    known.set(figure, words);
  }
  return words;
}
