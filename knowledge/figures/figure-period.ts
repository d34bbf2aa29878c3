/**
 * The period a number in a sentence is for, as a person reads it: the nearest period in its
 * clause, not one it is compared with.
 */
import { CHANGE_ON, comparesWith, FROM_VALUE_IN, SINCE_LAST } from '../language/periods.js';
import { holdsSpelledPercent, type Mention } from './mentions.js';
import type { Period } from '../types.js';

/**
 * The period a mention belongs to: the nearest one before it in its clause, else just after it.
 * A period inside brackets belongs to the bracket ("(a 23% increase from 473 in 2022/23)").
 */
export function periodFor(sentence: string, mention: Mention, periods: { period: Period; at: number }[]): Period | undefined {
  // A table's cells, set side by side with bars as extraction leaves them, are clauses too.
  // (So is a clause set off by a spaced dash: "116 convictions in 2014 – there were 297 in 2013";
  // not the dash of a span, "April 2018 – March 2019".)
  // (Nor the dash between a year and its count: "2019 – 54 complaints were received".)
  const yearsCount = (at: number) => /^\s[–—-]\s$/.test(sentence.slice(at, mention.at)) && periods.some((p) => p.at + p.period.label.length === at);
  const dash = [...sentence.slice(0, mention.at).matchAll(/\s[–—-]\s/g)].map((d) => d.index!).filter((at) => !periods.some((p) => p.at <= at && at < p.at + p.period.label.length) && !yearsCount(at)).pop();
  const clauseStart = Math.max(0, sentence.lastIndexOf(';', mention.at) + 1, sentence.lastIndexOf('|', mention.at) + 1, dash === undefined ? 0 : dash + 2);
  const bracketed = (from: number, to: number) => /\)/.test(sentence.slice(from, to));
  // A period the sentence compares an earlier number with ("20% lower than the year ending March
  // 2020, however a 5% increase …") is that number's base, not the next number's period.
  const isBase = (p: { at: number }) => COMPARISON_BASE.test(sentence.slice(Math.max(clauseStart, p.at - 40), p.at)) || SINCE_LAST_BASE.test(sentence.slice(Math.max(clauseStart, p.at - 70), p.at));
  const before = periods.filter((p) => p.at < mention.at && p.at >= clauseStart && !bracketed(p.at, mention.at) && !isBase(p)).pop();
  // A period later in the clause ("56 partnership activities have taken place since April 2019"),
  // unless it is what the figure is compared with.
  const after = periods.find((p) => {
    if (p.at <= mention.end || p.at - mention.end >= 120) return false;
    // ("… recorded in London last year (2010/11)": a bracket naming the relative time it follows.)
    const gap = sentence.slice(mention.end, p.at).replace(/\b(?:last|this|that|the previous|the past) (?:year|month|quarter|financial year)\s*\($/i, '');
    // "increased by 7% compared to the number supervised as at 31 March 2021": whatever words come
    // between, a period after a comparison is its base.
    // (Another number between, in figures or words, is what that period is for: "risen by 78 per
    // cent from nine per cent in 2013" — 2013 is the nine per cent's.)
    return !/[(;]|\d/.test(gap.replace(/\(\d[\d/,.]*%?\)/g, '')) && !holdsSpelledPercent(gap) && (p.at - mention.end < 40 || !/,/.test(gap)) && !comparesWith(gap) && !/\b(?:compared|than|versus|vs)\b/i.test(gap);
  });
  if (after && /^\s*(?:in|during|for|of)(?:\s+the)?\s*$/i.test(sentence.slice(mention.end, after.at).replace(/\s*\([^)]*\)\s*/g, ' '))) return after.period;
  // "… rose each year from 2019, reaching 8,412 offences in 2023": the period a change ran from is
  // not the figure's, where its own words go on to the period it was reached in.
  const ranFrom = before !== undefined && /\b(?:from|since)\s+$/i.test(sentence.slice(Math.max(clauseStart, before.at - 12), before.at));
  if (ranFrom && after && /^\s*(?:[\p{L}-]+\s+){1,3}(?:in|during)\s+(?:the\s+)?$/iu.test(sentence.slice(mention.end, after.at))) return after.period;
  // "…; 181 moderate, …": a clause of a list after a semicolon shares the period its sentence
  // opened with, unless it speaks of a time of its own ("this year", "now").
  const clause = sentence.slice(clauseStart, mention.at);
  const opened = clauseStart > 0 && !OWN_TIME.test(clause) ? periods.filter((p) => p.at < clauseStart).pop() : undefined;
  return before?.period ?? after?.period ?? opened?.period;
}

/** Words that make the period after them what a number is compared with ("lower than the year ending March 2020"). */
// ("rose from 1,170 in 2009/10 to 1,607 this year": the period of the value changed from.)
const COMPARISON_BASE = new RegExp(
  String.raw`\b(?:(?:than|compared (?:with|to)|versus|vs\.?|against)\s+(?:(?:in|for|during)\s+)?(?:the\s+)?(?:same period (?:in|of)\s+)?|(?:${FROM_VALUE_IN}|${CHANGE_ON})\s+(?:the\s+)?)$`,
  'i',
);

/** ("… up 14% since the last Operation Sceptre week in November 2021, and 8401 were surrendered": that week is the rise's base, not the next number's time.) */
const SINCE_LAST_BASE = new RegExp(SINCE_LAST, 'i');

/** Words by which a clause speaks of a time of its own. */
// ("This is a 5% increase…" points back to the clause before: "this" speaks of a time only with one.)
const OWN_TIME = /\b(?:this\s+(?:year|month|quarter|week|period|time)|last|next|previous|current(?:ly)?|now|today|year|month|quarter|since|until|before|after)\b/i;

