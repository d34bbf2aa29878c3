import type { Figure } from '../types.js';

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
    const stated = parseFloat(f.change.replace(/,/g, ''));
    const computed = ((f.number - f.previous.number) / f.previous.number) * 100;
    if (Number.isFinite(stated) && Math.abs(stated - computed) > CHANGE_TOLERANCE) {
      out.push({ figure: f.value, stated: f.change, computed: `${computed >= 0 ? '+' : ''}${round(computed)}%`, sentence: f.sentence });
    }
  }
  return out;
}
