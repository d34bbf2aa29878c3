import { overlaps } from '../../language/periods.js';
import { cachedTerms } from '../../language/tokens.js';
import { specificity } from '../../language/word-rarity.js';
import type { FigureWords } from '../../figures/figure-words.js';
import type { Figure, FigureUnit } from '../../figures/figures.js';
import { isSpelledCount } from '../../figures/mentions.js';
import { anyIn, conceptIn, type Concept } from '../concepts.js';
import type { Found } from '../corpus.js';
import type { PassageFactsCache } from '../passage-facts.js';
import type { Question } from '../question.js';
import type { IndexHit } from '../search-index.js';
import { PHRASE_JOIN, phraseParts } from '../words/word-alternatives.js';
import type { ConceptWeights } from './concept-weight.js';
import { answersPeriod } from './period-holds.js';
import type { Ranked, Retrieval } from './ranked.js';

/**
 * The second stage of retrieval: the candidates the full-text search found, scored again by how
 * much of the question's topic each covers, how its words stand together, the period and kind
 * of number asked, its length and its document's recency.
 */

/** Passages at least this many words long get no length penalty. */
const FULL_PASSAGE_WORDS = 12;
/** Share of the best coverage among the candidates a passage needs for its period to count. */
export const PERIOD_NEEDS_COVERAGE = 0.8;
/** What a question word's weight keeps when it is everyday English (its specificity 0); a rare word keeps all. */
const EVERYDAY_FLOOR = 0.8;
/** How much the newest document is preferred over the oldest when both answer. */
const RECENCY_WEIGHT = 0.25;
/** How much a word framing a comparison ("compared with", "a year earlier") counts towards coverage. */
const FRAME_WEIGHT = 0.3;
/** Words by which a passage gives a reason for what it reports. */
const GIVES_REASON = /\b(?:because|due to|owing to|as a result|result(?:s|ed)? (?:of|from)|caused by|driven by|attributed to|attributable to|reasons?|reflect(?:s|ed|ing)?|explain(?:s|ed)?|largely|partly|mainly|in part)\b/i;
/** How much a passage counts that speaks only of periods other than those asked. */
const OTHER_TIME_WEIGHT = 0.7;
/** How much more a passage giving a reason counts when the question asks why. */
const REASON_WEIGHT = 1.5;
/** How much a passage that is only a question (a report's question heading) counts: it answers nothing. */
const QUESTION_ONLY_WEIGHT = 0.5;
/** One sentence, ending in a question mark. */
const ONLY_A_QUESTION = /^[^.!?]*\?\s*$/;
/**
 * How much more a passage counts, for "how many X", when one of its counts is a count of X
 * ("3,412 stalking incidents"): a shorter passage giving a share or a rate of X is not the answer.
 */
const COUNTS_ASKED_WEIGHT = 1.3;
/** How far a number of the asked kind stands in for the word that asked for it. */
const UNIT_STANDS_IN = 0.8;

/** What ranking reads of the knowledge it ranks in. */
export interface RankingContext {
  facts: PassageFactsCache;
  weights: ConceptWeights;
  /** Each document's place by date, 0 for the oldest and 1 for the newest. */
  recency: ReadonlyMap<string, number>;
  /** The date of a document, if it has one. */
  documentDate(docId: string): string | undefined;
  /** A figure's words, with the other forms of the acronyms its sentence uses. */
  figureWords(figure: Figure): FigureWords;
}

/**
 * Ranks the candidates for a question, best first.
 * @param hits the full-text candidates, with the question terms each matched
 * @param allTerms every term searched for (the question's own and those standing in)
 */
export function rerank(question: Question, hits: Found[], allTerms: string[], ctx: RankingContext): Retrieval {
  const askedPeriods = question.periods;
  const ideas = question.concepts;
  const termDocs = new Map<string, Set<string>>();
  for (const hit of hits) {
    for (const t of hit.matched) {
      const docs = termDocs.get(t);
      if (docs) docs.add(hit.passage.docId);
      else termDocs.set(t, new Set([hit.passage.docId]));
    }
  }
  // A question word missing from a passage but found in the one before it counts for a little:
  // "It was delivered by…" leans on the sentence before.
  for (const hit of hits) {
    const prev = hit.before;
    if (!prev) continue;
    const there = ctx.facts.of(prev).positions;
    for (let i = 0; i < allTerms.length; i++) {
      const w = allTerms[i]!;
      if (there.has(w) && !hit.matched.has(w)) (hit.nearby ??= new Set()).add(w);
    }
  }
  // Coverage is of the topic: a passage that only shares the question's period is no answer.
  const topical = ideas.some((c) => !c.period) ? ideas.filter((c) => !c.period) : ideas;
  // How much of the topic a passage covers: rarity in the documents overstates an everyday
  // word ("fixing", "day"), which says less about what is asked than a word rare in English
  // too ("101", "apiary"), so it counts a little less here.
  // Words framing a comparison find passages that compare, but a passage that only compares
  // something else covers little of the question.
  const conceptWeights = topical.map((c) => ctx.weights.of(c) * (c.frame ? FRAME_WEIGHT : EVERYDAY_FLOOR + (1 - EVERYDAY_FLOOR) * Math.max(...c.words.map(specificity))));
  const totalWeight = conceptWeights.reduce((a, b) => a + b, 0);
  const ownTerms = ideas.flatMap((c) => c.own);
  const { wantsFigure, units } = question;

  // A word naming the kind of number asked ("funding") is met by a number of that kind.
  const namesUnit = topical.map((c) => units !== undefined && c.words.length === 1 && question.unitWords.has(c.words[0]!));
  const ideasMet: number[] = [];
  const coverages = hits.map((hit) => {
    // A stand-in of several words counts where the passage holds them side by side.
    const together = (parts: string[]) => {
      if (!parts.every((p) => hit.matched.has(p))) return false;
      const { positions } = ctx.facts.of(hit.passage);
      return parts.every((p, k) => k === 0 || near(positions.get(parts[k - 1]!) ?? [], positions.get(p) ?? []));
    };
    let got = 0;
    let met = 0;
    let statesUnit: boolean | undefined;
    for (let i = 0; i < topical.length; i++) {
      let match = conceptMatch(topical[i]!, hit, together);
      if (match < 1 && namesUnit[i]) {
        statesUnit ??= hit.figures.some((f) => units!.includes(f.unit) && !isSpelledCount(f));
        if (statesUnit) match = UNIT_STANDS_IN;
      }
      got += conceptWeights[i]! * match;
      if (match >= UNIT_STANDS_IN) met++;
    }
    ideasMet.push(met);
    return totalWeight > 0 ? got / totalWeight : 0;
  });
  // The period carries a passage only near the best of its rivals that could answer: for a
  // quantity asked, those that state a number of that kind.
  let bestCoverage = 0;
  let bestAnswering = 0;
  coverages.forEach((c, h) => {
    if (c > bestCoverage) bestCoverage = c;
    if (c > bestAnswering && units && hits[h]!.figures.some((f) => units.includes(f.unit) && !isSpelledCount(f))) bestAnswering = c;
  });
  const periodRival = bestAnswering > 0 ? bestAnswering : bestCoverage;
  const ranked: Ranked[] = hits.map((hit, h) => {
    const { passage, figures } = hit;
    const coverage = coverages[h]!;
    // Naming a period asks for what happened in it: the passage must give a number for it. The
    // topic comes first: a passage that holds the period but misses what others cover of the
    // question is not carried by the period ("reoffending rate 2021" is not any rate of 2021).
    const holdsPeriod = askedPeriods.length > 0 && coverage >= PERIOD_NEEDS_COVERAGE * periodRival && answersPeriod(passage, askedPeriods, figures.filter((f) => !isSpelledCount(f)), ctx.facts, ctx.documentDate(passage.docId));
    let score = hit.score * (0.25 + coverage) ** 2;
    score *= 1 + 0.2 * adjacentPairs(ctx.facts.of(passage).positions, ownTerms);
    const shape = ctx.facts.of(passage);
    score *= lengthPrior(shape.words);
    score *= 1 + RECENCY_WEIGHT * (ctx.recency.get(passage.docId) ?? 0);
    if (units && statesFigure(figures, units, topical, ctx.figureWords)) score *= 1.3;
    else if (wantsFigure && shape.hasNumber) score *= 1.1;
    // "Why did crime rise": a passage that gives a reason ("because", "due to", "driven by") answers.
    if (question.asksWhy && GIVES_REASON.test(passage.text)) score *= REASON_WEIGHT;
    // "How well does the force treat the public?" standing alone in a report asks what the
    // question asks, in its words; the paragraph after it answers.
    if (ONLY_A_QUESTION.test(passage.text)) score *= QUESTION_ONLY_WEIGHT;
    if (question.counted && units?.[0] === 'count' && figures.some((f) => f.unit === 'count' && !isSpelledCount(f) && cachedTerms(f.measure).includes(question.counted!))) score *= COUNTS_ASKED_WEIGHT;
    // A passage whose every period lies outside those asked speaks of another time ("For 2016-17 …" asked of 2017-18).
    const otherTime = !holdsPeriod && passage.periods.length > 0 && passage.periods.every((p) => !askedPeriods.some((a) => overlaps(p, a)));
    if (askedPeriods.length > 0) score *= holdsPeriod ? 1.6 : otherTime ? OTHER_TIME_WEIGHT : passage.periods.length > 0 ? 0.85 : 1;
    return { passage, figures, score, coverage, holdsPeriod, ideasMet: ideasMet[h]!, matched: hit.matched, nearby: hit.nearby };
  });
  ranked.sort(byScore);
  const top = ranked[0];
  return {
    question,
    ranked,
    concepts: ideas,
    askedPeriods,
    confidence: top ? top.coverage : 0,
    periodHeld: askedPeriods.length > 0 && top !== undefined && top.holdsPeriod,
    termDocs,
  };}

/** Best first; written to return whole numbers, which a sort compares without allocating. */
function byScore(a: { score: number }, b: { score: number }): number {
  return a.score > b.score ? -1 : a.score < b.score ? 1 : 0;
}

/** Whether some position in `as` is within three words of a different one in `bs`. */
export function near(as: number[], bs: number[]): boolean {
  for (const j of as) for (const k of bs) if (k !== j && Math.abs(k - j) <= 3) return true;
  return false;
}

/** 1 when the passage holds the concept's own word, less for a stand-in or a neighbour's word. */
function conceptMatch(c: Concept, hit: IndexHit, together: (parts: string[]) => boolean): number {
  if (anyIn(c.own, hit.matched)) return 1;
  const said = (t: string) => (t.includes(PHRASE_JOIN) ? together(phraseParts(t)) : hit.matched.has(t));
  if (c.alternatives.some(said)) return 0.8;
  if (c.broader.some(said)) return 0.5;
  if (hit.nearby && conceptIn(c, hit.nearby)) return 0.5;
  return 0;
}

/**
 * Labels and fragments ("MARAC/MATAC", "DAPO Steering Group") tell a reader little; a passage
 * with a dozen words or more is not held back.
 */
function lengthPrior(n: number): number {
  return Math.sqrt(Math.min(1, Math.max(0.2, n / FULL_PASSAGE_WORDS)));
}

/** Whether a passage's figures hold a number of the asked kind in a sentence naming the question's topic. */
function statesFigure(figures: Figure[], units: FigureUnit[], topical: Concept[], wordsOf: (f: Figure) => FigureWords): boolean {
  for (const f of figures) {
    if (!units.includes(f.unit) || isSpelledCount(f)) continue;
    const { sentence } = wordsOf(f);
    for (const c of topical) if (!c.period && anyIn(c.own, sentence)) return true;
  }
  return false;
}

/** How many neighbouring pairs of question terms stand close together in a passage (by its terms' positions). */
function adjacentPairs(positions: ReadonlyMap<string, number[]>, qTerms: string[]): number {
  let pairs = 0;
  for (let i = 0; i + 1 < qTerms.length; i++) {
    const as = positions.get(qTerms[i]!);
    const bs = as && positions.get(qTerms[i + 1]!);
    if (bs && near(as, bs)) pairs++;
  }
  return pairs;
}
