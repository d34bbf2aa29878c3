import type { Figure } from '../types.js';
import { percentNumber } from './mentions.js';

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
