import type { KnowledgeBase, Retrieval } from './retrieve.js';
import { conceptIn, type Concept } from './concepts.js';
import { askedNames, speaksOfName, unmetNames } from './unmet-names.js';
import { standInHeld } from './words/word-alternatives.js';
import { countsNoun, leansBack, statesChange } from '../figures/figure-words.js';
import { placesApart, placesAsked, placeWithin } from '../figures/figure-places.js';
import type { Question } from './question.js';
import { isOrdinal, terms, words } from '../language/tokens.js';
import { senseCounts } from '../language/wordnet.js';
import { DURATION_UNITS } from '../types.js';
import { isEnglish, isRare } from '../language/word-rarity.js';

/**
 * Whether the documents hold an answer, beyond "some passage shares words with the question".
 * Three checks, in order:
 * 1. A word naming the question's topic that nothing in the documents covers (a name such as
 *    "Venetic" or "Stockport", a rare noun such as "precept", two everyday nouns side by side
 *    such as "roadside breath"): no passage, title, acronym or word
 *    meaning the same uses it. The documents don't speak of that topic, however well the rest of
 *    the question matches; unless the word is no name or number and the best passage words four
 *    or more of the question's other distinctive ideas: then it is the question's own wording of
 *    what the passage says otherwise ("moorland" for "grouse moor"), and the answer says the
 *    documents never use it.
 * 2. The best passage must cover a fair part of the question, and for a question of three ideas
 *    or more one of the best three must word at least two of them.
 * 3. A question asking for a quantity ("how many…", "what rate…", a period named) is answerable
 *    only if a top passage states a number of that kind in a sentence about its topic (and, for
 *    "how many … does it have", a number of them, not one lost or added).
 * A decline also names the question's own specific words the documents do speak of.
 */

/** Below this share of the question's topic, no passage answers it. */
export const MIN_COVERAGE = 0.3;
/** A figure's sentence must cover this share of the topic to answer a quantity question. */
const FIGURE_SENTENCE_COVERAGE = 0.4;
/** A passage covering this share of the question is about it, whatever its sentence says. */
const WELL_COVERED = 0.5;
/** Coverage at which a passage speaks of every idea of a question (stand-ins counting a little less). */
const WHOLLY_COVERED = 0.9;
/** A question with this many ideas is not answered by a passage that meets only one of them. */
const MANY_IDEAS = 3;
/** Ideas of a question the best passage words, beyond which a common word it lacks is a paraphrase. */
const PARAPHRASE_IDEAS = 4;
/** Distinctive ideas a best passage meets for low coverage of a long question not to decline it. */
const SEVERAL_IDEAS = 3;
/** Below this share of the question's topic, a long question's best passage words it otherwise. */
const PARAPHRASE_COVERAGE = 0.45;
/** Words from which a question is long: it takes many words to say what it asks. */
const LONG_QUESTION_WORDS = 20;
/** The passages searched for such a figure. */
const FIGURE_PASSAGES = 3;

/**
 * Nouns of how questions are put rather than what they are about: "give me the stats", "any
 * update on…", "a breakdown by district".
 */
const ASKING_NOUNS = new Set(
  `stat stats statistic statistics figure figures number numbers data info information detail details update updates
  caveat caveats limitation limitations reliability accuracy
  breakdown summary overview latest news bit bits thing things stuff lot lots way ways kind kinds sort sorts type types
  soundbite soundbites quote quotes line lines sentence wording example examples idea ideas question questions answer answers point points part parts place places area areas
  time times today yesterday tomorrow year years month months week weeks day days moment right`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make the number after them a value compared with. */
const COMPARING = /\b(?:over|above|under|below|more than|less than|fewer than|at least|at most|exceed(?:ed|s)?|than|about|around|nearly|almost|top|hit|reach(?:ed)?)\s*$/i;


/** A question word naming a change: "arrest rate increase", "the fall in the solved rate". */
const NAMES_CHANGE = /\b(?:increases?|rises?|falls?|drops?|decreases?|changes?|growth|reductions?|up|down)\b/i;

/** A span of time written with its number: "within 10 seconds", "in 28 days". */
/** ("for the last 9 consecutive years": a word saying how the span ran may stand between.) */
const SPAN_STATED = /\b\d[\d,.]*\s*(?:(?:consecutive|successive|straight|full|working|calendar)\s+)?(?:seconds|minutes|hours|days|weeks|months|years)\b/i;

/** Why the documents cannot answer a question. */
export interface Unanswerable {
  reason: 'uncovered-topic' | 'unmet-name' | 'low-coverage' | 'no-figure';
  /** The question's words that name a topic no document covers (`uncovered-topic`), or a name the best passages do not speak of (`unmet-name`). */
  words: string[];
  /** The question's most specific words that the documents do speak of: where to ask instead. */
  nearby: string[];
  /**
   * For `no-figure`: the question is long and worded otherwise than the documents, so the figure
   * may be there in other words. The closest passages are worth showing, without a figure line.
   */
  paraphrased?: boolean;
}

/** How many of the question's covered words a decline names. */
const NEARBY_WORDS = 2;
/** The rarity (idf) below which a covered word is too common to point anywhere: about one passage in five. */
const MIN_NEARBY_WEIGHT = Math.log(5);

/**
 * Why the documents cannot answer, or undefined when they can. `uncovered` is the question's
 * words no document uses, when the caller has them already (it shows them on an answer too).
 */
export function unanswerable(found: Retrieval, kb: KnowledgeBase, uncovered = uncoveredTopicWords(found.question, kb)): Unanswerable | undefined {
  const why = reasonUnanswerable(found, kb, uncovered);
  return why && { ...why, nearby: nearbyWords(found, kb, why.words) };
}

/**
 * The question's words, most specific first, that some passage covers: "knife crime arrests"
 * is not covered, but crime and arrests are, and a person may ask about those.
 */
function nearbyWords(found: Retrieval, kb: KnowledgeBase, uncovered: string[]): string[] {
  const out = found.concepts
    .filter((c) => !c.period && c.own.length > 0 && !c.words.some((w) => uncovered.includes(w) || ASKING_NOUNS.has(w)) && c.words.join('').length > 2)
    // Named as the question words them, so only where the documents use those words themselves.
    // A word that is mostly an adjective ("Old" of Old Trafford) names no topic to ask about.
    .filter((c) => c.own.some((t) => kb.coversTerm(t)) && c.words.some((w) => nounMoreThanAdjective(w)))
    .map((c) => ({ c, weight: kb.conceptWeightOf(c) }))
    // A word in a fifth of the passages or more ("Manchester", "police") points nowhere.
    .filter(({ weight }) => weight >= MIN_NEARBY_WEIGHT)
    .sort((a, b) => b.weight - a.weight)
    .map(({ c }) => asWritten(found.question.text, c.words.join(' ')));
  return [...new Set(out)].slice(0, NEARBY_WORDS);
}

/** Words as the question wrote them ("Challenger", not "challenger"). */
function asWritten(text: string, lower: string): string {
  const at = text.toLowerCase().indexOf(lower);
  return at < 0 ? lower : text.slice(at, at + lower.length);
}

function reasonUnanswerable(found: Retrieval, kb: KnowledgeBase, uncovered: string[]): Omit<Unanswerable, 'nearby'> | undefined {
  const top = found.ranked[0];
  // A name or a number no document writes is a topic they don't cover. An everyday word they
  // don't use ("moorland", "guards") may only be how the question puts what a passage words
  // otherwise ("grouse moor", "prison officers"): where the best passage words many of the
  // question's other ideas, it is a paraphrase, not a missing topic.
  // (Ideas most passages word, "police" or the force's own name, say nothing of what a passage is about.)
  const named = uncovered.some((w) => /^[\p{Lu}\d]/u.test(w));
  const distinctiveMet = top ? found.concepts.filter((c) => !c.period && !c.frame && c.own.length > 0 && kb.conceptWeightOf(c) >= MIN_NEARBY_WEIGHT && conceptIn(c, top.matched)).length : 0;
  if (uncovered.length > 0 && (named || distinctiveMet < PARAPHRASE_IDEAS)) return { reason: 'uncovered-topic', words: uncovered };
  // A long question takes many words to say what it asks ("how much had the number of blade and
  // weapon possession cases going through the justice system grown"): a passage meeting several
  // of its distinctive ideas is about it, however little of the whole it covers.
  if (!top || (top.coverage < MIN_COVERAGE && distinctiveMet < SEVERAL_IDEAS)) return { reason: 'low-coverage', words: [] };
  const names = askedNames(found, kb);
  const unmet = unmetNames(found, kb, names);
  if (unmet.length > 0) return { reason: 'unmet-name', words: unmet };
  // "traffic accidents in Bolton": a passage that meets one idea of three or more, however rare
  // that one ("Bolton"), is about something else.
  const ideas = found.concepts.filter((c) => !c.period && !c.frame && c.own.length > 0).length;
  const bestMet = Math.max(...found.ranked.slice(0, FIGURE_PASSAGES).map((r) => r.ideasMet));
  if (ideas >= MANY_IDEAS && bestMet <= 1) return { reason: 'low-coverage', words: [] };
  const units = found.question.units && [...found.question.units, ...(found.question.unitsAlso ?? [])];
  // A number no word asked for ("Cleveland PEEL 2018/19 stop and search recording") is not
  // missed: the passages answer what the documents say of that time.
  if (!units || found.question.unitsImplied) return undefined;
  // A word naming a kind of number without asking for one ("PCC budget setting consult chief
  // constable") is answered by a passage that speaks of everything the question names.
  if (!found.question.wantsFigure && top.coverage >= WHOLLY_COVERED) return undefined;
  // An indicator table measuring the topic holds the number, whatever the passages state.
  if (kb.matchSeries(found)) return undefined;
  const topical = found.concepts.filter((c) => !c.period && !c.frame && c.own.length > 0);
  if (topical.length === 0) return undefined;
  const weight = (c: Concept) => kb.conceptWeightOf(c);
  const total = topical.reduce((s, c) => s + weight(c), 0);
  // "The proven reoffending rate for children": a rate is answered by a sentence naming what it is
  // a rate of, not by another share in a passage about children.
  const rateOf = rateSubject(found.question.text, topical);
  // "How many officers": a share answers it only as a share of officers, not of victims beside them.
  const counted = found.question.counted;
  const countedOf = counted === undefined ? undefined : topical.find((c) => c.own.includes(counted));
  const asksDuration = units.every((u) => (DURATION_UNITS as readonly string[]).includes(u));
  // "The homicide rate in Scotland" is not answered by England and Wales's: one place asked, a
  // figure for a place sharing no ground with it does not answer.
  // ("The national total for Great Britain": "national" says no more than the place beside it.)
  const placesNamedAsked = placesAsked(found.question.text);
  const places = placesNamedAsked.length > 1 ? placesNamedAsked.filter((p) => p !== 'national') : placesNamedAsked;
  const askedPlace = places.length === 1 ? places[0] : undefined;
  // A best passage's figures may stand in the lines that lean on it: "How many CPNs were issued
  // …? Our response:" is answered by "Nov 2017 to Oct 2018: 15" below it.
  const best = found.ranked.slice(0, FIGURE_PASSAGES);
  const bestIds = new Set(best.map((r) => r.passage.id));
  const leaning = found.ranked.slice(FIGURE_PASSAGES).filter((r) => r.passage.leansOn !== undefined && bestIds.has(r.passage.leansOn));
  // "Police funding for Northumbria": a name asked is met by some best passage, but the figure
  // must come from one that speaks of it, not from England and Wales's total beside it.
  for (const r of [...best, ...leaning]) {
    if (names.some((n) => !speaksOfName(found, r, n))) continue;
    // The headings a passage stands under say what its figures are of ("Crown Court: outstanding
    // case volumes increased" over "… the outstanding caseload increased by 6% … to 62,766").
    // (So does a list's lead-in over its items: "Fixed Penalty Notices have been issued for the
    // following breaches:" over "6 x swearing or shouting in a public place"; and the document's
    // title over all it says: "Cyber security breaches survey" over "the single most disruptive
    // breach … cost each business … £1,205".)
    const lead = r.passage.leansOn === undefined ? undefined : found.ranked.find((x) => x.passage.id === r.passage.leansOn)?.passage;
    // (Not words a speaker is introduced by: what they say is not of what the introduction names.)
    const listed = lead !== undefined && /:\s*$/.test(lead.text) && !/^\s*["“‘']/.test(r.passage.text);
    const headed = [...terms(r.passage.section.join(' ')), ...terms(kb.documents.get(r.passage.docId)?.title ?? ''), ...(listed ? (r.nearby ?? []) : [])];
    for (const f of r.figures) {
      // "How much did funding grow" is answered by the growth, whatever its unit ("up 18%").
      // "How quickly should forces answer 999 calls" is answered by "90% of 999 calls within 10
      // seconds": a span of time that bounds a number states how quickly.
      if (!units.includes(f.unit) && !(found.question.asksChange && statesChange(f)) && !(asksDuration && SPAN_STATED.test(f.sentence))) continue;
      // (Nor by a whole nation's when a part of it is asked: North Wales's fires are not all Wales's;
      // nor by a part's when the whole is: the East Midlands' trespass is not Great Britain's.)
      if (askedPlace && f.geography && (placesApart(askedPlace, f.geography) || placeWithin(askedPlace, f.geography) || placeWithin(f.geography, askedPlace))) continue;
      // "How many officers does GMP have" is not answered by the 2000 it has lost.
      if (found.question.asksStock && statesChange(f)) continue;
      // "How many knife crime offences" is not answered by "knife crime dropping by 13%": a count
      // asked is answered by a share of a whole, never by how far a number moved.
      if (units[0] === 'count' && !found.question.asksChange && f.unit === 'percent' && statesChange(f)) continue;
      // ("The proportion of these granted is 86%": "these" are what the sentences before name.)
      const back = leansBack(f, r.passage.text);
      const words = headed.length > 0 || back ? new Set([...kb.figureWords(f).all, ...headed, ...(back ?? [])]) : kb.figureWords(f).all;
      if (rateOf && f.unit !== 'count' && !conceptIn(rateOf, words)) continue;
      // "What was the conviction rate" is not answered by "a 4.9% fall in convictions": a change
      // in a count is no rate (a rate's own change, "the rate fell by 8%", says of the rate).
      // (Unless a change is what is asked of it: "arrest rate increase".)
      if (rateOf && !found.question.asksChange && !NAMES_CHANGE.test(found.question.text) && statesChange(f) && !/\brates?\b/i.test(f.sentence)) continue;
      if (countedOf && f.unit !== 'count' && !conceptIn(countedOf, words)) continue;
      // "Number of respondents" is not answered by "60% of respondents": a share is of a whole asked.
      if (found.question.countsWhole && !found.question.asksChange && (f.unit === 'percent' || f.unit === 'ratio')) continue;
      let got = 0;
      // A broader word ("complain" for "grumble") counts half, as it does in ranking the passages.
      for (const c of topical) got += conceptIn(c, words) ? weight(c) : c.broader.some((t) => standInHeld(t, (p) => words.has(p))) ? weight(c) / 2 : 0;
      // The sentence may lean on its passage ("The conversion of reports to charges…" in a
      // passage about rape): a passage that covers the question well needs less of its sentence.
      // So does a count of what was asked to be counted ("11,008 young people" for "how many youngsters").
      // (Or of the broader kind the documents count it by: "25,000 devices" for "how many gadgets".)
      const measured = kb.figureWords(f).measure;
      const countsAsked = countedOf !== undefined && f.unit === 'count' && countedOf.own.some((t) => countsNoun(f.measure, t)) && (conceptIn(countedOf, measured) || countedOf.broader.some((t) => standInHeld(t, (p) => measured.has(p))));
      const needed = r.coverage >= WELL_COVERED || countsAsked ? FIGURE_SENTENCE_COVERAGE / 2 : FIGURE_SENTENCE_COVERAGE;
      if (total === 0 || got / total >= needed) return undefined;
    }
  }
  // A long question in words the documents mostly do not use ("how many youngsters sat through
  // the team's talks…") is put in other words: its figure's sentence cannot be expected to share
  // them, so finding none that does is no proof the number is missing.
  const paraphrased = top.coverage < PARAPHRASE_COVERAGE && found.question.text.trim().split(/\s+/).length >= LONG_QUESTION_WORDS;
  return paraphrased ? { reason: 'no-figure', words: [], paraphrased } : { reason: 'no-figure', words: [] };
}

/** The idea a question asks the rate of: the word just before "rate" ("reoffending rate", "solved rates"). */
function rateSubject(text: string, topical: Concept[]): Concept | undefined {
  const before = /\b([\p{L}-]{3,})\s+rates?\b/iu.exec(text)?.[1]?.toLowerCase();
  if (!before) return undefined;
  return topical.find((c) => c.words.length === 1 && c.words[0] === before);
}

/** Whether `word`, right after another with only a space between, is mostly a noun: "knife crime". */
function isNounAfter(word: string, between: string): boolean {
  return /^\S+\s+$/.test(between) && /^\p{Ll}[\p{L}-]*$/u.test(word) && mostlyNoun(word);
}

/** Whether WordNet gives a word meanings as a noun, at least as many as it gives it as an adjective. */
function nounMoreThanAdjective(word: string): boolean {
  const senses = senseCounts(word);
  return senses.n > 0 && senses.n >= senses.a;
}

/**
 * Whether WordNet gives a word at least as many meanings as a noun as as a verb, an adjective or
 * an adverb ("behind", "there" are mostly adverbs: "what is behind there being fewer…" names no thing).
 */
function mostlyNoun(word: string): boolean {
  const senses = senseCounts(word);
  return senses.n > 0 && senses.n >= senses.v && senses.n >= senses.a && senses.n >= senses.r;
}

/**
 * The question's words that name a topic and that nothing in the documents covers (none of their
 * terms, stand-ins or broader words is used by any passage, title or acronym), when they are one
 * of two kinds of word that name a topic whatever the rest of the question says:
 * - a name: written with a capital (not just for opening the question) and not in capitals
 *   throughout, which acronyms and abbreviations are ("Stockport", "Operation Venetic");
 * - a noun rare in English ("precept", "moped"): everyday words are as often how a question is
 *   put as what it is about, and words English doesn't know are more often typos or shorthand;
 * - a number of three digits or more that names a thing ("999 calls"), not one compared with;
 * - two everyday nouns side by side, which together name a thing ("roadside breath tests").
 */
export function uncoveredTopicWords(question: Question, kb: KnowledgeBase): string[] {
  const uncovered = new Set<string>();
  for (const c of question.concepts) {
    if (c.period || c.own.length === 0 || c.words.length !== 1) continue;
    if (![...c.own, ...c.alternatives, ...c.broader].some((t) => standInHeld(t, (p) => kb.coversTerm(p)))) uncovered.add(c.words[0]!);
  }
  if (uncovered.size === 0) return [];
  const out: string[] = [];
  const nouns = new Map<number, string>();
  const all = words(question.text);
  all.forEach((w, i) => {
    const word = w.text.replace(/[’']s$/, '');
    const lower = word.toLowerCase();
    // A number that names a thing ("999 calls", "the 111 service") and that no document writes;
    // a number compared with ("over 500") is a value, not a topic.
    if (/^\d{3,}$/.test(word) && uncovered.has(lower) && !COMPARING.test(question.text.slice(0, w.at))) {
      out.push(word);
      return;
    }
    // An ordinal ("in its tenth year") places a thing in an order; it names no topic.
    if (!uncovered.has(lower) || ASKING_NOUNS.has(lower) || isOrdinal(lower) || !/^\p{L}[\p{L}-]+$/u.test(word)) return;
    const name = /^\p{Lu}\p{Ll}/u.test(word) && (i > 0 || !isEnglish(word));
    const senses = senseCounts(word);
    if (name || (isRare(word) && senses.n > 0)) out.push(word);
    else if (mostlyNoun(word)) nouns.set(i, word);
  });
  // Two everyday nouns side by side that no document uses ("roadside breath tests") name a
  // thing they don't cover; so does one that names a kind of a thing they do ("knife crime"):
  // alone, it may only be how the question puts it.
  for (const [i, word] of nouns) {
    if (nouns.has(i + 1)) out.push(word, nouns.get(i + 1)!);
    // Three letters or fewer is as often a clipping ("max days") as a word.
    else if (word.length > 3 && all[i + 1] && isNounAfter(all[i + 1]!.text, question.text.slice(all[i]!.at, all[i + 1]!.at))) out.push(word);
  }
  return [...new Set(out)];
}
