import { NO_MEASURE, type Figure } from '../../knowledge/figures/figures.js';
import { placesAsked, wholeOfPartsAsked } from '../../knowledge/figures/figure-places.js';
import { isSpelledCount } from '../../knowledge/figures/mentions.js';
import { changeDirection, countsNoun, leansBack, namesKnownSet, namesSample, nearestTo, statesChange } from '../../knowledge/figures/figure-words.js';
import { DURATION_UNITS, type Period } from '../../knowledge/types.js';
import { sameSpan, type KnowledgeBase, type Ranked, type Retrieval } from '../../knowledge/search/retrieve.js';
import { anyIn, conceptIn } from '../../knowledge/search/concepts.js';
import type { AnswerFigure } from '../answer.js';
import { asChange, asOfPrevious, toAnswerFigure } from './figure-said.js';
import { terms } from '../../knowledge/language/tokens.js';
import { secondAskShares } from './second-ask.js';
import { asksPrevious, CHANGE_NOUN, comparedWithYearBefore, comparesOrChanges, COMPARES_PLACES, FALL_ASKED, movedWords, NEGATED, NUMBER_NOUN, NUMBERED_LABEL, ON_YEAR_BEFORE, preferLatest, RISE_ASKED, SAMPLE_ASKED, wantsCount, wantsTarget, yearEarlier } from './figure-asks.js';

/** Most figures an answer shows; a long list is trimmed to those that best match. */
const MAX_FIGURES = 3;
/** A figure scoring under this share of the best one is not shown. */
const MIN_SHARE_OF_BEST = 0.3;
/** How much the question's words in a figure's own clause count, beside those in its measure. */
const CLAUSE_WEIGHT = 0.5;
/** How much a figure counts whose place is not the one the question names. */
const OTHER_PLACE_WEIGHT = 0.6;
/** "Which parts of the UK": the UK's own figure answers no part, whatever it measures. */
const WHOLE_FOR_PARTS_WEIGHT = 0.3;
/** How much more a figure counts whose measure names what a count asks for. */
const COUNTED_WEIGHT = 1.5;
/** How much a change counts ("lost 2000 officers") when how many there are is asked. */
const CHANGE_FOR_STOCK_WEIGHT = 0.3;
/** How much more a change counts ("increased by 18%") when the question asks by how much something moved. */
const ASKED_CHANGE_WEIGHT = 2;
/** How much a level ("69% in 2022/23") counts when the question asks by how much something moved. */
const LEVEL_FOR_CHANGE_WEIGHT = 0.6;
/** How much a figure counts whose measure names the opposite of what was asked ("female" for "men"). */
const CONTRARY_WEIGHT = 0.2;
/** How much a figure counts that is of a kind no word of the question asked for (a count, asked how much money). */
const OTHER_UNIT_WEIGHT = 0.5;
/** How much a target counts when the question asks for none. */
const TARGET_UNASKED_WEIGHT = 0.5;
/** How much a figure counts whose measure could not be read. */
const UNNAMED_WEIGHT = 0.5;
/** How much a word framing a comparison ("compared with", "a year earlier") counts as topic. */
const FRAME_SHARE = 0.3;
/** How much a share in round words ("4 in 10") counts when no share was asked for. */
const ROUND_SHARE_WEIGHT = 0.8;
/** How much more a figure counts that stands beside a phrase the question quotes. */
const QUOTED_WEIGHT = 2;
/** How much a count counts that names a known set the sentence speaks of ("for the 43 police forces"). */
const KNOWN_SET_WEIGHT = 0.5;
/** How much a count written in words counts ("the last five financial years") when no count is asked. */
const SPELLED_COUNT_WEIGHT = 0.5;
/** How much more a figure counts whose measure names the lettered label asked ("Band D"). */
const LABEL_WEIGHT = 3;

/** Passages whose figures are considered, best first, and how much each rank counts. */
const RANK_WEIGHTS = [1, 0.55, 0.4];
/** How steeply a passage's weight falls with its score below the best's (cubed: 90% of it counts 73%). */
const NEAR_SCORE_POWER = 3;

/** How much more a figure counts that is of one period the question names and compared with another it names. */
const BOTH_PERIODS_WEIGHT = 1.5;
/** How much more a figure counts whose own clause compares with the year before, when that comparison is asked. */
const YEAR_BEFORE_WEIGHT = 1.5;

/** A figure as weighed against the question. */
interface Scored {
  figure: Figure;
  score: number;
  ranked: Ranked;
  asPrevious: boolean;
  forAsked: boolean;
  topicShare: number;
}

/** A figure picked for the answer, with the passage that states it. */
export interface PickedFigure {
  figure: AnswerFigure;
  from: Ranked;
  /** Whether it is for a period the question asks (as stated, or as the one its sentence compares with). */
  forAskedPeriod: boolean;
  /** The share of the question's topic (by weight, of the words the documents use) its sentence names. */
  topicShare: number;
}

/**
 * The figures the answer stands behind: those stated by the best passages, ranked by how well
 * their sentence matches the question, whether they are for the asked period, and whether they
 * are the kind of number asked for (a rate, a count, money, a target).
 */
export function pickFigures(found: Retrieval, ranked: Ranked[], kb: KnowledgeBase): PickedFigure[] {
  const wanted = found.concepts;
  const question = found.question.text;
  // "PCSO numbers", "crime figures": the word for a number says a number is wanted, not which.
  const asksNumber = wanted.map((c) => c.words.length > 0 && c.words.every((w) => NUMBER_NOUN.test(w)));
  // "How much money …", "what did it cost": the word asking for the kind of number is met, in
  // how much of the topic a figure names, by a number of that kind ("over £6 million for …").
  // (Not in its score: every figure of that kind meets it alike.)
  const namesUnit = wanted.map((c) => c.words.length === 1 && found.question.unitWords.has(c.words[0]!));
  // So is a word asking for a change of no stated direction ("referrals 2020/21 change"), by a
  // figure that states one.
  const namesChange = wanted.map((c) => found.question.asksChange && c.words.length === 1 && CHANGE_NOUN.test(c.words[0]!));
  // How much each idea counts as the topic: a period is weighed against the figure's own period,
  // not as a word. Words framing a comparison ("compared with the same quarter a year earlier")
  // point to a sentence that compares, but name nothing a figure measures: they count a little.
  const topicShares: number[] = wanted.map((c, i) => (c.period || asksNumber[i] ? 0 : c.frame ? FRAME_SHARE : 1));
  const counted = found.question.counted;
  // The ideas that describe what is counted ("bombing" of "bombing incidents").
  const describing = wanted.filter((c) => !c.period && c.own.some((t) => found.question.countedPhrase.slice(0, -1).includes(t)));
  // Money asked for in so many words ("funding", "how much does each council get"); a share or
  // rate ("what proportion", "how likely") — as the question was read, not read again here.
  const asksMoney = found.question.units?.length === 1 && found.question.units[0] === 'money';
  // The kinds of number a word asked for (none when only a period implied one).
  const asked = found.question.unitsImplied ? undefined : found.question.units;
  const asksShare = found.question.units?.[0] === 'percent';
  // "How many days did it take": what is counted is a span of time, and "98 days" counts it.
  const countedIn = asked?.[0] !== undefined && (DURATION_UNITS as readonly string[]).includes(asked[0]) ? asked[0] : 'count';
  // A period naming a document ("the 2020 VSA assessment") prefers that period's figures too.
  const askedPeriods = [...found.askedPeriods, ...found.question.documentPeriods];
  // With no period named, "the previous year" asks for the value a sentence compares the latest with.
  const wantsPrevious = askedPeriods.length === 0 && asksPrevious.test(question) && !comparesOrChanges.test(question);
  // One place named in the question is the place asked. Of two set side by side ("GM compared
  // with England and Wales"), the first is asked about and the second is its benchmark.
  const askedNegated = NEGATED.test(question);
  const quoted = found.question.quoted;
  // ("band 4 probation officers", "Tier 2": a numbered label names one of a kind as a lettered one does.)
  // (Each is read as a whole word of a measure, not the start of a range: "band 4" is not in "band 4-6".)
  const labels = [...found.question.labels, ...[...question.matchAll(NUMBERED_LABEL)].map((m) => m[0])].map((l) => new RegExp(`\\b${l.toLowerCase().replace(/\s+/g, ' ')}\\b(?![-–.]\\d)`));
  const places = placesAsked(question);
  const asksOnYearBefore = ON_YEAR_BEFORE.test(question);
  const askedPlace = places.length === 1 || (places.length === 2 && COMPARES_PLACES.test(question)) ? places[0] : undefined;
  const whole = wholeOfPartsAsked(question);
  // Which way the question asks a number moved: "how much has it grown" (up), "how far did it fall" (down).
  const rise = RISE_ASKED.test(question);
  const fall = FALL_ASKED.test(question);
  const askedDirection = found.question.asksChange && rise !== fall ? (rise ? '+' : '-') : undefined;
  // A passage that opens a list is answered by its items too ("… 234,438 FTE. This includes:
  // 147,098 FTE police officers; …"): its items' figures are weighed at its rank, or their own if higher.
  // An item leaves to its lead what the whole list is about ("234,438 FTE … in England and Wales
  // at 30 September 2023. This includes: 147,098 FTE police officers"): the lead's words count
  // for the item's figures as their own sentence's do (but not as their measure or clause).
  const rankOf = new Map<Ranked, number>();
  const leadWords = new Map<Ranked, Set<string>>();
  ranked.slice(0, RANK_WEIGHTS.length).forEach((top, rank) => {
    let topWords: Set<string> | undefined;
    for (const r of ranked) {
      if (r !== top && r.passage.leansOn !== top.passage.id) continue;
      if (!rankOf.has(r) || rankOf.get(r)! > rank) rankOf.set(r, rank);
      // Worked out once per lead, shared by its items.
      if (r !== top) leadWords.set(r, (topWords ??= new Set(terms(top.passage.text))));
    }
  });
  // How much a passage's rank counts: by its position, or by how near its score is to the best's
  // when that is nearer (three passages scoring alike are not first, half and a third as good).
  const bestScore = ranked[0]?.score || 1;
  // (A passage put first for holding the period asked may score below the one after it: that one
  // counts no more than the first.)
  const rankWeight = (rank: number) => Math.max(RANK_WEIGHTS[rank]!, Math.min(1, ranked[rank]!.score / bestScore) ** NEAR_SCORE_POWER);
  // A broader word stands in for one the documents never use ("burglary" for "break-ins"): a
  // figure's words that say it name the idea, as its own words would.
  const names = (c: (typeof wanted)[number], words: Set<string>) => conceptIn(c, words) || anyIn(c.broader, words);
  // Every figure of the best passages, scored against the ideas `share` weighs (the whole
  // question's, or only those of a second thing it asks for).
  const scoreAll = (share: number[]): Scored[] => {
    const scored: Scored[] = [];
    const weights = wanted.map((c, i) => share[i]! * (share[i] ? kb.conceptWeightOf(c) : 0));
    const topics = share.reduce((a, b) => a + b, 0);
    const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
    // What a sentence could name: a word no document uses ("ppl") is named by none.
    const nameable = wanted.reduce((sum, c, i) => sum + ([...c.own, ...c.alternatives].some((t) => kb.coversTerm(t)) ? weights[i]! : 0), 0) || 1;
    rankOf.forEach((rank, r) => {
      const lead = leadWords.get(r);
      for (const figure of r.figures) {
        const { measure: near, clause, all: words } = kb.figureWords(figure);
        // The place a figure is for names it, whether its sentence or its document's title says so.
        const own = figure.geography ? new Set([...words, ...terms(figure.geography)]) : words;
        const before = leansBack(figure, r.passage.text);
        let matched = 0;
        let matchedWeight = 0;
        let inMeasure = 0;
        let inClause = 0;
        for (let i = 0; i < wanted.length; i++) {
          const c = wanted[i]!;
          // The period asked is weighed below, against the figure's own period: a sentence that
          // happens to write it is no better match.
          if (!share[i]) continue;
          if (names(c, own) || (lead !== undefined && names(c, lead)) || (before !== undefined && names(c, before))) {
            matched += share[i]!;
            matchedWeight += weights[i]!;
          } else if ((namesUnit[i] && asked?.includes(figure.unit)) || (namesChange[i] && statesChange(figure))) matchedWeight += weights[i]!;
          if (names(c, near)) inMeasure += share[i]!;
          if (names(c, clause)) inClause += weights[i]!;
        }
        if (matched === 0) continue;
        // "Adult men" is not answered by a rate for adult females.
        // "Would report a crime again" is not answered by the share who wouldn't, nor the reverse.
        // "How far has it come down" is not answered by a rise, however its measure is worded.
        const moved = movedWords(figure);
        // ("How much has X grown": a fall in it, however its measure is worded, is no growth.)
        const went = askedDirection && changeDirection(figure);
        const wentOtherWay = went !== undefined && went !== askedDirection;
        const contrary = wentOtherWay || wanted.some((c) => !c.period && c.opposite !== undefined && (anyIn(c.opposite, near) || anyIn(c.opposite, moved)) && !conceptIn(c, near) && !conceptIn(c, moved)) || NEGATED.test(figure.measure) !== askedNegated;
        let score = rankWeight(rank) * (matched / Math.max(1, topics));
        score *= 1 + (0.5 * inMeasure) / Math.max(1, topics);
        // Of several figures in one sentence, the one whose own clause says what was asked leads.
        // Rare words count more here: "personal robbery" tells two rates apart, "solved rate" not.
        score *= 1 + (CLAUSE_WEIGHT * inClause) / totalWeight;
        // The period asked may be the one the sentence compares with ("692 in 2023/24, up 39% on
        // 2022/23 (499)" answers 2022/23 with 499).
        let asPrevious = false;
        let forAsked = false;
        if (askedPeriods.length > 0) {
          const answers = (p: Period | undefined) => p !== undefined && askedPeriods.some((a) => sameSpan(p, a));
          const holds = answers(figure.period);
          // A baseline named without its value ("up 2.5% on the same quarter last year") gives no figure for it.
          asPrevious = !holds && !!figure.previous?.value && answers(figure.previous.period);
          // A period the question asks, not only one naming a document it means.
          forAsked = [figure.period, figure.previous?.period].some((p) => p !== undefined && found.askedPeriods.some((a) => sameSpan(p, a)));
          score *= holds || asPrevious ? 2 : figure.period ? 0.5 : 0.8;
          // "… for 2018/19, and how does that compare with 2008/09?": a figure of one asked period
          // that compares with another answers both.
          if (holds && askedPeriods.length > 1 && answers(figure.previous?.period) && !sameSpan(figure.period!, figure.previous!.period!)) score *= BOTH_PERIODS_WEIGHT;
        }
        if (wantsPrevious && figure.previous?.value) {
          asPrevious = true;
          score *= 2;
        }
        // (A share's change is told in points: "how far has the share come down" — "fallen by 6.1 percentage points".)
        if (asksShare && (figure.unit === 'percent' || (found.question.asksChange && figure.unit === 'percentage-points'))) score *= 1.3;
        // "What share of searches led to an arrest": a percentage by which something changed ("18%
        // lower than the previous year") is no share, unless a change is asked.
        if (asksShare && !found.question.asksChange && statesChange(figure)) score *= LEVEL_FOR_CHANGE_WEIGHT;
        // "Approximately 4 in 10 homicides … (282 homicides)": a share in round words is the
        // sentence's gloss; unasked for, the number beside it leads.
        if (!asksShare && figure.unit === 'ratio') score *= ROUND_SHARE_WEIGHT;
        // "Statistics … for the 43 police forces": a count naming a known set
        // the sentence speaks of, not one it reports.
        if (namesKnownSet(figure)) score *= KNOWN_SET_WEIGHT;
        // "A survey of 2,025 children": the sample's size is how a finding was made; unless the
        // question asks how many took part, the findings lead.
        if (namesSample(figure) && !SAMPLE_ASKED.test(question)) score *= KNOWN_SET_WEIGHT;
        // "… statistics for the last five financial years": a count in words mostly describes; unless
        // a count is asked for, it does not lead.
        if (isSpelledCount(figure) && !/\b(?:how many|number of)\b/i.test(question)) score *= SPELLED_COUNT_WEIGHT;
        if (wantsCount.test(question) && figure.unit === countedIn) score *= 1.3;
        // "How many" is answered by a count, not by a share or a rate per 1,000 beside it.
        else if (/\bhow many\b/i.test(question) && !asksShare && figure.unit !== countedIn) score *= 0.6;
        if (asksMoney && figure.unit === 'money') score *= 1.3;
        // "How much does each council get" asks for money: a count beside it ("10 councils") is not the answer.
        if (asked && !asked.includes(figure.unit) && !(found.question.asksChange && statesChange(figure))) score *= OTHER_UNIT_WEIGHT;
        if (wantsTarget.test(question) === (figure.kind === 'target')) score *= 1.2;
        // "999 calls answered within 10 seconds": what was done answers, not the target it was set
        // against, however fully the target's sentence words the question.
        else if (figure.kind === 'target') score *= TARGET_UNASKED_WEIGHT;
        // "… in England and Wales": a figure the document gives for another place does not lead.
        if (askedPlace && figure.geography && figure.geography !== askedPlace) score *= OTHER_PLACE_WEIGHT;
        // "Which parts of the UK saw costs climb most": the whole's own figure is no part's.
        if (whole && figure.geography === whole) score *= WHOLE_FOR_PARTS_WEIGHT;
        // "How many community payback hours": a figure whose measure names the thing counted leads.
        // (What the measure counts is its head noun: "11 GMP Victim Service Coordinators" counts coordinators, not victims.)
        if (counted && near.has(counted) && countsNoun(figure.measure, counted)) {
          score *= COUNTED_WEIGHT;
          // "How many bombing incidents": of two counts of incidents, the one of bombings leads.
          // (Its measure or its clause may say so: "Homicide returned to … levels, with 696 victims".)
          if (describing.length > 0 && describing.every((c) => names(c, near) || names(c, clause))) score *= COUNTED_WEIGHT;
        }
        // "How many officers does GMP have": a number lost or recruited is not how many it has.
        if (found.question.asksStock && statesChange(figure)) score *= CHANGE_FOR_STOCK_WEIGHT;
        // "Robbery change on the previous year": of "17% lower than 2020" and "a 13% increase
        // compared with the previous year", the one measured against the year asked leads.
        // (One the document compares with a year further back, "down 27% on 2010-11", does not.)
        if (asksOnYearBefore && comparedWithYearBefore(figure, found.askedPeriods)) score *= YEAR_BEFORE_WEIGHT;
        else if (asksOnYearBefore && figure.previous?.period && figure.period && figure.previous.period.start < yearEarlier(figure.period.start)) score /= YEAR_BEFORE_WEIGHT;
        // "How much did pick-ups grow": the size of the change ("increased by 18%") answers, not a level.
        if (found.question.asksChange) score *= statesChange(figure) ? ASKED_CHANGE_WEIGHT : LEVEL_FOR_CHANGE_WEIGHT;
        // A figure whose sentence names no measure for it can be shown, but never ahead of one that does.
        if (figure.measure === NO_MEASURE) score *= UNNAMED_WEIGHT;
        if (contrary) score *= CONTRARY_WEIGHT;
        // "In how many areas was the force rated 'requires improvement'": the number the quoted
        // label stands beside answers, not the others of its sentence.
        if (quoted.some((q) => nearestTo(figure, q))) score *= QUOTED_WEIGHT;
        // The figure a lettered label asked ("Band D") names is that one of its kind.
        if (labels.some((l) => l.test(figure.measure.toLowerCase()))) score *= LABEL_WEIGHT;
        scored.push({ figure, score, ranked: r, asPrevious, forAsked, topicShare: matchedWeight / nameable });
      }
    });
    if (askedPeriods.length === 0 && !wantsPrevious) preferLatest(scored);
    return scored.sort((a, b) => b.score - a.score);
  };
  const scored = scoreAll(topicShares);
  // The same figure stated twice (a summary bullet and its table row) is shown once, and a
  // figure far weaker than the best is left out rather than padding the answer.
  const best = scored[0]?.score ?? 0;
  const seen = new Set<string>();
  const kept = scored.filter(({ figure, score, asPrevious }) => {
    const key = asPrevious ? `${figure.previous!.value}|${figure.previous!.period?.label ?? figure.previous!.label ?? ''}|${figure.measure}` : `${figure.value}|${figure.period?.label ?? ''}|${figure.measure}`;
    if (seen.has(key) || score < best * MIN_SHARE_OF_BEST) return false;
    seen.add(key);
    return true;
  });
  // "PCSO numbers change on the previous year": the size of the change leads, then the level.
  // "…, and how many were decisions to prosecute?": the figure best answering the second thing
  // asked is shown second, where the whole question's weighing left it out.
  const secondShares = secondAskShares(question, wanted, topicShares);
  // (The same figure stated twice, a summary bullet and its table row, is shown once.)
  const sameFigure = (a: Figure, b: Figure) => a === b || (a.value === b.value && a.period?.label === b.period?.label);
  const second = secondShares && kept.length > 0 ? scoreAll(secondShares).find((s) => !sameFigure(s.figure, kept[0]!.figure)) : undefined;
  if (second && !kept.slice(0, MAX_FIGURES).some((k) => sameFigure(k.figure, second.figure))) kept.splice(1, 0, second);
  const leadWithChange = found.question.asksChange || asksOnYearBefore;
  return kept.slice(0, MAX_FIGURES).map(({ figure, ranked: r, asPrevious, forAsked, topicShare }, i) => {
    const shown = asPrevious ? asOfPrevious(toAnswerFigure(figure, r, kb)) : toAnswerFigure(figure, r, kb);
    // Only a change the sentence states leads: one worked out from two levels is in no sentence.
    return { figure: i === 0 && leadWithChange && !asPrevious && !statesChange(figure) && figure.change !== undefined ? asChange(shown) : shown, from: r, forAskedPeriod: forAsked, topicShare };
  });
}
