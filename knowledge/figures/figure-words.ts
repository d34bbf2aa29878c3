import type { Figure } from './figures.js';
import { cachedTerms, termOf } from '../language/tokens.js';
import { sentences } from '../language/sentences.js';
import { mentions } from './mentions.js';
import { AGE_BAND, AGE_BANDS } from './measures.js';
import { BY_HEDGED, HEDGE } from './figure-wording.js';

/** A figure's words as search terms: those of its measure, of its clause, of its sentence, and of all. */
export interface FigureWords {
  measure: Set<string>;
  /**
   * The words of the clause that states it, between the commas, semicolons or colons around it:
   * in "burglary 7.8%, personal robbery 9.5%" each rate has its own.
   */
  clause: Set<string>;
  sentence: Set<string>;
  all: Set<string>;
}

/** Kept while the figure is: a corpus held in memory ranks the same figures question after question. */
const known = new WeakMap<Figure, FigureWords>();

/**
 * The figure's words, worked out once per figure (so always with the same `expand`: the
 * knowledge base's acronyms, see `KnowledgeBase.figureWords`). The measure, sentence and clause
 * also hold the other forms of the acronyms they use: "1362 CSTRs were ordered" is about
 * community sentence treatment requirements.
 */
export function figureWords(figure: Figure, expand: (terms: string[]) => string[]): FigureWords {
  let words = known.get(figure);
  if (!words) {
    // ("Drug Rehabilitation Requirements" is what "DRRs" asks for, and the reverse.)
    const measured = cachedTerms(figure.measure);
    const measure = new Set(measured);
    for (const other of expand(measured)) for (const t of cachedTerms(other)) measure.add(t);
    const own = cachedTerms(figure.sentence);
    const sentence = new Set(own);
    for (const long of expand(own)) for (const t of cachedTerms(long)) sentence.add(t);
    const inClause = cachedTerms(clauseOf(figure));
    const clause = new Set(inClause);
    for (const long of expand(inClause)) for (const t of cachedTerms(long)) clause.add(t);
    words = { measure, clause, sentence, all: new Set([...sentence, ...measure]) };
    known.set(figure, words);
  }
  return words;
}

/** The clause of its sentence a figure stands in; one holding only the figure, or opening with it, takes in the one before ("vehicles (21%)"). */
function clauseOf(figure: Figure): string {
  const text = figure.sentence;
  const at = text.indexOf(figure.value);
  if (at < 0) return '';
  // A comma inside a number ("526,024") is no clause's end.
  const bounds = /[;:]|,(?!\d)/g;
  const cuts = [0];
  for (const m of text.matchAll(bounds)) cuts.push(m.index! + 1);
  cuts.push(text.length + 1);
  let i = cuts.findIndex((c, k) => c <= at && at < cuts[k + 1]!);
  let start = cuts[i]!;
  // "15 being allocated by a GM court, but living outside of the force area": a clause with no
  // number of its own goes on describing the number before it.
  let k = i + 1;
  while (k + 1 < cuts.length && !/\d/.test(text.slice(cuts[k]!, cuts[k + 1]! - 1))) k++;
  const end = cuts[k]! - 1;
  const wordsBeside = (from: number) => text.slice(from, end).replace(figure.value, ' ').match(/\p{L}{3,}/gu)?.length ?? 0;
  while (i > 0 && wordsBeside(start) === 0) start = cuts[--i]!;
  // "Drug seizures have increased by 52%, 527% for cannabis plants": a clause that opens with its
  // number is an item of a list whose head (what rose, and how) is the clause before.
  // So is one opening "with 18.9% telling the police" after "victims … told someone".
  // (Not after a semicolon, which parts clauses that each say their own: "…at the time of the
  // abuse (32.4%); 71.9% of victims reported the child did not see it".)
  if (i > 0 && text[start - 1] !== ';' && /^[^\p{L}]*(?:(?:with|including|of which|of whom)[^\p{L}]*)?$/iu.test(text.slice(start, at))) start = cuts[i - 1]!;
  // "40% of prisoners were excluded from school and 60% leave prison without skills": the words
  // after a joining word that leads to another number are that number's. The words before stay
  // with every number after them: a later half leans on the subject the sentence opened with
  // ("The outcome rate for domestic abuse is 12.2% … and for rape it is 9.9%").
  let to = end;
  for (const m of text.slice(at + figure.value.length, end).matchAll(JOINER)) {
    const cut = at + figure.value.length + m.index!;
    // ("1,180 women and 100 girls in custody or on probation": two numbers naming only their
    // nouns before the joiner share what follows the second.)
    const named = text.slice(at + figure.value.length, cut).match(/\p{L}+/gu)?.length ?? 0;
    if (named > 0 && named <= NOUN_ONLY_WORDS && /^\s*(?:over|about|around|nearly|almost)?\s*\d/.test(text.slice(cut + m[0].length))) continue;
    if (/\d/.test(text.slice(cut, end))) {
      to = cut;
      break;
    }
  }
  let own = text.slice(start, to);
  // "9.5% of people aged 16 to 59 years and 17.6% of people aged 16 to 24 years": a later half
  // shares what the earlier one says ("847,000 children (19.1%)" are aged 10 to 15 as well),
  // but not an age band where it gives its own.
  const joined = [...text.slice(start, at).matchAll(JOINER)].pop();
  if (joined && AGE_BAND.test(text.slice(start + joined.index!, to))) {
    const cut = start + joined.index!;
    own = `${text.slice(start, cut).replace(AGE_BANDS, ' ')}${text.slice(cut, to)}`;
  }
  // "The survey showed that 92.6% of children went online daily, with 58.1% spending three or
  // more hours a day online": what the sentence opens with, before its first number, is said of
  // every number in it, so it tells none of them apart.
  // (Only from the clause of that first number: what comes before it is a clause of its own.)
  // (Not where the first number ends its clause — "… at the time of the abuse (32.4%);" is said
  // of that number — nor past a semicolon, after which a clause says its own.)
  const first = mentions(text)[0];
  const subjectEnd = first?.at ?? -1;
  const subjectStart = subjectEnd > 0 ? (cuts.filter((c) => c <= subjectEnd).pop() ?? 0) : 0;
  const opensClause = first !== undefined && /^[\s)]*\p{L}/u.test(text.slice(first.end));
  const pastSemicolon = text.slice(subjectEnd, start).includes(';');
  // (Nor where the figure's clause names a subject of its own: "…, and the average number of
  // reconvictions per offender has decreased by 27%".)
  const ownSubject = (text.slice(start, at).match(/\p{L}{3,}/gu) ?? []).filter((w) => !CLAUSE_OPENERS.test(w)).length >= OWN_SUBJECT_WORDS;
  return subjectEnd > subjectStart && subjectEnd < start && opensClause && !pastSemicolon && !ownSubject ? `${text.slice(subjectStart, subjectEnd)} ${own}` : own;
}

/** Words after a number that name only what it counts ("1,180 women"), saying nothing of their own. */
const NOUN_ONLY_WORDS = 2;

/** Words opening a clause that go on from the one before, naming nothing of their own. */
const CLAUSE_OPENERS = /^(?:and|with|while|whilst|whereas|but|including|which|who|that|this|there|were|was|are|is|has|had|have|been|also)$/i;
/** Words before its number from which a clause has a subject of its own. */
const OWN_SUBJECT_WORDS = 3;

/** Words that join two halves of a clause, each of which may state its own number. */
const JOINER = / (?:and|while|whilst|whereas|but) /g;

/** Verbs saying a number went down, in each of their forms: "fell", "falling", "fallen". */
const DOWN_VERBS = String.raw`(?:reduc(?:ed|ing)|decreas(?:ed|ing)|f(?:ell|alling|allen)|drop(?:ped|ping)|declin(?:ed|ing)|plummet(?:ed|ing)|plung(?:ed|ing)|slump(?:ed|ing)|tumbl(?:ed|ing))`;
/** Verbs saying a number went up: "rose", "rising", "risen". */
const UP_VERBS = String.raw`(?:increas(?:ed|ing)|r(?:ose|ising|isen)|gr(?:ew|owing|own)|jump(?:ed|ing)|climb(?:ed|ing)|soar(?:ed|ing)|surg(?:ed|ing))`;
/** Words before a number that make it a change ("has lost over 2000 officers", "fell by 1%"). */
/** Verbs that say by how much something moved: "reduced by", "rose by". */
/** (Every tense of each verb: "knife crime dropping by 13%" moved as "dropped by" does.) */
const MOVED_BY = String.raw`(?:${DOWN_VERBS}|${UP_VERBS}|down|up) by`;
const CHANGED_BY = new RegExp(String.raw`\b(?:lost|losing|cut|gained|recruited|recruiting|hired|added|adding|introduced|an extra|an additional|${MOVED_BY}|an? (?:increase|decrease|rise|fall|reduction|drop) of)\s+${HEDGE}$`, 'i');
/** Words after a number that make it one: "500 more officers", "20 new staff", "a 12% fall", "17% lower". */
const CHANGED_AFTER = /^\s*(?:more|fewer|less|extra|additional|new|increase|decrease|rise|fall|reduction|drop|higher|lower)\b/i;

/** A verb of moving up or down, anywhere before a "by" that gives how far. */
const MOVED_VERB = new RegExp(String.raw`\b(?:${DOWN_VERBS}|${UP_VERBS})\b`, 'i');

/** A verb saying by how much earlier in the sentence, for a "by" with none of its own ({@link BY_HEDGED}). */
const MOVED_BY_SAID = new RegExp(String.raw`\b${MOVED_BY}\b`, 'i');

/** Words saying a change went down ("fell by", "a 5% reduction", "12% lower") or up. */
const DOWNWARD = new RegExp(String.raw`\b(?:lost|losing|cut|${DOWN_VERBS}|down|decrease|fall|reduction|drop|fewer|less|lower|decline)\b`, 'gi');
const UPWARD = new RegExp(String.raw`\b(?:gained|recruited|hired|added|introduced|${UP_VERBS}|up|increase|rise|more|extra|additional|new|higher)\b`, 'gi');

/**
 * Which way a stated change went ('+' up, '-' down): the change word nearest the number says, in
 * "burglary fell, but robbery increased by 5%" the "increased". Undefined when no change is stated.
 */
export function changeDirection(figure: Figure): '+' | '-' | undefined {
  if (!statesChange(figure)) return undefined;
  const at = figure.sentence.indexOf(figure.value);
  const end = at + figure.value.length;
  // "were down by more than 17%": a hedge on the number ("more than") says nothing of which way it went.
  const hedge = /\b(?:more|less|fewer) than\s*$/i.exec(figure.sentence.slice(0, at));
  const hedgeStart = hedge ? at - hedge[0].length : at;
  // Nor does a word after the number in another clause ("… down by 17% and theft rose …").
  const boundary = /\b(?:and|but|while|whereas)\b|[,;]/.exec(figure.sentence.slice(end));
  const clauseEnd = boundary ? end + boundary.index : figure.sentence.length;
  const nearest = (re: RegExp) =>
    Math.min(
      Infinity,
      ...[...figure.sentence.matchAll(re)]
        .filter((m) => m.index! < hedgeStart || (m.index! >= end && m.index! < clauseEnd))
        .map((m) => (m.index! >= end ? m.index! - end : at - (m.index! + m[0].length)))
        .filter((d) => d >= 0),
    );
  return nearest(DOWNWARD) < nearest(UPWARD) ? '-' : '+';
}

/** Words right before a number that say it is how far something moved: "rose by", "fell by over", "a decrease of". */
const MOVED_BEFORE = new RegExp(String.raw`\b(?:${MOVED_BY}|an? (?:increase|decrease|rise|fall|reduction|drop) of)\s+${HEDGE}$`, 'i');

/**
 * Which way something moved when the number is, in so many words, how far ("robbery rose by
 * 300", "a fall of 28 days"); undefined for a number that is not. Narrower than
 * {@link statesChange}: "500 officers recruited" and "20 new staff" are counts of what was added,
 * not a rise in anything.
 */
export function movedBy(figure: Figure): '+' | '-' | undefined {
  const at = figure.sentence.indexOf(figure.value);
  if (at < 0 || !MOVED_BEFORE.test(figure.sentence.slice(Math.max(0, at - 40), at))) return undefined;
  return changeDirection(figure);
}

/**
 * Whether the figure is the size of a change (officers lost or recruited, a rate that fell by 1%)
 * rather than how many there are: it does not answer "how many … does it have".
 */
export function statesChange(figure: Figure): boolean {
  const at = figure.sentence.indexOf(figure.value);
  if (at < 0) return false;
  const before = figure.sentence.slice(0, at);
  if (CHANGED_BY.test(before.slice(-40)) || CHANGED_AFTER.test(figure.sentence.slice(at + figure.value.length))) return true;
  // "robbery (down 14.9 per cent", "3,000 in 2023/24, up 3%": "up" or "down" set off before a share.
  if (figure.unit === 'percent' && /(?:[(,;–—]|\s-)\s*(?:down|up)\s+$/i.test(before.slice(-20))) return true;
  // "Drug seizures have increased by 52%, 527% for cannabis plants": an item listed after a
  // change is one too.
  const listed = /\d[\d,.]*\s*%?\s*,\s*$/.exec(before);
  if (listed !== null && CHANGED_BY.test(before.slice(Math.max(0, listed.index - 40), listed.index))) return true;
  // "… prosecutions has reduced by 5.9 per cent and the number of convictions by 4.9 per cent":
  // "by" alone, after a change the sentence has stated, leaves its verb unsaid.
  // ("… increased again between 2020-21 and 2021-22 by 81%": its verb may stand apart from "by".)
  return BY_HEDGED.test(before) && (MOVED_BY_SAID.test(before) || MOVED_VERB.test(before));
}

/**
 * Whether `phrase` stands in the figure's sentence nearer to this figure than to any other number
 * of its clause: in "graded … across nine areas and found the force was ‘outstanding’ in six
 * areas", "outstanding" names the six. A number of the same value stated twice counts as one.
 */
export function nearestTo(figure: Figure, phrase: string): boolean {
  const text = figure.sentence.toLowerCase();
  const wanted = phrase.toLowerCase().trim();
  if (wanted === '') return false;
  const numbers = mentions(figure.sentence);
  const own = numbers.filter((m) => m.value === figure.value);
  if (own.length === 0) return false;
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    // Distance in the text, and only within the phrase's clause: a comma or semicolon between
    // them puts the number in another clause.
    const distance = (m: { at: number; end: number }) => {
      const [from, to] = m.end <= at ? [m.end, at] : [end, m.at];
      return /[;,](?!\d)/.test(figure.sentence.slice(from, to)) ? Infinity : to - from;
    };
    const nearest = Math.min(...numbers.map(distance));
    if (nearest < Infinity && own.some((m) => distance(m) === nearest)) return true;
  }
  return false;
}

/**
 * A sentence opening on a pronoun that stands for what the sentence before named; or on changes
 * with no article, which are parts of the one it stated ("… a 3.5 per cent reduction. Reductions
 * were seen in robbery (down 14.9 per cent)").
 */
const OPENS_ON_PRONOUN = /^\W*(?:(?:it|this|that|they|these|those|he|she|its|their)\b|(?:reductions|increases|rises|falls|decreases)\s+(?:were|have|also)\b)/i;

/** How many sentences back a run of sentences leaning on the one before may reach. */
const LEANING_RUN = 3;

/** "The proportion of these granted", "among those charged": a part of what the sentence before named. */
const PART_OF_THOSE = /\b(?:of|among|amongst)\s+(?:these|those|them)\b/i;

/**
 * The words of the sentence before a figure's, when the figure's sentence leans on it: in
 * "HMICFRS graded Avon and Somerset's performance across eight areas. It found the force was
 * ‘good’ in two areas", the two areas are Avon and Somerset's.
 */
export function leansBack(figure: Figure, passage: string): Set<string> | undefined {
  if (!OPENS_ON_PRONOUN.test(figure.sentence) && !PART_OF_THOSE.test(figure.sentence)) return undefined;
  const at = passage.indexOf(figure.sentence.trim().slice(0, 40));
  if (at <= 0) return undefined;
  const before = sentences(passage.slice(0, at));
  const out = new Set<string>();
  // ("… decreased by 5%. The volume of these granted fell by 4%. The proportion of these granted
  // is 86%": the sentence before may lean back in turn, to what both speak of.)
  for (let i = before.length - 1; i >= 0 && i >= before.length - LEANING_RUN; i--) {
    const text = before[i]!.text;
    for (const t of cachedTerms(text)) out.add(t);
    if (!OPENS_ON_PRONOUN.test(text) && !PART_OF_THOSE.test(text)) break;
  }
  return out.size > 0 ? out : undefined;
}

/**
 * Whether a count stands after a preposition and "the": "statistics … for the 43 police forces",
 * "across the 10 districts". It names a known set the sentence speaks of rather than reporting a
 * number. (Not "of these 711 were picked up": a part of what was just counted.)
 */
export function namesKnownSet(figure: Figure): boolean {
  const at = figure.sentence.indexOf(figure.value);
  // (Not "Of the 526 deaths in 2013, 46 …": that restates a total, which may be the one asked.)
  return figure.unit === 'count' && at > 0 && /\b(?:for|across|in|by|among|amongst|from|to|between)\s+the\s+$/i.test(figure.sentence.slice(Math.max(0, at - 24), at));
}

/**
 * Whether a count is the size of a survey's sample ("a survey of 2,025 children", "1,000 adults
 * were surveyed"): how the finding was made, not a finding.
 */
export function namesSample(figure: Figure): boolean {
  if (figure.unit !== 'count') return false;
  const at = figure.sentence.indexOf(figure.value);
  if (at < 0) return false;
  const before = figure.sentence.slice(Math.max(0, at - 40), at);
  const after = figure.sentence.slice(at + figure.value.length, at + figure.value.length + 60);
  return SAMPLE_BEFORE.test(before) || SAMPLE_AFTER.test(after);
}

/** Words before a sample's size: "a survey of", "a sample of around", "interviews with". */
const SAMPLE_BEFORE = /\b(?:survey(?:ed)?|sample|poll(?:ed)?|questionnaire|interviews?)\s+(?:of|with)\s+(?:(?:around|about|over|some|nearly|almost|more than|just over|just under)\s+)?$/i;
/** Words after it: "1,000 adults were surveyed", "2,025 children took part". */
/** ("Over 1000 older people across Northern Ireland were surveyed": a place may stand between.) */
const SAMPLE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,6}?(?:were|was)\s+(?:surveyed|polled|interviewed|questioned|sampled)\b|^\s+(?:[\p{L}-]+\s+){0,6}?(?:responded|took part)\b/iu;

/**
 * Whether a measure naming the term `counted` counts that thing: a name in capitals ("GMP Victim
 * Service Coordinators") counts what its last word names, not the words before that qualify it.
 */
export function countsNoun(measure: string, counted: string): boolean {
  const words = measure.split(/\s+/).filter(Boolean);
  return words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w)) || termOf(words.at(-1)!) === counted;
}
