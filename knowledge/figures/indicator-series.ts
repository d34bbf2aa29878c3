import { acronymTerms } from '../language/acronyms.js';
import { terms } from '../language/tokens.js';
import type { Acronym, IndicatorRow } from '../types.js';
import { byIsoDate } from '../language/periods.js';

/** One indicator for one place over time, oldest period first. */
export interface Series {
  indicator: string;
  geography: string;
  rows: IndicatorRow[];
  /** Search terms of the indicator's name and measure, acronyms expanded both ways. */
  terms: Set<string>;
  /** Terms of the indicator's name alone: a question must name most of them. */
  nameTerms: string[];
}

/**
 * Groups indicator rows into series (indicator × geography). Where two rows give the same
 * period, the one published later stands.
 */
export function buildSeries(rows: IndicatorRow[], acronyms: Map<string, Acronym>): Series[] {
  const groups = new Map<string, IndicatorRow[]>();
  for (const r of rows) {
    const key = `${r.indicator.toLowerCase()}|${r.geography.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  // Each acronym tokenized once, not once per series.
  const expansions = acronymTerms(acronyms);
  return [...groups.values()].map((group) => {
    const byPeriod = new Map<string, IndicatorRow>();
    for (const r of group) {
      const key = `${r.period.start}/${r.period.end}`;
      const seen = byPeriod.get(key);
      if (!seen || (r.published ?? '') >= (seen.published ?? '')) byPeriod.set(key, r);
    }
    const sorted = [...byPeriod.values()].sort((a, b) => byIsoDate(a.period.end, b.period.end) || byIsoDate(a.period.start, b.period.start));
    const first = sorted[0]!;
    const nameTerms = [...new Set(terms(first.indicator))];
    const all = new Set([...nameTerms, ...terms(first.measure)]);
    for (const { short, long } of expansions) {
      if (all.has(short)) long.forEach((t) => all.add(t));
      if (long.length > 0 && long.every((t) => all.has(t))) all.add(short);
    }
    return { indicator: first.indicator, geography: first.geography, rows: sorted, terms: all, nameTerms };
  });
}
