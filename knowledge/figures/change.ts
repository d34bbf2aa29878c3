import type { Figure, Period } from '../types.js';
import { percentNumber, type Mention } from './mentions.js';

/**
 * The change from one value to the next, as the bot writes it: "+1.2 points" between
 * percentages, "+32%" between counts or money; undefined where a percentage change has no base.
 * @example
 * changeBetween(1362, 1032, 'count') // '+32%'
 */
export function changeBetween(now: number, before: number, unit: string): string | undefined {
  const diff = now - before;
  const sign = diff >= 0 ? '+' : '';
  if (unit === 'percent') {
    const points = Math.round(diff * 10) / 10;
    return `${sign}${points} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
  }
  if (before === 0) return undefined;
  return `${sign}${Math.round((diff / before) * 1000) / 10}%`;
}

/**
 * The signed size of a change as a figure states it, in figures or words: "+32%" → 32,
 * "-three per cent" → -3, "+1.2 points" → 1.2. Undefined when no size can be read from it.
 */
export function changeSize(change: string): number | undefined {
  const sign = change.trim().startsWith('-') ? -1 : 1;
  const size = change.trim().replace(/^[+-]/, '');
  const n = percentNumber(size);
  // Words that are no number read as 0: only a written 0 is no change.
  if (!Number.isFinite(n) || (n === 0 && !/\d/.test(size))) return undefined;
  return sign * n;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A stated percentage change that the two values it relates do not bear out. */
export interface ChangeMismatch {
  figure: string;
  stated: string;
  computed: string;
  sentence: string;
}

/** Tolerance, in percentage points, for a document's rounding of a change it states. */
const CHANGE_TOLERANCE = 1.5;

/**
 * Checks each change a document states ("an increase of 32% compared with 2022/23 (n=1032)")
 * against the values it relates (1362 against 1032 is +32%), so a typo in a report is caught.
 */
export function checkStatedChanges(figures: Figure[]): ChangeMismatch[] {
  const out: ChangeMismatch[] = [];
  for (const f of figures) {
    if (!f.change || !f.previous || f.unit === 'percent' || f.previous.number === 0) continue;
    const stated = changeSize(f.change);
    const computed = ((f.number - f.previous.number) / f.previous.number) * 100;
    if (stated !== undefined && Math.abs(stated - computed) > CHANGE_TOLERANCE) {
      out.push({ figure: f.value, stated: f.change, computed: `${computed >= 0 ? '+' : ''}${round(computed)}%`, sentence: f.sentence });
    }
  }
  return out;
}

/**
 * Reads "C (or D things) more than the B" from the mention at `at` on: the value changed from (B),
 * the sign of the change, and the mentions it takes up (C, D, B). Undefined when the text says
 * something else.
 */
export function changedFrom(text: string, found: Mention[], at: number, unit: Mention['unit']): { previous: Mention; sign: string; consumed: Mention[] } | undefined {
  const change = found[at]!;
  let k = at + 1;
  // "(or six incidents)": the same change said another way.
  if (found[k] && /^\s*\(\s*(?:or\s+)?$/i.test(text.slice(change.end, found[k]!.at)) && /^[^()]*\)/.test(text.slice(found[k]!.end))) k++;
  const previous = found[k];
  if (!previous || previous.unit !== unit) return undefined;
  const between = /^(?:[^()]*\))?\s*(?:\([^()]*\))?\s*(more|fewer|less|higher|lower)\s+than\s+(?:the\s+)?$/i.exec(text.slice(found[k - 1]!.end, previous.at));
  if (!between) return undefined;
  return { previous, sign: /more|higher/i.test(between[1]!) ? '+' : '-', consumed: found.slice(at, k + 1) };
}

/**
 * A share stated as a change, as the document writes it ("36 per cent", "three per cent"), but
 * with no space before a percent sign ("77.7 %" → 77.7%).
 */
export function statedChange(value: string): string {
  return value.replace(/\s+(?=%)/g, '').trim();
}

/** Makes `prev` the value `fig` changed from, with the change between them where their units allow. */
export function attachPrevious(fig: Figure, prev: Figure, label?: string): void {
  // The sentence's one period, carried to both, is not the previous value's: it is left unsaid.
  const same = prev.period !== undefined && fig.period !== undefined && prev.period.start === fig.period.start && prev.period.end === fig.period.end;
  const period = label || same ? undefined : prev.period;
  fig.previous = { period, label: label ?? period?.label, value: prev.value, number: prev.number };
  if (fig.unit === prev.unit && prev.number !== 0) fig.previous.change = changeBetween(fig.number, prev.number, fig.unit);
}

/** The two ends of a span a change ran over, each with its value where the sentence gives one. */
export interface ChangeSpan {
  from: Period;
  to: Period;
  fromValue?: Mention;
  toValue?: Mention;
}

/** A value in brackets: "(5,886)". */
const BRACKETED = /^\s*\(\s*[^()]{1,24}?\s*\)/;

/**
 * The span a change said just before ran over: "by 14% between 2019/20 and 2020/21", "… from
 * 2022-23 to 2023-24"; with the value at each end in brackets after it ("between 31 March 2024
 * (5,886) and 31 March 2025 (5,743)") or after the span ("…, from 2,600 to 3,400", "… to 1,300").
 * Undefined when no span of two periods follows the change.
 */
export function changeSpanAfter(text: string, change: Mention, found: Mention[], periods: { period: Period; at: number }[]): ChangeSpan | undefined {
  const first = periods.find((p) => p.at >= change.end);
  if (!first || !/^\s*(?:between|from|over)\s+(?:the\s+)?$/i.test(text.slice(change.end, first.at))) return undefined;
  const firstEnd = first.at + first.period.label.length;
  const second = periods.find((p) => p.at >= firstEnd);
  if (!second) return undefined;
  const inside = (from: number, length: number) => found.find((m) => m.at >= from && m.end <= from + length);
  const bracket1 = BRACKETED.exec(text.slice(firstEnd, second.at));
  if (!/^\s*(?:and|to|until)\s+(?:the\s+)?$/i.test(text.slice(firstEnd + (bracket1?.[0].length ?? 0), second.at))) return undefined;
  const secondEnd = second.at + second.period.label.length;
  const bracket2 = BRACKETED.exec(text.slice(secondEnd));
  let fromValue = bracket1 ? inside(firstEnd, bracket1[0].length) : undefined;
  let toValue = bracket2 ? inside(secondEnd, bracket2[0].length) : undefined;
  if (!toValue) {
    // "…, from 2,600 to 3,400", "… to 1,300": the values after the span.
    const next = found.find((m) => m.at >= secondEnd);
    const after = next ? found[found.indexOf(next) + 1] : undefined;
    const lead = next ? text.slice(secondEnd, next.at) : '';
    if (next && after && /^\s*,?\s*from\s+$/i.test(lead) && /^\s*to\s+$/i.test(text.slice(next.end, after.at))) [fromValue, toValue] = [next, after];
    else if (next && /^\s*,?\s*to\s+$/i.test(lead)) [fromValue, toValue] = [undefined, next];
  }
  // Values of two kinds at the ends are not one thing before and after ("(n=12)" and "(4%)").
  if (toValue && fromValue && fromValue.unit !== toValue.unit) toValue = fromValue = undefined;
  return { from: first.period, to: second.period, fromValue, toValue };
}
