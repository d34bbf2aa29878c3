import { overlaps, within } from '../../language/periods.js';
import type { PassageFactsCache } from '../passage-facts.js';
import type { Figure } from '../../figures/figures.js';
import type { Passage, Period } from '../../types.js';

/** Asked periods a document's own date can answer for the passages that state none. */
const DATED_KINDS = new Set<Period['kind']>(['calendar-year', 'month', 'date']);

/** A stated period answers an asked one when it is the same span or lies within it. */
export function sameSpan(stated: Period, asked: Period): boolean {
  if (stated.start === asked.start && stated.end === asked.end) return true;
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
  // A passage stating no period speaks as of its document's date: that answers "back in 2019"
  // or "as of August 2022", but not a financial year, whose figures are reported after it ends.
  if (!documentDate || !/\d/.test(passage.text)) return false;
  const dated: Period = { label: documentDate, start: documentDate, end: documentDate, kind: 'date' };
  return asked.some((a) => DATED_KINDS.has(a.kind) && overlaps(dated, a));
}
