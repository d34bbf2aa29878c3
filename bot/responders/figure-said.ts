import { NO_MEASURE, type Figure } from '../../knowledge/figures/figures.js';
import { CHANGE_NOUN } from '../../knowledge/figures/measures.js';
import { percentNumber } from '../../knowledge/figures/mentions.js';
import { changeDirection, movedBy } from '../../knowledge/figures/figure-words.js';
import type { Period } from '../../knowledge/types.js';
import type { KnowledgeBase, Ranked } from '../../knowledge/search/retrieve.js';
import type { AnswerFigure } from '../answer.js';
import { citationOf } from './citation.js';
import { monthYear } from '../dates.js';
import { displayValue, inLine } from '../figure-line.js';

/**
 * How a figure picked for an answer is told, so that the pasted line says what the sentence
 * says: a change as a rise or fall, a level as the change asked for, the value a sentence
 * compares with as the one asked, a period relative to its document as the dates it means.
 */

/**
 * A level told as the change its sentence states, when the change is what was asked: "7.4% fall
 * in FTE PCSOs as at 30 September 2023 (7,651, from 8,263)". A level with no stated change in
 * percent is left as it is.
 */
export function asChange(f: AnswerFigure): AnswerFigure {
  const change = f.previous?.change;
  // ("-eight per cent": a share the document wrote in words is told as written.)
  const m = change ? /^([+-])(\d+(?:\.\d+)?%|\S.*\s(?:per ?cent|percent))$/i.exec(change) : null;
  if (!m) return f;
  // "12,000 minutes of delayed trains": what rose is the minutes, which the value names.
  const unitWords = /^\s*of\s/i.test(f.measure) ? /^[^\p{L}]*(\p{L}+)$/u.exec(f.value)?.[1] : undefined;
  const what = unitWords ? `${unitWords} ${f.measure}` : f.measure;
  // A change against a baseline named without its value: "40% rise in … on the previous year".
  const on = f.previous && !f.previous.value && f.previous.period ? ` on ${f.previous.period}` : '';
  return Object.assign({}, f, {
    value: m[2],
    number: percentNumber(m[2]!),
    unit: 'percent',
    measure: `${m[1] === '-' ? 'fall' : 'rise'} in ${inLine(what)}${on}`,
    previous: undefined,
    level: { value: displayValue(f.value, f.unit), from: f.previous?.value ? displayValue(f.previous.value, f.unit) : undefined, fromPeriod: f.previous?.period },
  });
}

/** A figure told for the period its sentence compares with: that value leads, the newer one follows. */
export function asOfPrevious(f: AnswerFigure): AnswerFigure {
  const prev = f.previous!;
  const prevNumber = Number(prev.value.replace(/[^\d.]/g, ''));
  return Object.assign({}, f, {
    value: prev.value,
    number: Number.isFinite(prevNumber) ? prevNumber : f.number,
    // "last year" was the document's; pasted, it is the year before the one it was compared with.
    period: prev.period && /^last year$/i.test(prev.period) ? 'the previous year' : prev.period,
    previous: undefined,
    later: { period: f.period, value: f.value, change: prev.change },
    comparator: undefined,
  });
}

/**
 * A period as a pasted line must say it: one relative to its document ("in the last 12 months",
 * "since January 2022") is resolved against the document's date ("… (to July 2024)"), since a
 * reader of the briefing does not know when "now" was.
 */
function periodSaid(p: Period, docDate: string): string {
  if ((p.kind !== 'rolling' && p.kind !== 'since') || !docDate) return p.label;
  return `${p.label} (to ${monthYear(docDate, 'long')})`;
}

/** A picked figure as the answer carries it: its citation, its change said, its period resolved. */
export function toAnswerFigure(f: Figure, r: Ranked, kb: KnowledgeBase): AnswerFigure {
  return Object.assign(citationOf(r.passage, kb), {
    value: f.value,
    number: f.number,
    unit: f.unit,
    measure: changeSaid(f),
    kind: f.kind,
    period: f.period && periodSaid(f.period, kb.documents.get(f.docId)?.date ?? ''),
    geography: f.geography,
    // A change the sentence states against nothing it names ("an increase of 2.5%") is still said.
    previous: f.previous ? { period: f.previous.label ?? f.previous.period?.label, value: f.previous.value, change: f.previous.change ?? f.change } : f.change ? { value: '', change: f.change } : undefined,
    comparator: f.comparator,
    basis: f.basis,
    sentence: f.sentence,
  });
}

/**
 * A number that is the size of a change, said as one: "Drug seizures have increased by 52%" is a
 * "rise in drug seizures", not 52% of them, which is how a pasted line would read; "robbery rose
 * by 300" is a "rise in robbery", not 300 robberies. (A count, sum or span is said so only where
 * the sentence says how far it moved: "500 officers recruited" is a count of recruits.)
 */
function changeSaid(f: Figure): string {
  const direction = f.unit === 'percent' || f.unit === 'percentage-points' ? changeDirection(f) : movedBy(f);
  // A measure already naming the change ("reduction in bike crime", "higher …", "the
  // commissioner was proposing an increase") says it.
  const said = f.measure.split(' ');
  if (!direction || f.measure === NO_MEASURE || said.some((w) => CHANGE_NOUN.test(w)) || /^(?:higher|lower)$/i.test(said[0]!)) return f.measure;
  // ("527% for cannabis plants", listed after a rise, is a "rise for cannabis plants".)
  return `${direction === '+' ? 'rise' : 'fall'}${/^(?:for|of|in|among|across)\s/i.test(f.measure) ? '' : ' in'} ${inLine(f.measure)}`;
}
