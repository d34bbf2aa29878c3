import { findPeriods } from '../language/periods.js';
import { measureAfter, realMeasure } from './measures.js';

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
