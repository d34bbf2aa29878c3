import type { FigureUnit } from './figures.js';
import type { KnowledgeBase, Retrieval } from './retrieve.js';
import { conceptIn, type Concept } from './thesaurus.js';
import { figureWords } from './figure-words.js';

/**
 * Whether the documents hold an answer, beyond "some passage shares words with the question".
 * A question asking for a quantity ("how many…", "how long…", "what rate…", or any question
 * naming a period) is answerable only if a top passage states a number of that kind in a
 * sentence about the question's topic; otherwise the best passage must still cover a fair part
 * of the question. This is what keeps "average time to answer a 999 call" or "hate crimes after
 * the Arena attack" from being answered with the least-bad passage.
 */

/** Below this share of the question's topic, no passage answers it. */
export const MIN_COVERAGE = 0.3;
/** A figure's sentence must cover this share of the topic to answer a quantity question. */
const FIGURE_SENTENCE_COVERAGE = 0.4;
/** A passage covering this share of the question is about it, whatever its sentence says. */
const WELL_COVERED = 0.5;
/** The passages searched for such a figure. */
const FIGURE_PASSAGES = 3;

const ASKS: [RegExp, FigureUnit[]][] = [
  [/\b(how long|how quickly|how soon|duration|waiting time|time to|average time)\b/i, ['days', 'weeks', 'months', 'years']],
  [/(\bhow much money\b|\bbudget\b|\bcost\b|\bspend\b|\bspent\b|£|\bfunding\b|\binvest(?:ed|ment)?\b)/i, ['money']],
  [/\b(rate|rates|percentage|per ?cent|proportion|share|fraction|%)\b/i, ['percent', 'ratio', 'percentage-points', 'rate-per-1000', 'count']],
  [/\b(how many|number of|how much|how often|count|total)\b/i, ['count', 'ratio', 'percent', 'money']],
];

/** The kinds of number a question asks for, or undefined when it does not ask for one. */
export function askedUnits(question: string, asksPeriod: boolean): FigureUnit[] | undefined {
  for (const [re, units] of ASKS) if (re.test(question)) return units;
  return asksPeriod ? ['count', 'percent', 'ratio', 'money', 'percentage-points', 'rate-per-1000', 'days', 'weeks', 'months', 'years'] : undefined;
}

/** Why the documents cannot answer, or undefined when they can. */
export function unanswerable(question: string, found: Retrieval, kb: KnowledgeBase): string | undefined {
  const top = found.ranked[0];
  if (!top || top.coverage < MIN_COVERAGE) return 'no passage covers the question';
  const units = askedUnits(question, found.askedPeriods.length > 0);
  if (!units) return undefined;
  // An indicator table measuring the topic holds the number, whatever the passages state.
  if (kb.matchSeries(found)) return undefined;
  const topical = found.concepts.filter((c) => !c.period && c.own.length > 0);
  if (topical.length === 0) return undefined;
  const weight = (c: Concept) => kb.conceptWeightOf(c);
  const total = topical.reduce((s, c) => s + weight(c), 0);
  for (const r of found.ranked.slice(0, FIGURE_PASSAGES)) {
    for (const f of r.figures) {
      if (!units.includes(f.unit)) continue;
      const words = figureWords(f).all;
      let got = 0;
      for (const c of topical) if (conceptIn(c, words)) got += weight(c);
      // The sentence may lean on its passage ("The conversion of reports to charges…" in a
      // passage about rape): a passage that covers the question well needs less of its sentence.
      const needed = r.coverage >= WELL_COVERED ? FIGURE_SENTENCE_COVERAGE / 2 : FIGURE_SENTENCE_COVERAGE;
      if (total === 0 || got / total >= needed) return undefined;
    }
  }
  return 'no figure of the kind asked for, about this topic';
}
