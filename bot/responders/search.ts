import { repeatKey } from '../../knowledge/documents/passages.js';
import { findPeriods, within } from '../../knowledge/language/periods.js';
import { PERIOD_NEEDS_COVERAGE, type Ranked } from '../../knowledge/search/retrieve.js';
import type { Passage, Period } from '../../knowledge/types.js';
import { unanswerable, uncoveredTopicWords, MIN_COVERAGE, type Unanswerable } from '../../knowledge/search/answerable.js';
import type { Answer } from '../answer.js';
import { citedSource } from './citation.js';
import { pickFigures } from './figure-answer.js';
import { figureLine, namedFigures } from '../figure-line.js';
import { answerFromSeries } from './indicator-answer.js';
import { pickQuotes } from './quote-answer.js';
import { shownPassages } from './excerpts.js';
import { acronymAsked } from './acronym.js';
import { asksTimeOnly } from '../../knowledge/search/asked-kind.js';
import { answerTo, type Asked } from './asked.js';

/** Most passages an answer carries. */
const MAX_PASSAGES = 5;
/** A passage holding the asked period is promoted if it scores at least this share of the best. */
const PERIOD_PROMOTION = 0.35;
/** The share of the best passage's score below which another document's passage is far weaker. */
const FAR_BELOW_BEST = 0.25;
/**
 * The share of the question's topic a figure's sentence must name for its period to answer the
 * question (and to lead at all where only a period asked for a number): the year asked never
 * carries a figure on another topic ("reoffending rate 2021" is not the unemployment rate of
 * November 2021).
 */
const PERIOD_FIGURE_TOPIC = 0.5;

/**
 * The answer the documents give: the passages that best match the question, the figures they
 * state (or an indicator table's), the quotes asked for, or a decline saying what they don't
 * cover. Asynchronous because a large corpus is searched in the store rather than in memory.
 */
export async function searchAnswer(asked: Asked): Promise<Answer> {
  const { parsed, kb } = asked;
  const read = kb.question(parsed.text);
  const found = await kb.retrieve(read);
  const acronym = acronymAsked(parsed.text);
  const defined = acronym ? kb.acronyms.get(acronym) : undefined;
  const corrected = read.corrections.length > 0 ? [`Showing results for "${read.text}".`] : [];
  // Said, so a wrong reading of shorthand is seen rather than trusted.
  for (const s of read.shorthand) corrected.push(`Reading "${s.from}" as "${s.to}".`);
  // "What did the chief constable say about the arrest rate" asks for words: a passage without
  // the rate still answers it, so only a missing topic declines a quote.
  const unused = uncoveredTopicWords(read, kb);
  const unmet = defined ? undefined : unanswerable(found, kb, unused);
  // A long question put in other words than the documents' may have its figure there unrecognised:
  // the closest passages are shown, with no figure line to paste.
  const figureUnseen = unmet?.reason === 'no-figure' && unmet.paraphrased === true && parsed.intent !== 'quote';
  const why = (unmet?.reason === 'no-figure' && parsed.intent === 'quote') || figureUnseen ? undefined : unmet;
  if (why) {
    return answerTo(asked, { status: 'no_answer', headline: declineText(why), notes: [...parsed.notes, ...corrected] });
  }

  let ranked = found.ranked;
  let status: Answer['status'] = 'answered';
  const notes = [...parsed.notes, ...corrected];
  if (figureUnseen) notes.push('No figure in the documents is worded as this asks; the figures and passages below come closest: check them before use.');
  // A word no document uses, taken for the question's own wording of what the passage words
  // otherwise ("moorland" for "grouse moor"): said, so the reader checks it is what they asked.
  if (unused.length > 0) notes.push(`The documents never use ${unused.map((w) => `"${w}"`).join(' or ')}: check the passage below is about what you asked.`);
  if (acronym && !defined) notes.push(`The documents use ${acronym} but don't spell it out.`);
  // Where no word asked for a number ("Riverside 2018/19 stop and search recording", "a quote
  // from the 2018/19 inspection"), a passage speaking of the period holds it, with or without a
  // figure for it; and where no number is wanted at all, so does any passage of a document whose
  // title names it.
  const isAsked = (p: Period) => found.askedPeriods.some((a) => a.start === p.start && a.end === p.end);
  const first = ranked[0]!.passage;
  const spokenOf = () =>
    ((read.unitsImplied || parsed.intent !== 'figure') && first.periods.some(isAsked)) ||
    (parsed.intent !== 'figure' && findPeriods(kb.documents.get(first.docId)?.title ?? '').some(isAsked));
  if (found.askedPeriods.length > 0 && !found.periodHeld && !spokenOf()) {
    const best = ranked[0]!.score;
    const holder = ranked.find((r) => r.holdsPeriod && r.score >= best * PERIOD_PROMOTION && r.coverage >= MIN_COVERAGE);
    if (holder) {
      ranked = [holder, ...ranked.filter((r) => r !== holder)];
    } else {
      status = 'other_period';
      // Lead with the best passage that gives the topic for some other period, and name those.
      // Near the best in how much of the topic it covers: a year on another topic is not nearer.
      const enough = Math.max(MIN_COVERAGE, PERIOD_NEEDS_COVERAGE * ranked[0]!.coverage);
      const nearest = ranked.find((r) => r.coverage >= enough && r.passage.periods.some((p) => !isAsked(p)));
      if (nearest) ranked = [nearest, ...ranked.filter((r) => r !== nearest)];
      const asked = found.askedPeriods.map((p) => p.label).join(', ');
      notes.push(otherPeriodNote(asked, (nearest?.passage.periods ?? []).filter((p) => !isAsked(p)), found.askedPeriods));
    }
  }

  // "Its 2023 inspection", "the YEF 2023 survey": the answer's document is of another period.
  const topDoc = ranked[0]!.passage.docId;
  const otherDocument = (await Promise.all(found.question.documentPeriods.map(async (p) => ((await kb.documentSpeaksOf(topDoc, p, ranked.map((r) => r.passage))) === false ? [p] : [])))).flat();
  if (otherDocument.length > 0 && status === 'answered') {
    status = 'other_period';
    const d = kb.documents.get(ranked[0]!.passage.docId)!;
    // Said of this document only: another may well be of that period, on another topic.
    notes.push(`This comes from "${d.title}"${d.date ? ` (${d.date})` : ''}, which is not of ${otherDocument.map((p) => p.label).join(', ')}.`);
  }

  const quotes = parsed.intent === 'quote' ? pickQuotes(found, ranked, kb, parsed.spoken === true) : undefined;
  // For a quote, the passage holding the best sentence leads: the quote is what was asked for.
  const quoted = quotes?.[0] ? ranked.find((r) => r.passage.text.includes(quotes[0]!.text)) : undefined;
  if (quoted) ranked = [quoted, ...ranked.filter((r) => r !== quoted)];
  // "What is CSTR" asks what it is, not for its figures.
  // ("When did the triage centre open?" is answered by the passage dating it: a count beside it answers nothing asked.)
  // (Where no figure is worded as asked, the nearest are still shown, under the note saying so,
  // but none is the line to paste and no indicator table stands in for them.)
  const wantsNumbers = parsed.intent !== 'quote' && !acronym && !asksTimeOnly(parsed.text);
  // A figure from another document whose passage scores far below the best is not shown: where
  // the best passage states no figure ("… scheduled for release by the Home Office on July 19"),
  // the count a weak match happens to hold answers nothing asked, and would lead in its place.
  const leader = ranked[0]!;
  const nearLeader = (r: Ranked) => r.passage.docId === leader.passage.docId || r.score >= FAR_BELOW_BEST * leader.score;
  const picked = wantsNumbers ? pickFigures(found, ranked, kb).filter((p) => nearLeader(p.from)) : [];
  let figures = picked.map((p) => p.figure);
  // The line people paste is for the period asked and names most of the topic: the answer says so,
  // even where its passage ranked below one that names the topic more fully.
  // Where only a period asked for a number, a figure leads only if its sentence names most of the
  // topic: "Riverside 2018/19 stop and search recording" is not answered by the year's funding.
  const headlineFigure = figureUnseen ? undefined : picked.find((p) => namedFigures([p.figure]).length > 0 && (!read.unitsImplied || p.topicShare >= PERIOD_FIGURE_TOPIC));
  if (status === 'other_period' && parsed.intent === 'figure' && headlineFigure?.forAskedPeriod && headlineFigure.topicShare >= PERIOD_FIGURE_TOPIC) {
    status = 'answered';
    notes.splice(0, notes.length, ...parsed.notes, ...corrected);
  }
  const series = wantsNumbers && !figureUnseen ? kb.matchSeries(found) : undefined;
  let tableLeads = false;
  if (series) {
    // An indicator table answers before the passages, since it holds every period an analyst
    // added; but a passage that holds the asked period beats a table row for another one.
    const fromTable = await answerFromSeries(series, found.askedPeriods, kb);
    const passagesHold = found.askedPeriods.length > 0 && status === 'answered';
    if (fromTable.held || !passagesHold) {
      tableLeads = true;
      figures = [fromTable.figure, ...figures.filter((f) => !(f.number === fromTable.figure.number && f.period === fromTable.figure.period))].slice(0, 3);
      if (found.askedPeriods.length > 0) {
        status = fromTable.held ? 'answered' : 'other_period';
        notes.splice(0, notes.length, ...parsed.notes, ...corrected);
      }
      notes.push(...fromTable.notes);
    }
  }
  // The line to paste, when the figures answer what was asked.
  const pasted = !figureUnseen && (parsed.intent === 'figure' || series) && (tableLeads || headlineFigure || !read.unitsImplied) ? namedFigures(figures)[0] : undefined;
  // The passage first shown is the one the pasted line comes from, so it can be checked there.
  // (So is the passage of the nearest figure, where the note says none is worded as asked: it is
  // the figure read first. Figures that answer nothing asked move no passage.)
  const readFirst = pasted ?? (figureUnseen ? figures[0] : undefined);
  const firstFigure = picked.find((p) => p.figure === readFirst);
  if (parsed.intent === 'figure' && firstFigure && !tableLeads) ranked = [firstFigure.from, ...ranked.filter((r) => r !== firstFigure.from)];
  const passages = await shownPassages(withoutRepeats(ranked).slice(0, MAX_PASSAGES), kb);
  const lead = defined ? `${defined.short} stands for ${defined.long} (as ${kb.documents.get(defined.docId)?.title ?? defined.docId} defines it).` : undefined;
  const top = passages[0]!;
  const source = citedSource(top);
  const out = answerTo(asked, {
    status,
    notes,
    headline: lead ?? (quotes?.[0] ? quotes[0].citation : pasted ? figureLine(pasted) : source),
    figures,
    passages,
  });
  if (lead) out.lead = lead;
  if (quotes) out.quotes = quotes;
  return out;
}

/** What a decline says: the words no document covers, when that is why. */
function declineText(why: Unanswerable): string {
  const nearby = why.nearby.length > 0 ? ` They do speak of ${why.nearby.join(' and ')}.` : '';
  if (why.reason === 'no-figure') return `The documents don't cover that with a figure.${nearby}`;
  if (why.reason === 'unmet-name') return `The documents don't cover that for ${why.words.join(' or ')}.${nearby}`;
  if (why.reason !== 'uncovered-topic') return `The documents don't cover that.${nearby}`;
  const named = why.words.map((w) => `"${w}"`).join(' or ');
  return `The documents don't cover that: none of them mentions ${named}.${nearby}`;
}

/** Each passage's repeat key, kept while the passage is: the same passages come up question after question. */
const repeatKeys = new WeakMap<Passage, string>();

/** Drops a passage whose words another shown passage already holds (a summary restated in a table). */
function withoutRepeats(ranked: Ranked[]): Ranked[] {
  const kept: { r: Ranked; key: string }[] = [];
  for (const r of ranked) {
    let key = repeatKeys.get(r.passage);
    if (key === undefined) {
      key = repeatKey(r.passage.text);
      repeatKeys.set(r.passage, key);
    }
    if (kept.some((k) => k.key.includes(key) || key.includes(k.key))) continue;
    kept.push({ r, key });
    if (kept.length >= MAX_PASSAGES) break;
  }
  return kept.map((k) => k.r);
}

/**
 * What an answer for another period says of the periods its passage holds: a part of the period
 * asked ("September 2023" of 2023) is said as a part, not as a period near it, so no one pastes a
 * month's figure as the year's.
 */
function otherPeriodNote(asked: string, held: Period[], askedPeriods: Period[]): string {
  const labels = (ps: Period[]) => [...new Set(ps.map((p) => p.label))].join(', ');
  const isPart = (p: Period) => askedPeriods.some((a) => within(p, a));
  const parts = held.filter(isPart);
  const others = held.filter((p) => !isPart(p));
  if (parts.length > 0) {
    const also = others.length > 0 ? `; the nearest other period they hold is ${labels(others)}` : '';
    return `The documents don't give this for ${asked} as a whole, only for part of it: ${labels(parts)}${also}.`;
  }
  return others.length > 0 ? `The documents don't give this for ${asked}; the nearest they hold is ${labels(others)}.` : `The documents don't give this for ${asked}; the closest passage is shown.`;
}
