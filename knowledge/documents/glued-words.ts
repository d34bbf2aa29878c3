import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Words PDF extraction glued together: a line-end hyphen dropped ("placebased" for
 * "place-based", "shortterm", "cooccurring") and a space lost after a full stop ("in
 * 2020.Commitment 2"). A glued word is one no English word list holds that splits into two
 * words it does hold; real words ("undertaking", "aftercare") and names are left alone.
 */

let dictionary: Set<string> | undefined;

/** The word-list package's English words (read once, on first use). */
export function englishWordList(): Set<string> {
  dictionary ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return dictionary;
}

/** Prefixes that join a word with a hyphen even though they are not words themselves. */
const PREFIXES = ['co', 're', 'pre', 'non', 'multi', 'anti', 'cross', 'inter', 'sub', 'self', 'post'];
const MIN_GLUED_LENGTH = 7;
const MIN_PART = 4;

/** The hyphenated form of a glued compound, or undefined when the word is not glued. */
export function unglue(word: string): string | undefined {
  if (word.length < MIN_GLUED_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  const words = englishWordList();
  if (words.has(word) || words.has(word.replace(/s$/, ''))) return undefined;
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && words.has(word.slice(prefix.length))) return `${prefix}-${word.slice(prefix.length)}`;
  }
  // Prefer the split whose shorter part is longest: "placebased" → place + based, not plac + ebased.
  let best: [string, string] | undefined;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (!words.has(a) || !words.has(b)) continue;
    if (!best || Math.min(a.length, b.length) > Math.min(best[0].length, best[1].length)) best = [a, b];
  }
  return best ? `${best[0]}-${best[1]}` : undefined;
}

/**
 * `text` with glued words shown in parts, for search only: "placebased" is found by "place-based".
 * The passage keeps the words as the document prints them, so a quote never misquotes it
 * ("standalone" is a word, though the list lacks it).
 * @example
 * searchableText('our placebased teams') // 'our place-based teams'
 */
export function searchableText(text: string): string {
  // Words inside web addresses ("greatermanchester-ca.gov.uk") are names, not glued.
  return text.replace(/\b[a-z]{7,}\b/g, (word, at: number) => (/[./@-]/.test(text[at + word.length] ?? '') || /[./@-]/.test(text[at - 1] ?? '') ? word : (unglue(word) ?? word)));
}

/**
 * `text` with the space extraction lost after a full stop put back ("in 2020.Commitment 2"), so
 * its sentences part where the document's do. Web addresses and e-mail are left alone.
 */
export function mendSentenceBreaks(text: string): string {
  return text.replace(/([a-z0-9)])\.([A-Z][a-z]{2,})/g, (m, before: string, after: string, at: number) =>
    /\S*(www|@|https?:)\S*$/.test(text.slice(Math.max(0, at - 40), at + 1)) ? m : `${before}. ${after}`,
  );
}
