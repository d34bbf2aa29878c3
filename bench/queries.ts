import { existsSync, readFileSync } from 'node:fs';

/** Questions typed as people type them, for when the dev set is not beside the project. */
const FALLBACK = ['CSTR 2023/24', 'youth reoffending rate', 'Challenger disruptions', "women's centres funding", 'rape charge rate', 'what is MATAC'];

/**
 * The fixed query mix: the dev questions and variants of each (lower case, a period added,
 * the first three words, the words reversed), so caches and phrasing don't flatter one form.
 */
export function queryMix(devSet: string): string[] {
  const base = existsSync(devSet)
    ? readFileSync(devSet, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { query: string }).query)
    : FALLBACK;
  return base.flatMap((q) => {
    const words = q.split(/\s+/);
    return [q, q.toLowerCase(), `${q} 2023/24`, words.slice(0, 3).join(' '), [...words].reverse().join(' ')];
  });
}
