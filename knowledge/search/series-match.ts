import type { Series } from '../figures/indicator-series.js';
import { conceptIn, type Concept } from './concepts.js';

/** Share of the question's topic (by weight) an indicator series must cover to answer it. */
const SERIES_COVERAGE = 0.8;
/** Share of an indicator's name the question must use. */
const SERIES_NAMED = 0.5;

/**
 * The indicator series a question asks about, if one fits it closely: the series must cover
 * nearly all of the question's topic, and the question must name most of the indicator.
 * `weightOf` says how much each of the question's concepts counts.
 */
export function seriesAsked(all: Series[], concepts: Concept[], weightOf: (c: Concept) => number): Series | undefined {
  // Phrasing such as "how many" (no word of its own) is not part of what is measured.
  const topical = concepts.filter((c) => !c.period && c.own.length > 0);
  if (topical.length === 0) return undefined;
  let best: { series: Series; score: number } | undefined;
  const weights = topical.map(weightOf);
  const total = weights.reduce((a, b) => a + b, 0);
  const asked = new Set(topical.flatMap((c) => [...c.own, ...c.alternatives]));
  for (const series of all) {
    let got = 0;
    for (let i = 0; i < topical.length; i++) if (conceptIn(topical[i]!, series.terms)) got += weights[i]!;
    let namedTerms = 0;
    for (const t of series.nameTerms) if (asked.has(t)) namedTerms++;
    const named = namedTerms / Math.max(1, series.nameTerms.length);
    const coverage = total > 0 ? got / total : 0;
    if (coverage < SERIES_COVERAGE || named < SERIES_NAMED) continue;
    // With nothing else to tell them apart, Greater Manchester's own series comes first.
    const score = coverage + named + (series.geography === 'Greater Manchester' ? 0.01 : 0);
    if (!best || score > best.score) best = { series, score };
  }
  return best?.series;
}
