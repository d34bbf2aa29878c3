import { overlaps, within } from '../../language/periods.js';
import type { PassageFactsCache } from '../passage-facts.js';
import type { Figure } from '../../figures/figures.js';
import type { Passage, Period } from '../../types.js';

/** Asked periods a document's own date can answer for the passages that state none. */
const DATED_KINDS = new Set<Period['kind']>(['calendar-year', 'month', 'date']);

/** Asked periods of a whole year, which a short part of them does not answer. */
const WHOLE_YEARS = new Set<Period['kind']>(['calendar-year', 'financial-year']);
/** The share of a year asked that a period within it must span to answer for it. */
const PART_ANSWERS_YEAR = 0.5;

/**
 * A stated period answers an asked one when it is the same span or lies within it; but a month
 * or a quarter is no answer for the year it falls in ("412 calls in September 2023" does not say
 * how many in 2023).
 */
export function sameSpan(stated: Period, asked: Period): boolean {
  if (stated.start === asked.start && stated.end === asked.end) return true;
  if (WHOLE_YEARS.has(asked.kind) && within(stated, asked) && days(stated) < PART_ANSWERS_YEAR * days(asked)) return false;
  // "In spring 2023" is answered by April to June 2023: a period mostly within one named loosely.
  if (asked.loose && daysShared(stated, asked) >= PART_ANSWERS_YEAR * days(stated)) return true;
  if (within(stated, asked) || endsIn(stated, asked)) return true;
  // A month or date asked for is answered by a short span (quarter, month) that contains it.
  return (asked.kind === 'month' || asked.kind === 'date') && within(asked, stated) && stated.kind !== 'calendar-year';
}

/**
 * Whether a span counted back from the document's date ("in the last 12 months" of a survey
 * published in 2022) is the year or month asked as a person names it ("the 2022 survey"): it
 * ends in that year, as a passage stating no period is read as of its document's date.
 */
function endsIn(stated: Period, asked: Period): boolean {
  if (stated.kind !== 'rolling' || !DATED_KINDS.has(asked.kind)) return false;
  return overlaps({ label: stated.end, start: stated.end, end: stated.end, kind: 'date' }, asked);
}

/**
 * Whether a passage gives a number for one of the asked periods: it states the period, or
 * (stating none) is dated in it. The sentence naming the period must also give a number: "In
 * 2024/25 we would like to see increases" holds no figure for 2024/25.
 * @param figures the passage's figures that may answer (spelled counts left out)
 * @param documentDate the date of the passage's document, if it has one
 */
export function answersPeriod(passage: Passage, asked: Period[], figures: Figure[], facts: PassageFactsCache, documentDate: string | undefined): boolean {
  // A figure read as for the period: stated in its sentence, carried from the sentence before,
  // or the period its section or document reports on.
  for (const f of figures) if (f.period && asked.some((a) => sameSpan(f.period!, a))) return true;
  if (passage.periods.length > 0) {
    for (const p of passage.periods) {
      let answers = false;
      for (const a of asked) if (sameSpan(p, a)) answers = true;
      if (answers && facts.statesFigureFor(passage, p)) return true;
    }
    return false;
  }
  // A passage stating no period speaks as of its document's date: that answers "back in 2019",
  // "as of August 2022" or "in spring 2022", but not a financial year, whose figures are
  // reported after it ends.
  if (!documentDate || !/\d/.test(passage.text)) return false;
  const dated: Period = { label: documentDate, start: documentDate, end: documentDate, kind: 'date' };
  return asked.some((a) => (DATED_KINDS.has(a.kind) || a.loose) && overlaps(dated, a));
}

/** How many days a period spans, both ends counted. */
function days(p: Period): number {
  return (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1;
}

/** How many days two periods share. */
function daysShared(a: Period, b: Period): number {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? days({ label: '', start, end, kind: 'range' }) : 0;
}
