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
