import { findPeriods } from '../language/periods.js';
import type { Mention } from './mentions.js';

/**
 * The wording around a sentence's numbers that says how they relate: a change and its size
 * ("a reduction of almost 6%", "rose by 9% to £1.8bn"), the value or period it changed from
 * ("from 473 in 2022/23", "on the previous year"), values set in brackets ("(126, 2019/20;
 * 108, 2020/21)"), and a passage going on in the time of the one before. figures.ts reads
 * sentences with these.
 */

/**
 * "…, which is an increase of" / "This represents a fall of": a change of the figure before.
 * ("– a reduction of almost 6%": a dash sets it off too, and a hedge may stand before the number.)
 * ("3,000 in 2023/24, down 3% on 2022/23": set off by a comma, "up" or "down" says it as well,
 * as it does right after the number: "a record high of 10,424 up 10%".)
 */
export const CHANGE_OF = /(?:(?:^|[,;–—]\s*|\s-\s+|\band\s+)(?:(?:this|which|that|it)\s+(?:is|was|represents|represented|marks|shows|equates to)\s+)?an?\s+(increase|decrease|rise|fall|reduction|drop)\s+of|(?:[,;–—]\s*|\s-\s+|^\s+)(up|down)(?:\s+by)?)\s*(?:(?:almost|nearly|about|around|approximately|roughly|over|just over|just under|more than|less than|some)\s+)?$/i;
/** What a change is against: "from the same quarter in 2022", "on the previous year". */
// ("on a year earlier", "compared with 12 months ago", "on this time last year": the year before, in other words.)
const BASELINE_AFTER = /^\s*(?:from|since|on|over|compared (?:with|to)|against)\s+((?:the\s+)?(?:same|previous|preceding|last|year|quarter|YE)[^,.;()]{0,40}?(?:(?:19|20)\d{2}(?:\/\d{2})?)?|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:12|twelve)\s+months\s+(?:earlier|ago|before)|this\s+time\s+last\s+year)(?=\s*(?:[,.;(]|and\b|$))/i;

/** "… compared with June 2023", "on 2022/23": a baseline named by its period alone. */
const PERIOD_BASELINE_AFTER = /^\s*(?:from|since|on|over|compared (?:with|to)|against)\s+([^,.;()]{2,40}?)(?=\s*(?:[,.;(]|and\b|$))/i;

/** What a change stated right before `text` is against, as the sentence names it, if it does. */
export function baselineAfter(text: string): string | undefined {
  // ("the previous year*": a footnote mark is not part of what it names.)
  const said = BASELINE_AFTER.exec(text)?.[1]?.replace(/\*+$/, '');
  if (said) return said;
  const period = PERIOD_BASELINE_AFTER.exec(text)?.[1];
  // Only a period, not "on 8,263 last year" or "compared with the national average".
  const found = period ? findPeriods(period)[0] : undefined;
  return found && period!.trim().startsWith(found.label) ? found.label : undefined;
}

/**
 * "… more than in the previous 12-month period": a number saying how far another moved, and since when.
 * ("55 (9 per cent) fewer than in 2012": the share may come first, and the baseline be a year.)
 */
export const MORE_THAN = /^\s*(?:\([^()]*\)\s*)?(more|fewer|less|higher|lower)\s+(?:\([^()]*\)\s*)?than\s+(?:in\s+)?((?:the\s+)?(?:same|previous|preceding|last|year|quarter|a year)[^,.;()]{0,40}?|(?:19|20)\d{2}(?:[/-]\d{2})?)(?=\s*(?:[,.;(]|(?:and|when|while|as|because|after)\b|$))/i;

/** A share said in words, and what it is of: "almost one-third of", "half of", "a quarter of". */
export const FRACTION_OF = /\b(?:(?:one|two|three)[- ](?:half|thirds?|quarters?|fifths?)|half|a third|a quarter|a fifth)(?=\s+of\s)/gi;

/** Words joining a value to the period right after it: "62,766 at the end of September 2022", "573,000 in 2018/19". */
export const PERIOD_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:in|at|on|as at|at the end of|by the end of|during)\s/iu;

/** A sentence opening on what the one before was compared with: "This compared with …". */
// ("This was up from 1,264 in 2013": the value it moved from, said the same way.)
export const COMPARED_BACK = /^\s*(?:this|that|it)\s+(?:figure\s+)?(?:(?:compared|compares|is compared|was compared)\s+(?:with|to)\s+(?:an?\s+)?|(?:is|was|has been)\s+(?:up|down)\s+from\s+)$/i;

/**
 * A sentence opening on the value the one before had in an earlier period: "This number was 4 in
 * the year ending 31 March 2022", "This increased slightly from 80% in 2020-21".
 */
export const EARLIER_BACK = /^\s*(?:this|that|it)\s+(?:(?:number|figure|total|rate|proportion|share|count)\s+)?(?:(?:was|stood at|had been)\s+|(?:has\s+|had\s+)?(?:increased|decreased|risen|rose|fallen|fell|dropped|declined|grown|grew)\s+(?:\p{L}+ly\s+)?from\s+)$/iu;

/** "This was a", "and an", "which is a": an article before a change's size, the change's noun after it. */
export const SIZED_CHANGE_BEFORE = /(?:^|[,;]\s*|\band\s+|\b(?:this|which|that|it)\s+(?:is|was|represents|represented|marks|shows|equates to)\s+)an?\s+$/i;
/** "fall from ", "increase on ", "rise compared with ": the noun of a change and the word before what it is from. */
export const SIZED_CHANGE_AFTER = /^\s*(increase|decrease|rise|fall|reduction|drop)\s+(?:(?:from|on|compared (?:with|to))\s+)?/i;
/** A verb saying a change has happened: "decreased", "has fallen", "dropping" (not "will reduce"). */
export const HAPPENED = /\b(?:decreased|increased|fell|rose|dropped|declined|grew|reduced|has (?:fallen|risen|grown)|have (?:fallen|risen|grown)|dropping|falling|rising)\b/i;

/** The clause a number stands in: between the commas, semicolons or colons around it. */
export function clauseOf(text: string, m: Mention): string {
  const start = Math.max(text.lastIndexOf(',', m.at), text.lastIndexOf(';', m.at), text.lastIndexOf(':', m.at)) + 1;
  const ends = [',', ';'].map((c) => text.indexOf(c, m.end)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

/**
 * "robbery (down 14.9 per cent - 89 fewer offences)", "in criminal damage (up 4%": a change set in
 * brackets after what changed, which names it.
 */
export const CHANGED_BEFORE_BRACKET = /(?:^|[,;:]\s*|\b(?:and|in|of)\s+)((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s*\(\s*(?:down|up)(?:\s+by)?\s*$/u;
/** The words just before an opening bracket that name what the numbers in it measure. */
export const NAMED_BEFORE_BRACKET = /(?:^|[,;:]\s*|\band\s+|\bfollowed by\s+|\b(?:was|were)\s+)((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s*\(\s*$/u;

/** What the numbers of a bracket holding only numbers measure ("Court Ordered (22.8%; 291)"): the words before it. */
export function sharedBracket(text: string, m: Mention): string | undefined {
  const open = text.lastIndexOf('(', m.at);
  const close = text.indexOf(')', m.end);
  if (open < 0 || close < 0 || text.lastIndexOf(')', m.at) > open) return undefined;
  if (!/^[\s\d.,%£;]+$/.test(text.slice(open + 1, close)) || !/[;,]/.test(text.slice(open + 1, close))) return undefined;
  return NAMED_BEFORE_BRACKET.exec(text.slice(0, open + 1))?.[1];
}

/** Words by which a passage goes on from the one before, in its time. */
// ("During the year, the Board convened 42 …": the year the passages before have been speaking of,
// unless the words go on to name one: "in the year to March 2021".)
export const GOES_ON = /\b(?:have|has|had|were|was) also\b|\b(?:during|in|over) the same (?:period|time|timeframe|year|quarter)\b|^\s*(?:Meanwhile|Similarly|Likewise)\b|^\s*(?:During|Over|Throughout) the year\b(?!\s+(?:to|ending|ended|of)\b)/i;

/** ", 2019/20; ": a value's period, then the next pair of a bracket. */
export const PERIOD_PAIR_GAP = /^\s*,\s*(?:(?:19|20)\d{2}(?:[/-]\d{2,4})?|[A-Z][a-z]+ (?:19|20)\d{2})\s*;\s*$/;
/** A verb of change and "by" before its size: "rose by", "decreased by around". */
export const ROSE_BY = /\b(rose|risen|increased|grew|grown|went up|up|fell|fallen|decreased|dropped|declined|went down|down|reduced)\s+(?:by\s+)?(?:around\s+|about\s+|some\s+|almost\s+|nearly\s+)?$/i;
/** The sign of the change a `ROSE_BY` verb states: "+" for one that went up, "-" for one that went down. */
export function signOfMove(verb: string): '+' | '-' {
  return /^(?:rose|risen|increased|grew|grown|went up|up)$/i.test(verb) ? '+' : '-';
}

/** Words setting a value against a target: "against", "short of", "below"… */
const SETS_AGAINST = String.raw`(?:against|compared (?:with|to)|versus|vs\.?|short of|below|above|ahead of|behind|missing|exceeding|beat(?:ing)?|meeting|met)`;
/** What may stand between those words and "target": an article, a value, a word or two ("the 500", "a national"). */
const BEFORE_TARGET = String.raw`(?:(?:the|a|an|its|our|their)\s+)?(?:[\p{L}\d,.%-]+\s+){0,3}?`;
/** Words after a value that set it against a target: "… against a target of 90%", "short of the 500 target". */
export const SET_AGAINST_TARGET = new RegExp(String.raw`^[^.;]*?\b${SETS_AGAINST}\s+${BEFORE_TARGET}target\b`, 'iu');
/** The same words just before the target's value: " against a target of " (then "90%"). */
export const TARGET_VALUE_NEXT = new RegExp(String.raw`\b${SETS_AGAINST}\s+${BEFORE_TARGET}target\s+(?:of\s+)?$`, 'iu');
/** The same words just before a value named a target after it: " short of the " (then "500 target"). */
export const TARGET_NAMED_NEXT = new RegExp(String.raw`\b${SETS_AGAINST}\s+(?:(?:the|a|an|its|our|their)\s+)?$`, 'iu');
/** An opening bracket right after a change and its size: "has increased by 4% (", "fell 12% (". */
export const BRACKET_AFTER_CHANGE = /\b(?:increased?|decreased?|rise|rose|risen|rising|fell|fallen|falling|up|down|reduction|drop(?:ped)?)\b[^.;()]{0,30}\(\s*$/i;
/** "from" before a value, perhaps hedged: "from 31%", "from an estimated 1,045,000", "from around 40". */
export const FROM_BEFORE = /\bfrom\s+(?:(?:last|the previous|the preceding) (?:year|quarter|month|period)['’]s\s+)?(?:(?:an?\s+)?(?:estimated|approximately|about|around|roughly|some|nearly|almost|just (?:over|under))\s+)?$/i;

/** Hedges before a number: "by over 5%", "by around 200". */
export const HEDGE = String.raw`(?:(?:over|around|about|nearly|almost|some|more than|at least)\s+)?`;
/** "by", perhaps hedged, right before a number: the size of a change ("rose by over 300", "and convictions by 4.9%"). */
export const BY_HEDGED = new RegExp(String.raw`\bby\s+${HEDGE}$`, 'i');
