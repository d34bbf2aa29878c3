import { findPeriods } from '../language/periods.js';
import { isNoun, measureAfter, PRONOUN, realMeasure } from './measures.js';

/**
 * What a share, a change or a sum is of or for, read from the words after it: "84% of tests
 * completed", "527% for cannabis plants", "£40 million in drug treatment services".
 */

/** "84% of tests completed", "527% for cannabis plants": a share or change names what it is of or for. */
export function partOf(after: string): string {
  const word = /^\s*(of|for|on|into|towards|in)\b/i.exec(after)![1]!.toLowerCase();
  const rest = after.replace(/^\s*(?:of|for|on|into|towards|in)\s+(?:the\s+|all\s+)?(?:(?:total\s+)?(?:number|amount)\s+of\s+(?:the\s+)?)?/i, '');
  const lead = findPeriods(rest.slice(0, 40))[0];
  if (lead && rest.trimStart().startsWith(lead.label)) return '';
  const of = measureAfter(rest);
  return realMeasure(of) ? `${word} ${of}` : '';
}

/** "A year", "per annum": how often a sum is paid, which says nothing of what it pays for. */
const PER_YEAR = /^\s*(?:(?:a|per|each|every)\s+(?:year|annum)|annually)\b/i;

/**
 * What a sum is for, when the words after it say so: "£155 million a year for the new unified
 * Probation Service", "£40 million in drug treatment services". A time or a place after "in"
 * ("£2m in the last year", "£1m in Bolton") says when or where, not what for.
 */
export function moneyFor(after: string): string {
  const rest = after.replace(PER_YEAR, '');
  const lead = /^\s*(for|on|into|towards|in)\s+(\S+)/i.exec(rest);
  // "£5.71 for every pound": a rate for each of something, not a purpose.
  if (!lead || /^(?:every|each)$/i.test(lead[2]!)) return '';
  if (lead[1]!.toLowerCase() === 'in' && (/^\p{Lu}/u.test(lead[2]!) || /^\s*in\s+(?:(?:the|this|that|each|every|a|its|their)\s+)?(?:\S+\s+)?(?:years?|months?|weeks?|quarters?|periods?|time|days?|total|addition|advance|future|part|order|line|place)\b/i.test(rest))) return '';
  return partOf(rest);
}

/**
 * What a count of a unit is of: "8,000 hours of unpaid work", "100 miles of motorways and trunk
 * roads", "15 members of staff". '' when the words after the count do not open with a noun and
 * "of" (`next` is the measure read after the count: the unit alone).
 */
export function unitOfWhat(after: string, next: string): string {
  const unit = /^\s*(\p{L}[\p{L}-]*)(?=\s+of\s+\p{L})/u.exec(after);
  if (!unit || !isNoun(unit[1]!) || next.trim().toLowerCase() !== unit[1]!.toLowerCase()) return '';
  const of = nounPhrase(partOf(after.slice(unit[0].length)));
  // ("45 reports of them": a pronoun names nothing.)
  return of && !PRONOUN.test(of.split(/\s+/)[1] ?? '') ? `${unit[1]} ${of}` : '';
}

/** Where a noun phrase stops and the clause goes on: "areas of London each rated …", "areas of policing and found …". */
const CLAUSE_GOES_ON = /\s+(?:each|which|who|that|where|while|compared|and\s+(?:found|was|were|is|are|has|have|had|will))\b.*$/i;

/**
 * The noun phrase a measure opens with, without the clause that goes on from it: a verb after
 * it ("victims of modern slavery indicated", "members of staff left") is what was done, not what
 * was counted.
 */
function nounPhrase(measure: string): string {
  const words = measure.replace(CLAUSE_GOES_ON, '').split(/\s+/).filter(Boolean);
  // ("examples of railway stations attracting more people", "victims of modern slavery indicated
  // exploitation": a verb after a noun opens the clause; "illegally traded medicines" is one phrase.)
  const verb = words.findIndex((w, i) => i > 1 && /^\p{Ll}{3,}(?:ing|ed)$/u.test(w) && !isNoun(w) && isNoun(words[i - 1]!) && !/ly$/.test(words[i - 1]!));
  if (verb > 0) words.length = verb;
  while (words.length > 2 && /^\p{Ll}/u.test(words.at(-1)!) && !isNoun(words.at(-1)!)) words.pop();
  return words.join(' ');
}
