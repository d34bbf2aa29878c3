import { NO_MEASURE } from '../knowledge/figures/figures.js';
import { changeSize } from '../knowledge/figures/change.js';
import { RATE_BASE } from '../knowledge/figures/mentions.js';
import type { AnswerFigure } from './answer.js';

/**
 * How an answer's figure reads as one line a person pastes into a briefing, the same on every
 * platform: value, measure, place, period, and the change or comparison its sentence states.
 */

/**
 * The figures worth a line of their own: those whose measure could be read. A figure whose
 * sentence names nothing it counts stays in the answer's data, but a line of "25% figure …"
 * would be pasted as if it said something.
 */
export function namedFigures(figures: AnswerFigure[]): AnswerFigure[] {
  return figures.filter((f) => f.measure !== NO_MEASURE);
}

/**
 * One line a person can paste: "1,362 CSTRs ordered in Greater Manchester in 2023/24, up 32%
 * on 2022/23 (1,032)". A figure with no stated period says the date of its document instead.
 */
export function figureLine(f: AnswerFigure): string {
  const value = displayValue(f.value, f.unit);
  // The place is always said when the document says it: a national rate pasted without its
  // place reads as Greater Manchester's.
  // A figure set against a benchmark of the same place was placed wrongly: say none.
  const placed = f.geography && f.comparator?.geography !== f.geography && !measureNames(f.measure, f.geography);
  const where = placed ? PLACE_PHRASES[f.geography!] ?? ` in ${f.geography}` : '';
  const when = f.period ? ` ${periodPhrase(f.period)}` : f.docDate ? ` (as of ${f.docDate.slice(0, 7)})` : '';
  const target = f.kind === 'target' ? 'Target: ' : '';
  // "More than 7,300 calls": the line keeps the hedge its sentence puts on the number.
  const hedge = hedgeOf(f);
  const shown = hedge ? `${target ? hedge : hedge.charAt(0).toUpperCase() + hedge.slice(1)} ${value}` : value;
  let line = `${target}${shown} ${inLine(f.measure)}${rateBase(f)}${where}${when}`;
  if (f.later) {
    const change = f.later.change ? `, ${describeChange(f.later.change)}` : '';
    line += `; ${displayValue(f.later.value, f.unit)}${f.later.period ? ` in ${f.later.period}` : ''}${change}`;
  }
  if (f.previous?.change) {
    const change = describeChange(f.previous.change);
    const prevValue = displayValue(f.previous.value, f.unit);
    // A change stated against a baseline without its value: "up 1.8 percentage points on the same quarter in 2022".
    if (!prevValue) line += f.previous.period ? `, ${change} on ${f.previous.period}` : `, ${change}`;
    else line += f.previous.period ? `, ${change} on ${f.previous.period} (${prevValue})` : `, ${change} from ${prevValue}`;
  } else if (f.previous?.value) {
    // A value set beside another with no change worked out (a target against where it started):
    // "against 79% in March 2022".
    line += `, against ${displayValue(f.previous.value, f.unit)}${f.previous.period ? ` ${periodPhrase(f.previous.period)}` : ''}`;
  }
  if (f.level) line += ` (${f.level.value}${f.level.from ? `, from ${f.level.from}${f.level.fromPeriod ? ` ${/^(?:last|the|a|an)\b/i.test(f.level.fromPeriod) ? '' : 'in '}${f.level.fromPeriod}` : ''}` : ''})`;
  if (f.comparator) line += `; ${f.comparator.geography} ${f.comparator.value}`;
  return line;
}

/** Words just before a number that say it is not exact, or a bound: "more than", "nearly", "around". */
const HEDGE = /\b(more than|fewer than|less than|over|under|almost|nearly|around|about|approximately|approx\.|roughly|some|at least|up to|just over|just under)\s+$/i;

/** The hedge the figure's sentence puts right before its value, in lower case, if any. */
function hedgeOf(f: AnswerFigure): string | undefined {
  const at = f.sentence?.indexOf(f.value) ?? -1;
  if (at <= 0) return undefined;
  return HEDGE.exec(f.sentence!.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
}

/** A rate's base as its sentence says it, with whom it is per: "per 10,000 population". */
const RATE_BASE_SAID = new RegExp(String.raw`\b${RATE_BASE}(?:\s+(?:population|people|residents|adults|children|households|head|passengers|passenger journeys))?`, 'i');

/**
 * The base of a rate its measure stops short of ("118 incidents" of "118 incidents of domestic
 * abuse … per 10,000 population"): without it the line reads as a count.
 */
function rateBase(f: AnswerFigure): string {
  if (f.unit !== 'rate-per-1000' || /\bper\b/i.test(f.measure) || !f.sentence) return '';
  const at = f.sentence.indexOf(f.value);
  const base = RATE_BASE_SAID.exec(at >= 0 ? f.sentence.slice(at) : f.sentence);
  return base ? ` ${base[0]}` : '';
}

/**
 * A period as a line says it: "in 2023/24", "from 1st April 2018 to 30th September 2019", "as
 * at 30 September 2023"; a label that brings its own preposition ("since July 2021") as written.
 */
export function periodPhrase(period: string): string {
  if (/^(in|since|by|during|for|from|between|as at|at|on|over|within|up to)\b/i.test(period)) return period[0]!.toLowerCase() + period.slice(1);
  // A level compared with, not a time: "the pre-COVID level", "the monthly average".
  if (/\b(?:level|average|figure|total)$/i.test(period)) return `at the ${period.replace(/^the\s+/i, '')}`;
  // A count taken on one day ("30 September 2023") is as at that day, not in it.
  if (/^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}$/u.test(period)) return `as at ${period}`;
  // "Year to March 2018", "12 months to June 2023": one span named by its end, said "in the …".
  const span = /^(?:the\s+)?((?:year|12 months|twelve months|six months|three months|quarter|month|period)\s+to\b.*)$/i.exec(period);
  if (span) return `in the ${span[1]![0]!.toLowerCase()}${span[1]!.slice(1)}`;
  return `${/\s(?:to|until)\s/i.test(period) ? 'from' : 'in'} ${/^the\b/i.test(period) ? period[0]!.toLowerCase() + period.slice(1) : period}`;
}

/**
 * A measure as it reads after a number: a capital that only opened the sentence is dropped
 * ("Arrest rates" → arrest rates, "Successful GM pick-ups" → successful GM pick-ups); names
 * ("Alcohol Treatment Requirements") and acronyms keep theirs.
 */
export function inLine(measure: string): string {
  const [first, second] = measure.split(' ');
  if (!first || !/^\p{Lu}\p{Ll}/u.test(first) || (second !== undefined && /^\p{Lu}\p{Ll}/u.test(second))) return measure;
  return measure[0]!.toLowerCase() + measure.slice(1);
}

/** How a figure line names each place geography extraction gives. */
const PLACE_PHRASES: Record<string, string> = {
  national: ' nationally',
  UK: ' in the UK',
  ...Object.fromEntries(['North West', 'North East', 'East Midlands', 'West Midlands', 'East of England', 'South East', 'South West'].map((r) => [r, ` in the ${r}`])),
};

/** Whether the measure already names the place ("GM arrest rate"). */
function measureNames(measure: string, geography: string): boolean {
  if (geography === 'Greater Manchester') return /\b(GM|GMP|Greater Manchester)\b/.test(measure);
  if (geography === 'national') return /\bnational(ly)?\b/i.test(measure);
  return measure.toLowerCase().includes(geography.toLowerCase());
}

/** A value as a person reads it: "1362" becomes "1,362"; anything else as printed. */
export function displayValue(value: string, unit: string): string {
  // British grouping of a whole number is a comma every three digits from the right. Written
  // out rather than with Intl.NumberFormat, whose locale data costs a start about 10 ms.
  return unit === 'count' && /^\d{4,}$/.test(value) ? value.replace(/\B(?=(\d{3})+$)/g, ',') : value;
}

function describeChange(change: string): string {
  const n = changeSize(change);
  if (n === 0) return 'unchanged';
  // A size it cannot read still has the direction the sentence gave it.
  const down = n === undefined ? change.trim().startsWith('-') : n < 0;
  return `${down ? 'down' : 'up'} ${change.trim().replace(/^[+-]/, '')}`;
}
