import { concepts, type Concept } from './concepts.js';
import type { FigureUnit } from './figures.js';
import { findPeriods } from './periods.js';
import type { TermStats } from './term-stats.js';
import { termOf, words } from './tokens.js';
import type { Period } from './types.js';
import type { WordAlternatives } from './word-alternatives.js';
import { isEnglish } from './word-rarity.js';

/**
 * A question, read once: what retrieval, the answerability check, figure choice and quotes all
 * work from, so none of them parses the raw text again.
 */
export interface Question {
  /** The question as asked (cleaned of control characters). */
  asked: string;
  /** What is searched: the question with mistyped words corrected. */
  text: string;
  /** Words corrected against the documents' vocabulary, in order. */
  corrections: { from: string; to: string }[];
  /** Periods written in the question. */
  periods: Period[];
  /** Its ideas, each with the terms that may stand for it. */
  concepts: Concept[];
  /** The kinds of number it asks for, or undefined when it asks for none. */
  units?: FigureUnit[];
  /** Whether it is phrased as asking for a number ("how many", "rate", "total"…). */
  wantsFigure: boolean;
}

/** What reading a question needs of the knowledge: its terms, and what words stand for. */
export interface Vocabulary {
  stats: TermStats;
  alternatives?: WordAlternatives;
}

const figureCue = /\b(how many|how much|how often|number of|rate|rates|percentage|per ?cent|proportion|share|fraction|figure|figures|total|average|count|%)\b/i;

const ASKS: [RegExp, FigureUnit[]][] = [
  [/\b(how long|how quickly|how soon|duration|waiting time|time to|average time)\b/i, ['days', 'weeks', 'months', 'years']],
  [/(\bhow much money\b|\bbudget\b|\bcost(?:s|ing)?\b|\bspend(?:ing)?\b|\bspent\b|\bpaid\b|\bprice\b|£|\bfunding\b|\binvest(?:ed|ment)?\b)/i, ['money']],
  [/\b(rate|rates|percentage|per ?cent|proportion|share|fraction|%)\b/i, ['percent', 'ratio', 'percentage-points', 'rate-per-1000']],
  [/\b(how many|number of|how much|how often|count|total)\b/i, ['count', 'ratio', 'percent', 'money']],
];
const ANY_UNIT: FigureUnit[] = ['count', 'percent', 'ratio', 'money', 'percentage-points', 'rate-per-1000', 'days', 'weeks', 'months', 'years'];

/**
 * A question that opens by asking who, which, where, when, why or whether asks for something
 * other than a number, even when it names a period ("who chaired the board in 2019?").
 */
const asksOtherThanNumber = /^\s*(who|whom|whose|which|where|when|why|did|does|do|is|are|was|were|will|can|could|has|have|had|how (?:did|does|do|is|are|was|were|will|can|has|have))\b/i;

/**
 * The kinds of number a question asks for, or undefined when it does not ask for one. Naming a
 * period asks for what happened in it, a number of any kind, unless the question asks for
 * something else.
 */
export function askedUnits(text: string, periods: Period[]): FigureUnit[] | undefined {
  for (const [re, units] of ASKS) if (re.test(text)) return units;
  return periods.length > 0 && !asksOtherThanNumber.test(text) ? ANY_UNIT : undefined;
}

/** Words shorter than this are never taken for typos: too many real words lie one edit apart. */
const SHORTEST_TYPO = 4;

/**
 * Reads a question: corrects words the documents don't use and English doesn't know ("chalenger"
 * → challenger), then finds its periods, concepts and the kind of number it asks for.
 * @example
 * readQuestion('challanger disruptons', kb).text // 'challenger disruptions'
 */
export function readQuestion(asked: string, vocabulary: Vocabulary): Question {
  const corrections: Question['corrections'] = [];
  let text = asked;
  const { stats, alternatives } = vocabulary;
  if (alternatives) {
    for (const w of [...words(asked)].reverse()) {
      if (!mayBeTypo(w.text, stats, alternatives)) continue;
      const fix = alternatives.correct(w.text, stats);
      if (!fix) continue;
      text = text.slice(0, w.at) + fix + text.slice(w.at + w.text.length);
      corrections.unshift({ from: w.text, to: fix });
    }
  }
  const periods = findPeriods(text);
  const ideas = concepts(text, alternatives, periods);
  // A broader word stands in only for a word the documents don't use: where they use the word
  // itself, its broader words ("attack" for "charge") only find other topics.
  for (const c of ideas) if (c.own.every((t) => stats.has(t))) c.broader = [];
  return {
    asked,
    text,
    corrections,
    periods,
    concepts: ideas,
    units: askedUnits(text, periods),
    wantsFigure: figureCue.test(text),
  };
}

/**
 * A word is worth correcting when nothing else explains it: a word of letters (lower case, or
 * capitalised) that no document uses, that stands for nothing the documents use, and that
 * English doesn't know. Words in capitals are left alone: acronyms are what a typo check gets wrong.
 */
function mayBeTypo(word: string, stats: TermStats, alternatives: WordAlternatives): boolean {
  if (word.length < SHORTEST_TYPO || !/^[A-Za-z][a-z]+$/.test(word)) return false;
  const term = termOf(word);
  if (!term || stats.has(term) || alternatives.of([word.toLowerCase()])) return false;
  return !isEnglish(word);
}
